#!/usr/bin/env bash
# --help: exit 0 (-h is grep's --no-filename), usage on standard output, nothing on standard error, and every option
# mentioned. --version / -V: exit 0, one line "codefilter X.Y.Z ...".
#   bash help_version.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

for opt in --help; do
    timeout 10 "$bin" "$opt" < /dev/null > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ "$status" = 0 ] || { echo "FAIL: $opt exited $status"; fail=1; }
    [ -s "$tmp/err" ] && { echo "FAIL: $opt wrote to standard error"; fail=1; }
    grep -q '^Usage: codefilter ' "$tmp/out" || { echo "FAIL: $opt has no 'Usage: codefilter' line"; fail=1; }
    for o in --catalogue --patterns --output --color --category --code --errors --invert-match \
             --summary --count --quiet --help --version; do
        grep -q -- "$o\\b" "$tmp/out" || { echo "FAIL: $opt does not mention $o"; fail=1; }
    done
    for o in -v -s -c -q -h -V; do
        grep -q -- "$o," "$tmp/out" || { echo "FAIL: $opt does not mention $o"; fail=1; }
    done
    for w in text jsonl json auto always never success validation client server unknown \
             NO_COLOR SIGUSR1; do
        grep -q -- "$w" "$tmp/out" || { echo "FAIL: $opt does not mention $w"; fail=1; }
    done
done

# --help wins over the rest of the command line and reads no input
timeout 10 "$bin" --help --output=jsonl -s < /dev/null > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" = 0 ] || { echo "FAIL: --help with other options exited $status"; fail=1; }
grep -q '^Usage: codefilter ' "$tmp/out" || { echo "FAIL: --help with other options printed no usage"; fail=1; }

for opt in --version -V; do
    timeout 10 "$bin" "$opt" < /dev/null > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ "$status" = 0 ] || { echo "FAIL: $opt exited $status"; fail=1; }
    [ -s "$tmp/err" ] && { echo "FAIL: $opt wrote to standard error"; fail=1; }
    [ "$(wc -l < "$tmp/out")" = 1 ] || { echo "FAIL: $opt printed $(wc -l < "$tmp/out") lines, expected 1"; fail=1; }
    grep -Eq '^codefilter [0-9]+\.[0-9]+\.[0-9]+' "$tmp/out" || { echo "FAIL: $opt printed: $(cat "$tmp/out")"; fail=1; }
done
exit $fail
