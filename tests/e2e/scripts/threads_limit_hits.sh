#!/usr/bin/env bash
# --threads and PCRE2's limits: the pattern limit hits in the summary are those of the lines passed
# on, as with one thread. Chunks that the threads worked on past the end of their reading (here, a
# line longer than the read buffer: the single-thread path reads the rest of the file again) are
# dropped, and their limit hits with them; and a chunk's commit counts its own hits, not those of
# the chunks other threads are still working on.
#   bash threads_limit_hits.sh /path/to/codefilter
set -u
bin=$1
export LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

# A catastrophic pattern: every hostile line gives up at the match limit (and takes a while).
printf '%s\n' '(?<code>\d{6})(a|aa)*b' > "$tmp/bad.pcre"
hostile() { # hostile N: N lines of 5012 bytes that each hit the limit
    local a
    a=$(head -c 5000 /dev/zero | tr '\0' 'a')
    for _ in $(seq "$1"); do printf '123456%sc b\n' "$a"; done
}
# Hostile lines for the first two chunks, a line longer than the read buffer from the second
# chunk on (the threads stop there), hostile lines after it for the chunks that the other threads
# take meanwhile, and a last line with a code.
{
    hostile 200
    printf 'long '
    head -c 1200000 /dev/zero | tr '\0' 'x'
    printf '\n'
    hostile 500
    echo '654321b'
} > "$tmp/in"

for opts in "-c --summary=json" "--output=jsonl -s --summary=json"; do
    # shellcheck disable=SC2086
    "$bin" --threads=1 --patterns="$tmp/bad.pcre" $opts "$tmp/in" > "$tmp/one" 2> "$tmp/one.err"
    grep -q '"pattern_limit_hits":700,' "$tmp/one" ||
        { echo "FAIL: --threads=1 with '$opts' did not count 700 limit hits"; fail=1; }
    for n in 2 4 8; do
        # shellcheck disable=SC2086
        "$bin" --threads=$n --patterns="$tmp/bad.pcre" $opts "$tmp/in" > "$tmp/many" \
            2> "$tmp/many.err"
        if ! cmp -s "$tmp/one" "$tmp/many" || ! cmp -s "$tmp/one.err" "$tmp/many.err"; then
            echo "FAIL: '$opts' --threads=$n differs from --threads=1:" \
                "$(grep -o '"pattern_limit_hits":[0-9]*' "$tmp/many")"
            fail=1
        fi
    done
done
exit $fail
