#!/usr/bin/env bash
# Compressed input: gzip and zstd files and standard input, known by their first bytes and not by
# their names, give the output and summary of the plain text; a gzip file of several members and
# a zstd file of several frames are read whole; a truncated or corrupt file passes on what was
# decoded before the damage, names the file and the compressed byte offset, lets the other files
# be read, and makes the exit status 2; --max-line still holds; text that merely starts like a
# magic number is plain.
#   bash compressed.sh /path/to/codefilter
set -u
bin=$1
src=$(cd "$(dirname "$0")/../../.." && pwd)
export LC_ALL=C
. "$(dirname "$0")/../lib.sh" # $tmp, $fail, bad
day=$src/samples/day.log
api=$src/samples/api.log

# The committed copies of the day's sample (the README's nightly-report example reads them).
"$bin" -c --summary=json "$day" > "$tmp/plain.json"
for f in "$src/samples/day.log.gz" "$src/samples/day.log.zst"; do
    "$bin" -c --summary=json "$f" > "$tmp/out.json"
    cmp -s "$tmp/plain.json" "$tmp/out.json" || bad "$f: summary differs from day.log's"
done

# audit reads them too.
"$bin" audit "$day" > "$tmp/audit.plain"
"$bin" audit "$src/samples/day.log.gz" | sed "s|day.log.gz|day.log|g" | cmp -s - "$tmp/audit.plain" ||
    bad "audit of day.log.gz differs from day.log's"

# Every line and annotation, from files named anything and from standard input.
"$bin" "$api" > "$tmp/plain.out"
gzip -c "$api" > "$tmp/api.log.1.gz"
zstd -q -c "$api" > "$tmp/api.zst"
cp "$tmp/api.log.1.gz" "$tmp/rotated" # no suffix: the magic bytes tell
for f in "$tmp/api.log.1.gz" "$tmp/api.zst" "$tmp/rotated"; do
    "$bin" "$f" > "$tmp/out" 2> "$tmp/err"
    status=$?
    cmp -s "$tmp/plain.out" "$tmp/out" && [ "$status" = 0 ] && [ ! -s "$tmp/err" ] ||
        bad "$f: output or status $status differs from the plain file's"
    "$bin" < "$f" > "$tmp/out" 2>&1
    cmp -s "$tmp/plain.out" "$tmp/out" || bad "$f on standard input: output differs"
    cat "$f" | "$bin" > "$tmp/out" 2>&1
    cmp -s "$tmp/plain.out" "$tmp/out" || bad "$f through a pipe: output differs"
done

# Several members (logrotate with delaycompress, cat a.gz b.gz) and several zstd frames.
"$bin" -c --summary=json "$api" "$day" > "$tmp/both.json"
cat "$api" "$day" > "$tmp/both.log"
gzip -c "$api" > "$tmp/multi.gz"
gzip -c "$day" >> "$tmp/multi.gz"
zstd -q -c "$api" > "$tmp/multi.zst"
zstd -q -c "$day" >> "$tmp/multi.zst"
"$bin" -c --summary=json "$tmp/both.log" > "$tmp/joined.json"
for f in "$tmp/multi.gz" "$tmp/multi.zst"; do
    "$bin" -c --summary=json "$f" > "$tmp/out.json"
    cmp -s "$tmp/joined.json" "$tmp/out.json" || bad "$f: not every member or frame was read"
done
"$bin" "$tmp/multi.gz" | cmp -s - <("$bin" "$tmp/both.log") || bad "multi.gz: lines differ"

# A frame that decodes to a multiple of the decoder's 128 KiB output buffer ends with the buffer
# exactly full: it is whole, not truncated (a frame of 1 GiB of newlines once gave exit status 2).
for n in 131072 1048576; do
    head -c "$n" /dev/zero | tr '\0' '\n' | zstd -q -c > "$tmp/exact.zst"
    "$bin" -c --summary=json "$tmp/exact.zst" > "$tmp/out.json" 2> "$tmp/err"
    status=$?
    [ "$status" = 0 ] && [ ! -s "$tmp/err" ] && grep -q "^{\"lines\":$n," "$tmp/out.json" ||
        bad "zstd frame of $n decoded bytes: status $status, $(cat "$tmp/err")"
    cat "$tmp/exact.zst" "$tmp/exact.zst" | "$bin" -c --summary=json > "$tmp/out.json" 2> "$tmp/err"
    status=$?
    [ "$status" = 0 ] && [ ! -s "$tmp/err" ] && grep -q "^{\"lines\":$((2 * n))," "$tmp/out.json" ||
        bad "two zstd frames of $n decoded bytes: status $status, $(cat "$tmp/err")"
done

# A truncated file: the lines before the cut pass, the message names the file and the offset, the
# next file is read, and the exit status is 2.
size=$(stat -c %s "$tmp/api.log.1.gz")
head -c $((size / 2)) "$tmp/api.log.1.gz" > "$tmp/cut.gz"
"$bin" "$tmp/cut.gz" "$api" > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" = 2 ] || bad "truncated gzip: exit status $status, not 2"
grep -qx "codefilter: $tmp/cut.gz: gzip data truncated at byte $((size / 2)): the input ends inside a member" "$tmp/err" ||
    bad "truncated gzip: message: $(cat "$tmp/err")"
decoded=$(gzip -dc "$tmp/cut.gz" 2> /dev/null | wc -l)
[ "$decoded" -gt 10 ] || bad "truncated gzip: the test file decodes to too few lines ($decoded)"
head -n "$decoded" "$api" | "$bin" > "$tmp/expect"
head -n "$((decoded * 2))" "$tmp/out" | head -c "$(stat -c %s "$tmp/expect")" |
    cmp -s - "$tmp/expect" || bad "truncated gzip: the lines decoded before the cut were not passed on"
[ "$(tail -n 200 "$tmp/out" | head -c 100)" = "$(head -c 100 "$tmp/plain.out")" ] ||
    grep -qF "$(tail -n 1 "$api")" "$tmp/out" || bad "truncated gzip: the next file was not read"
zsize=$(stat -c %s "$tmp/api.zst")
head -c $((zsize - 7)) "$tmp/api.zst" > "$tmp/cut.zst"
"$bin" -c "$tmp/cut.zst" > /dev/null 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && grep -qx "codefilter: $tmp/cut.zst: zstd data truncated at byte $((zsize - 7)): the input ends inside a frame" "$tmp/err" ||
    bad "truncated zstd: status $status, message: $(cat "$tmp/err")"

# A corrupt file: the offset given is where the damage was found, at or past where it is (a
# change inside stored text shows only in the check at the member's end).
cp "$src/samples/day.log.gz" "$tmp/corrupt.gz"
printf '\377\377\377\377\377\377\377\377' | dd of="$tmp/corrupt.gz" bs=1 seek=100000 conv=notrunc 2> /dev/null
"$bin" -c --summary=json "$tmp/corrupt.gz" > "$tmp/out.json" 2> "$tmp/err"
status=$?
[ "$status" = 2 ] || bad "corrupt gzip: exit status $status, not 2"
offset=$(sed -n 's/^codefilter: .*corrupt.gz: gzip data corrupt at byte \([0-9]*\): .*/\1/p' "$tmp/err")
[ -n "$offset" ] && [ "$offset" -ge 100000 ] && [ "$offset" -le "$(stat -c %s "$tmp/corrupt.gz")" ] ||
    bad "corrupt gzip: message: $(cat "$tmp/err")"
lines=$(jq .lines "$tmp/out.json" 2> /dev/null || sed -n 's/.*"lines": *\([0-9]*\).*/\1/p' "$tmp/out.json")
[ -n "$lines" ] && [ "$lines" -gt 1000 ] ||
    bad "corrupt gzip: the lines before the damage were not counted ($lines)"
cp "$src/samples/day.log.zst" "$tmp/corrupt.zst"
printf '\377\377\377\377\377\377\377\377' | dd of="$tmp/corrupt.zst" bs=1 seek=100000 conv=notrunc 2> /dev/null
"$bin" -c "$tmp/corrupt.zst" > /dev/null 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && grep -q "^codefilter: $tmp/corrupt.zst: zstd data corrupt at byte [0-9]*: " "$tmp/err" ||
    bad "corrupt zstd: status $status, message: $(cat "$tmp/err")"
# Not gzip after the last member: named, with where it starts.
{ cat "$tmp/api.log.1.gz"; echo 'not gzip'; } > "$tmp/trailing.gz"
"$bin" -c "$tmp/trailing.gz" > /dev/null 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && grep -qx "codefilter: $tmp/trailing.gz: gzip data corrupt at byte $size: what follows the last member is not gzip data" "$tmp/err" ||
    bad "garbage after a member: status $status, message: $(cat "$tmp/err")"

# One byte after the last member is not the start of a truncated one; a wrong CRC-32 or length
# in a trailer is found. (CTest runs this script with the default gzip decoder and again with
# CODEFILTER_GZIP=zlib.)
{ cat "$tmp/api.log.1.gz"; echo; } > "$tmp/newline.gz"
"$bin" -c "$tmp/newline.gz" > /dev/null 2> "$tmp/err"
grep -qx "codefilter: $tmp/newline.gz: gzip data corrupt at byte $size: what follows the last member is not gzip data" "$tmp/err" ||
    bad "a newline after the last member: $(cat "$tmp/err")"
for back in 8 1; do
    cp "$tmp/api.log.1.gz" "$tmp/check.gz"
    printf '\125' | dd of="$tmp/check.gz" bs=1 seek=$((size - back)) conv=notrunc 2> /dev/null
    "$bin" -c "$tmp/check.gz" > /dev/null 2> "$tmp/err"
    status=$?
    [ "$status" = 2 ] && grep -q "^codefilter: $tmp/check.gz: gzip data corrupt at byte [0-9]*: " "$tmp/err" ||
        bad "a wrong trailer byte $back from the end: status $status, message: $(cat "$tmp/err")"
done

# --max-line holds for decoded text: a long line passes in pieces, unannotated.
{ echo 'code=010008 first'; head -c 300000 /dev/zero | tr '\0' x; echo ' code=500000'; echo 'code=401000 last'; } > "$tmp/long.log"
gzip -c "$tmp/long.log" > "$tmp/long.gz"
"$bin" --max-line=1000 "$tmp/long.log" > "$tmp/expect" 2>&1
"$bin" --max-line=1000 "$tmp/long.gz" > "$tmp/out" 2>&1
cmp -s "$tmp/expect" "$tmp/out" || bad "--max-line: the decoded file's output differs"

# A --max-line too small for the buffer to hold a magic number: the input is read whole as plain
# text (the rest of it was once dropped, as if a full buffer's read of 0 bytes were its end).
for ml in 1 2; do
    for text in $'P*M\x18 code=500000' $'\x1f\x8b rest' $'(\xb5/ rest'; do
        printf '%s\nnext line\n' "$text" > "$tmp/small"
        "$bin" --max-line=$ml "$tmp/small" > "$tmp/out" 2>&1
        cmp -s "$tmp/small" "$tmp/out" || bad "--max-line=$ml: '$text' and the line after were not passed whole"
        "$bin" --max-line=$ml < "$tmp/small" > "$tmp/out" 2>&1
        cmp -s "$tmp/small" "$tmp/out" || bad "--max-line=$ml: '$text' on standard input was not passed whole"
    done
done

# Plain text that starts as a magic number does, and a single byte, are plain.
for text in $'\x1f\x8b' $'\x1f' '(' $'(\xb5/' 'a plain line'; do
    printf '%s\n' "$text" > "$tmp/plain"
    "$bin" "$tmp/plain" > "$tmp/out" 2>&1
    head -n 1 "$tmp/out" | cmp -s - "$tmp/plain" || bad "plain text starting '$text' was not passed through"
    printf '%s' "$text" | "$bin" > "$tmp/out" 2>&1
    head -c ${#text} "$tmp/out" | cmp -s - <(printf '%s' "$text") || bad "'$text' on a pipe was not passed through"
done
: | "$bin" > "$tmp/out" 2>&1 && [ ! -s "$tmp/out" ] || bad "empty input"

exit $fail
