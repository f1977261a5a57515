#!/usr/bin/env bash
# Lossless: hostile input (NUL bytes, invalid UTF-8, lone CR, CRLF, tabs, empty lines, "{" alone,
# 300-digit JSON numbers, lines longer than the read buffer, a 3 MB line, no final newline) goes
# through codefilter; with its annotations stripped, the output must equal the input byte for byte,
# read from a pipe and from a regular file, and the line count must not change.
#   bash lossless.sh /path/to/codefilter
set -u
bin=$1
export LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

# Builds the input. Every code standing in it is known, so the annotated lines can be counted.
gen() {
    local big
    big=$(printf '%0300d' 0 | tr 0 7)
    printf 'a\0b code=040011 c\0d\n'
    printf '\xff\xfe code=500000 \xc3\n'
    printf '\rlone cr code=040011\rmid\n'
    printf ' crlf code=040011\r\n'
    printf '\ttab\tcode=040011\t\n'
    printf '\n\n\r\n'
    printf '{\n}\n'
    printf '{"code":"040011"}\r\n'
    printf '{"n":9010005123456789012,"big":%s,"code":"040011"}\n' "$big"
    printf '{"big":%s}\n' "$big"
    printf 'id=9010005123456789012 amount=%s\n' "$big"
    printf '\xed\xa0\x80 surrogate, \xf4\x90\x80\x80 beyond U+10FFFF, \xc0\xaf overlong\n'
    printf '\0\n'
    # lines around the 256 KiB read buffer, with a code at both ends
    local n
    for n in 262142 262143 262144 262145 524300; do
        printf 'code=000000 '
        head -c "$n" /dev/zero | tr '\0' 'y'
        printf ' [500000]\n'
    done
    # the 3 MB line: codes at the start, in the middle and at the end
    printf 'status=404000 '
    head -c 1572864 /dev/zero | tr '\0' 'x'
    printf ' code=070023 '
    head -c 1572864 /dev/zero | tr '\0' 'z'
    printf ' code=040004\n'
    printf '{"code":40011}\n'
    printf 'last line code=000000 without a newline'
}
gen > "$tmp/in"
in_lines=$(wc -l < "$tmp/in")

# Removes what codefilter adds: "\t[CODE CATEGORY] MESSAGE" runs before the line terminator, and
# the ,"codefilter":[...] member before a JSON line's final '}'.
strip() {
    sed -E -e 's/,"codefilter":\[\{"code":.*\]\}(\r?)$/}\1/' \
        -e 's/(\t\[[0-9]{6} (success|validation|client|server|unknown)\] [^\t\r]*)+(\r?)$/\3/'
}

check() { # check LABEL OUTPUT_FILE
    local label=$1 out=$2
    strip < "$out" > "$out.stripped"
    if ! cmp "$tmp/in" "$out.stripped"; then
        echo "FAIL ($label): output with annotations stripped differs from the input"
        fail=1
    fi
    local out_lines
    out_lines=$(wc -l < "$out")
    if [ "$out_lines" != "$in_lines" ]; then
        echo "FAIL ($label): $in_lines lines in, $out_lines lines out"
        fail=1
    fi
    # the annotations are really there (the test is not passing on a no-op)
    local annotated
    annotated=$(grep -ac $'\t\\[[0-9]\\{6\\} [a-z]*\\] ' "$out")
    if [ "$annotated" != 12 ]; then
        echo "FAIL ($label): expected 12 lines with text annotations, got $annotated"
        fail=1
    fi
    if ! grep -aq '^{"code":"040011","codefilter":\[{"code":"040011",' "$out"; then
        echo "FAIL ($label): the JSON line was not annotated"
        fail=1
    fi
    if ! grep -aq '^{"code":40011,"codefilter":\[{"code":"040011",' "$out"; then
        echo "FAIL ($label): the JSON number line was not annotated"
        fail=1
    fi
    # the 3 MB line keeps its three codes, in order
    if ! grep -aq $'zzz code=040004\t\\[404000 client\\] [^\t]*\t\\[070023 validation\\] [^\t]*\t\\[040004 validation\\] ' "$out"; then
        echo "FAIL ($label): the 3 MB line does not carry its three annotations in order"
        fail=1
    fi
    # the last line has no newline and gets none
    if [ "$(tail -c 1 "$out" | od -An -c | tr -d ' ')" = '\n' ]; then
        echo "FAIL ($label): a newline was added after the unterminated last line"
        fail=1
    fi
}

if ! timeout 30 "$bin" < "$tmp/in" > "$tmp/out.file"; then
    echo "FAIL: codefilter failed reading a regular file"
    fail=1
fi
check "regular file" "$tmp/out.file"

if ! cat "$tmp/in" | timeout 30 "$bin" > "$tmp/out.pipe"; then
    echo "FAIL: codefilter failed reading a pipe"
    fail=1
fi
check "pipe" "$tmp/out.pipe"

if ! timeout 30 "$bin" "$tmp/in" > "$tmp/out.arg"; then
    echo "FAIL: codefilter failed reading a FILE argument"
    fail=1
fi
check "FILE argument" "$tmp/out.arg"

exit $fail
