#!/usr/bin/env bash
# --threads under valgrind memcheck: PCRE2's JIT reads a little past a subject's end, so a chunk
# whose last line ends exactly at the end of what its thread read (a '\n' as the chunk's last
# byte, or as the last byte read on to end a line) must have defined bytes after it, inside its
# buffer, as the single-thread reader's has. Skipped when valgrind is missing or cannot run the
# binary (a sanitizer build).
#   bash threads_memcheck.sh /path/to/codefilter
set -u
bin=$1
export LC_ALL=C
command -v valgrind > /dev/null || { echo "valgrind not found: skipped"; exit 0; }
valgrind --quiet --error-exitcode=99 "$bin" --version > /dev/null 2>&1 ||
    { echo "valgrind cannot run $bin: skipped"; exit 0; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
chunk=$((256 * 1024)) # CHUNK in src/run/run.c

# line LEN TEXT: one line of exactly LEN bytes with its newline, starting with TEXT.
line() {
    local pad=$(($1 - ${#2} - 1))
    printf '%s' "$2"
    head -c "$pad" /dev/zero | tr '\0' '.'
    printf '\n'
}

# Every line one chunk long: each chunk's last byte is a '\n' (its lines end at its buffer's end).
for i in 1 2 3 4; do line $chunk "code=04001$i line $i"; done > "$tmp/edges"
# A line that runs past its chunk's edge and ends exactly where the read on to find its end (64 KiB
# at a time) stops.
{
    line $chunk 'code=040011 first'
    line $((chunk + 64 * 1024)) 'code=130001 second'
    line $chunk 'code=500000 third'
    line $chunk 'code=040011 fourth'
} > "$tmp/past"

# A pattern of the user's, searched whole by PCRE2 (not from a literal found first).
printf '%s\n' '(?:code|status)=(?<code>\d{6})' > "$tmp/mine.pcre"

for input in "$tmp/edges" "$tmp/past"; do
    for opts in "" "--output=jsonl" "--patterns=$tmp/mine.pcre"; do
        # shellcheck disable=SC2086
        valgrind --quiet --error-exitcode=99 "$bin" --threads=2 $opts "$input" > /dev/null \
            2> "$tmp/err"
        status=$?
        if [ "$status" != 0 ]; then
            echo "FAIL: ${input##*/} with '$opts' under memcheck: status $status"
            head -20 "$tmp/err"
            fail=1
        fi
    done
done
exit $fail
