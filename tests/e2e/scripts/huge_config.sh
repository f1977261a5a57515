#!/usr/bin/env bash
# A catalogue or pattern file larger than 64 MiB is refused with a message, not read into memory.
#   bash huge_config.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
head -c 70000000 /dev/zero | tr '\0' ' ' > "$tmp/huge"
for opt in --catalogue --patterns; do
    "$bin" "$opt=$tmp/huge" < /dev/null > "$tmp/out" 2> "$tmp/err"
    status=$?
    want="codefilter: $tmp/huge: file too large (more than 64 MiB)"
    [ "$status" = 2 ] || { echo "FAIL ($opt): status $status, expected 2"; fail=1; }
    [ "$(cat "$tmp/err")" = "$want" ] || { echo "FAIL ($opt): stderr was: $(cat "$tmp/err")"; fail=1; }
    [ ! -s "$tmp/out" ] || { echo "FAIL ($opt): output on stdout"; fail=1; }
done
exit $fail
