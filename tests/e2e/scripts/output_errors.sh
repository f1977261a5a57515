#!/usr/bin/env bash
# Output trouble: a write error (stdout is /dev/full) gives "codefilter: write error: ..." and exit
# status 2, for lines and for a summary alone; a reader that goes away (| head -1) ends codefilter
# quickly and quietly, with nothing on standard error.
#   bash output_errors.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

i=0
while [ $i -lt 2000 ]; do
    printf 'request %d code=040011 status 500000 and some padding to make the line longer\n' "$i"
    i=$((i + 1))
done > "$tmp/in"
for _ in 1 2 3 4 5 6; do cat "$tmp/in" "$tmp/in" > "$tmp/in2" && mv "$tmp/in2" "$tmp/in"; done # ~12 MB

if [ -w /dev/full ]; then
    for opts in "" "-c" "--output=jsonl"; do
        # shellcheck disable=SC2086
        timeout 20 "$bin" $opts < "$tmp/in" > /dev/full 2> "$tmp/err"
        status=$?
        [ "$status" = 2 ] || { echo "FAIL (${opts:-no option}): exit status $status on a write error, expected 2"; fail=1; }
        grep -q '^codefilter: write error: No space left on device$' "$tmp/err" ||
            { echo "FAIL (${opts:-no option}): stderr after a write error: $(head -3 "$tmp/err")"; fail=1; }
        [ "$(wc -l < "$tmp/err")" = 1 ] ||
            { echo "FAIL (${opts:-no option}): expected one line on stderr, got $(wc -l < "$tmp/err")"; fail=1; }
    done
else
    echo "SKIP: no /dev/full"
fi

# SIGPIPE: the reader takes one line and goes away
timeout 20 "$bin" < "$tmp/in" 2> "$tmp/err" | head -1 > "$tmp/out"
status=${PIPESTATUS[0]}
[ "$status" = 124 ] && { echo "FAIL: codefilter did not end after its reader went away"; fail=1; }
[ -s "$tmp/err" ] && { echo "FAIL: codefilter wrote to stderr after its reader went away: $(head -3 "$tmp/err")"; fail=1; }
grep -q '^request 0 code=040011 status 500000 .*	\[040011 validation\] .*	\[500000 server\] ' "$tmp/out" ||
    { echo "FAIL: first line through head -1: $(cat "$tmp/out")"; fail=1; }
# A closed standard output is a write error too (as grep says), not output lost in silence; with
# nothing to write (-q, empty input) there is no error.
printf 'a code=040011\n' > "$tmp/small"
"$bin" "$tmp/small" >&- 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && [ "$(cat "$tmp/err")" = "codefilter: write error: Bad file descriptor" ] ||
    { echo "FAIL: closed stdout: status $status, $(cat "$tmp/err")"; fail=1; }
"$bin" -q "$tmp/small" >&- 2> "$tmp/err" || { echo "FAIL: -q with a closed stdout"; fail=1; }
exit $fail
