#!/usr/bin/env bash
# --threads: a regular file read by several threads gives byte for byte the output, the summary and
# the exit status of one thread, for every sample and for hostile input: lines that end exactly at
# a chunk's edge or just before or after it, lines longer than a chunk, a line longer than the
# read buffer (the threads hand the rest of the file to one thread), NUL bytes, CRLF, no final
# newline. The files are made larger than two chunks (256 KiB each) so that the threads read them.
#   bash threads.sh /path/to/codefilter
set -u
bin=$1
src=$(cd "$(dirname "$0")/../../.." && pwd)
export LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
chunk=$((256 * 1024)) # CHUNK in src/run/run.c

# repeat FILE OUT: FILE over and over until OUT holds at least 3 MB.
repeat() {
    : > "$2"
    while [ "$(stat -c %s "$2")" -lt 3000000 ]; do cat "$1" >> "$2"; done
}
for f in api.log api.jsonl day.log labelled/lines.tsv; do
    repeat "$src/samples/$f" "$tmp/sample-${f//\//-}"
done

# line LEN TEXT: one line of exactly LEN bytes with its newline, starting with TEXT.
line() {
    local pad=$(($1 - ${#2} - 1))
    printf '%s' "$2"
    head -c "$pad" /dev/zero | tr '\0' '.'
    printf '\n'
}

# Lines whose newlines fall on the chunk edges: at offset chunk - 1 (a line starts exactly at the
# edge), at chunk (the edge's first byte ends a line), and at chunk + 1.
{
    line $((chunk - 1)) 'code=040011 first'
    line 1 ''
    line 100 'status=500000 right after the edge'
    line $((chunk - 101)) 'a line that ends one byte past the next edge code=000000'
    line 2 'x'
    line 700000 'code=130001 longer than a chunk'
    printf 'a\0b code=040011 c\0d\n crlf code=040011\r\n\r\n'
    for i in $(seq 1 20000); do printf 'req %d code=%06d status 500000 {"code":"040011"}\n' "$i" "$i"; done
} > "$tmp/edges"

# A line longer than the read buffer (1 MiB) in the middle, lines after it, no final newline.
{
    head -c 1500000 "$tmp/sample-api.log"
    printf '\nstatus=404000 '
    head -c 1300000 /dev/zero | tr '\0' 'x'
    printf ' code=070023\n'
    head -c 2000000 "$tmp/sample-day.log"
    printf '\nlast line code=000000 without a newline'
} > "$tmp/long"

# Plain text whose line left to the single-thread path (one longer than the read buffer, a last
# line without a newline) starts with a gzip or zstd magic number: it is text, not a compressed
# file starting there.
{
    head -c 700000 "$tmp/sample-day.log"
    printf '\n\037\213\010 not gzip code=500000 '
    head -c 1100000 /dev/zero | tr '\0' 'x'
    printf '\nafter code=040011\n(\265/\375 not zstd code=000000'
} > "$tmp/magic"

# Short lines that are all codes, and one file of exactly two chunks.
for i in $(seq 1 120000); do printf '[%06d]\n' $((i % 1000 * 1000)); done > "$tmp/dense"
head -c $((2 * chunk)) "$tmp/sample-day.log" > "$tmp/exact"

status_of() { "$@"; echo "status $?"; }

for input in "$tmp"/sample-* "$tmp/edges" "$tmp/long" "$tmp/magic" "$tmp/dense" "$tmp/exact"; do
    name=${input##*/}
    for opts in "" "--output=jsonl" "-c" "-s --summary=json" "--errors -v" "--color=always" \
        "--category=server --output=jsonl" "-c --bucket=1m --summary=prometheus"; do
        # shellcheck disable=SC2086
        status_of "$bin" --threads=1 $opts "$input" > "$tmp/one" 2> "$tmp/one.err"
        for n in 2 3 8; do
            # shellcheck disable=SC2086
            status_of "$bin" --threads=$n $opts "$input" > "$tmp/many" 2> "$tmp/many.err"
            if ! cmp -s "$tmp/one" "$tmp/many" || ! cmp -s "$tmp/one.err" "$tmp/many.err"; then
                echo "FAIL: $name with '$opts': --threads=$n differs from --threads=1"
                cmp "$tmp/one" "$tmp/many" | head -2
                fail=1
            fi
        done
    done
done

# Standard input that is a regular file is read by the threads too, from where it stands.
{ head -c 100 "$tmp/edges" > /dev/null; "$bin" --threads=2 -c; } < "$tmp/edges" > "$tmp/many"
{ head -c 100 "$tmp/edges" > /dev/null; "$bin" --threads=1 -c; } < "$tmp/edges" > "$tmp/one"
cmp -s "$tmp/one" "$tmp/many" || { echo "FAIL: standard input read from an offset"; fail=1; }

# A bad --threads is an error naming the option.
"$bin" --threads=0 "$tmp/exact" > /dev/null 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && grep -q -- "invalid --threads '0'" "$tmp/err" ||
    { echo "FAIL: --threads=0 gave status $status: $(cat "$tmp/err")"; fail=1; }
exit $fail
