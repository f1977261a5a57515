#!/usr/bin/env bash
# A single 1 GB line (outside the fast suite): codefilter passes it through whole, counts it as a
# long line, and its memory stays bounded by --max-line; then a hostile pattern on long lines
# finishes in bounded time. Prints the figures; fails when a bound is broken.
#   bash tests/slow/long_line.sh [path/to/codefilter]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/release/codefilter}
[ -x "$bin" ] || { cmake --preset release >/dev/null && cmake --build --preset release >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# 1 GiB of 'a' and a code, one line, streamed through a pipe (no file on disk).
{ head -c 1073741824 /dev/zero | tr '\0' 'a'; echo ' code=500000'; echo 'code=040011'; } |
    /usr/bin/time -f '%e %M' "$bin" -c --summary=json > "$tmp/sum" 2> "$tmp/time"
read -r secs kb < <(tail -1 "$tmp/time")
echo "1 GB line: ${secs} s, peak RSS $((kb / 1024)) MB (--max-line 64M)"
grep -q '"lines":2,"selected_lines":2,"lines_with_codes":1,"codes_total":1,"long_lines":1,' "$tmp/sum" ||
    { echo "FAIL: summary: $(cat "$tmp/sum")"; fail=1; }
[ "$kb" -lt $((100 * 1024)) ] || { echo "FAIL: peak RSS over 100 MB"; fail=1; }

# The line passes through byte for byte: compare checksums of input and output.
want=$( { head -c 1073741824 /dev/zero | tr '\0' 'a'; echo ' code=500000'; } | md5sum)
got=$( { head -c 1073741824 /dev/zero | tr '\0' 'a'; echo ' code=500000'; } | "$bin" | md5sum)
[ "$want" = "$got" ] || { echo "FAIL: the 1 GB line did not pass through unchanged"; fail=1; }

# A catastrophic pattern over 1000 hostile lines of 10 KB.
printf '%s\n' '(?<code>\d{6})(a|aa)*b' > "$tmp/bad.pcre"
for _ in $(seq 1000); do printf '123456%010000dc b\n' 0 | tr 0 a; done > "$tmp/hostile"
/usr/bin/time -f '%e %M' "$bin" --patterns="$tmp/bad.pcre" -c --summary=json "$tmp/hostile" \
    > "$tmp/hsum" 2> "$tmp/herr"
read -r hsecs hkb < <(tail -1 "$tmp/herr")
echo "hostile pattern, 1000 lines of 10 KB: ${hsecs} s, peak RSS $((hkb / 1024)) MB, $(grep -o '"pattern_limit_hits":[0-9]*' "$tmp/hsum")"
awk -v s="$hsecs" 'BEGIN { exit !(s < 120) }' || { echo "FAIL: over 120 s"; fail=1; }
exit $fail
