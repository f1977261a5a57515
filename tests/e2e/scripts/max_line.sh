#!/usr/bin/env bash
# Lines longer than --max-line pass through whole, unannotated and counted; memory stays bounded;
# in jsonl their exact bytes are kept in base64. A pattern that backtracks catastrophically gives
# up at PCRE2's limit: one warning per pattern, the line passes through, the count says so.
#   bash max_line.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # check DESCRIPTION COMMAND...
    if ! "${@:2}"; then
        echo "FAIL: $1"
        fail=1
    fi
}

# A 300 KB line with a code in it, between two ordinary lines; then a long last line, no newline.
{
    echo "before code=040011"
    head -c 300000 /dev/zero | tr '\0' 'x'
    echo " code=500000"
    echo "after code=500000"
    head -c 200000 /dev/zero | tr '\0' 'y'
} > "$tmp/in"
"$bin" --max-line=100K "$tmp/in" > "$tmp/out" 2> "$tmp/err"
check "status 0" [ $? = 0 ]
check "no message" [ ! -s "$tmp/err" ]
sed 's/\t\[[0-9]\{6\} [a-z]*\] .*$//' "$tmp/out" > "$tmp/stripped"
check "output without annotations is the input" cmp -s "$tmp/in" "$tmp/stripped"
check "ordinary lines are still annotated" [ "$(grep -c $'\t\\[' "$tmp/out")" = 2 ]
check "the long lines are not" [ "$(sed -n 2p "$tmp/out" | grep -c $'\t\\[')" = 0 ]

"$bin" --max-line=100K -c --summary=json "$tmp/in" > "$tmp/sum"
check "summary counts 4 lines, 2 long" grep -q '"lines":4,"selected_lines":4,"lines_with_codes":2,"codes_total":2,"long_lines":2,' "$tmp/sum"
"$bin" --max-line=100K -c "$tmp/in" > "$tmp/sum.txt"
check "text summary names the long lines" grep -qE '^lines over --max-line +2$' "$tmp/sum.txt"

# jsonl: the long line's exact bytes, in base64.
"$bin" --max-line=100K --output=jsonl "$tmp/in" > "$tmp/jsonl"
check "four objects" [ "$(wc -l < "$tmp/jsonl")" = 4 ]
sed -n 2p "$tmp/jsonl" | grep -o '"bytes":"[^"]*"' | cut -d'"' -f4 | base64 -d > "$tmp/line2"
sed -n 2p "$tmp/in" | tr -d '\n' > "$tmp/want2"
check "jsonl keeps the long line's bytes" cmp -s "$tmp/want2" "$tmp/line2"
check "jsonl marks it long" grep -q '^{"line":2,"long":true,"bytes":' "$tmp/jsonl"
sed -n 4p "$tmp/jsonl" | grep -o '"bytes":"[^"]*"' | cut -d'"' -f4 | base64 -d > "$tmp/line4"
check "a long last line without newline is kept whole" [ "$(wc -c < "$tmp/line4")" = 200000 ]

# Memory: a 40 MB line with --max-line=1M adds less than 6 MB to what codefilter takes for a line
# of a few bytes (the reader holds --max-line and a piece), so that the bound holds in any build:
# 2.4 MB at rest in release, 13.5 MB under AddressSanitizer. One thread: this is the reader's
# bound (threads add a chunk each, read before the line is found too long).
if [ -x /usr/bin/time ]; then
    head -c 40000000 /dev/zero | tr '\0' 'z' > "$tmp/big"
    printf 'z\n' > "$tmp/small"
    /usr/bin/time -f %M "$bin" --threads=1 --max-line=1M -c "$tmp/big" 2> "$tmp/rss" > /dev/null
    rss=$(tail -1 "$tmp/rss")
    /usr/bin/time -f %M "$bin" --threads=1 --max-line=1M -c "$tmp/small" 2> "$tmp/rss" > /dev/null
    rest=$(tail -1 "$tmp/rss")
    check "a 40 MB line with --max-line=1M adds under 6 MB of RSS (${rss} KB, ${rest} KB at rest)" \
        [ $((rss - rest)) -lt 6144 ]
    rm -f "$tmp/big"
fi

# A catastrophic pattern on hostile lines: bounded time, one warning, lines pass through.
printf '%s\n' '(?<code>\d{6})(a|aa)*b' > "$tmp/bad.pcre"
{
    for i in 1 2 3; do
        printf '123456'; head -c 5000 /dev/zero | tr '\0' 'a'; echo 'c b'
    done
    echo '654321b'
} > "$tmp/hostile"
timeout 60 "$bin" --patterns="$tmp/bad.pcre" -s --summary=json "$tmp/hostile" > "$tmp/hout" 2> "$tmp/herr"
check "hostile pattern: status 0" [ $? = 0 ]
check "one warning naming the pattern file and line" [ "$(grep -c "^codefilter: warning: $tmp/bad.pcre:1: pattern gave up at PCRE2's match limit" "$tmp/herr")" = 1 ]
check "the hostile lines pass through" [ "$(grep -c '^123456a' "$tmp/hout")" = 3 ]
check "the next line is still matched" grep -q $'^654321b\t\\[654321 unknown\\]' "$tmp/hout"
check "the summary counts the limit hits" grep -q '"pattern_limit_hits":3,' "$tmp/hout"
exit $fail
