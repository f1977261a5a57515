#!/usr/bin/env bash
# bench/compressed.sh - compressed input: codefilter reading a .gz or .zst itself, side by side
# with the pipe a user would otherwise write (zcat FILE.gz | codefilter -c) and with rg -z -c.
# One command from the top of a clone: bash bench/compressed.sh   (RUNS=N, default 5)
# bench/run.sh runs it too, after its own tables. It builds codefilter (release) and
# bench/inflate.c, compresses the 256 MB mixed log of bench/run.sh once into bench/data/ (gzip and
# zstd at their default levels, as logrotate and zstd write them), times each command with
# hyperfine (medians; MB/s of decoded text), checks that the summaries equal the plain log's, and
# times zlib's inflate against ISA-L's igzip on the same file. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh # $runs, $data, $bin, install_missing

install_missing rg jq hyperfine zstd cc cmake pkg-config time libisal-dev

cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
cc -O2 -o build/release/bench-gen bench/gen.c
cc -O2 -o build/release/bench-inflate bench/inflate.c -lz -lisal

mixed=$data/mixed.log
gz=$data/mixed.log.gz
zst=$data/mixed.log.zst
[ -s "$mixed" ] || build/release/bench-gen text 256 > "$mixed"
[ -s "$gz" ] || gzip -c "$mixed" > "$gz"
[ -s "$zst" ] || zstd -q -c "$mixed" > "$zst"

# The same pattern as bench/run.sh's rg row: a code after a code-like word.
pattern='(?:[Cc]ode|[Ss]tatus|error)[^0-9A-Za-z]+[0-9]{6}'
declare -A secs

# measure NAME COMMAND: the median wall time of COMMAND (run by bash) over $runs runs.
measure() {
    hyperfine --style none --warmup 1 --runs "$runs" --export-json "$data/h.json" "$2" >/dev/null
    secs[$1]=$(jq '.results[0].median' "$data/h.json")
}

# rss COMMAND: peak resident set size of COMMAND (its own process, not a pipe's) in MB.
rss() {
    /usr/bin/time -f %M bash -c "exec $1" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'
}

size_mb() {
    awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'
}

# The decoded summaries must be the plain log's.
"$bin" -c --summary=json "$mixed" > "$data/plain.json"
for f in "$gz" "$zst"; do
    "$bin" -c --summary=json "$f" | cmp -s - "$data/plain.json" ||
        { echo "$f: the summary differs from the plain log's" >&2; exit 1; }
    CODEFILTER_GZIP=zlib "$bin" -c --summary=json "$f" | cmp -s - "$data/plain.json" ||
        { echo "$f with CODEFILTER_GZIP=zlib: the summary differs from the plain log's" >&2; exit 1; }
done

measure plain "$bin -c $mixed > /dev/null"
measure rg_plain "rg -c '$pattern' $mixed > /dev/null"
measure gz "$bin -c $gz > /dev/null"
measure gz_zlib "CODEFILTER_GZIP=zlib $bin -c $gz > /dev/null"
measure gz_pipe "zcat $gz | $bin -c > /dev/null"
measure gz_rg "rg -z -c '$pattern' $gz > /dev/null"
measure zcat "zcat $gz > /dev/null"
measure zst "$bin -c $zst > /dev/null"
measure zst_pipe "zstdcat $zst | $bin -c > /dev/null"
measure zst_rg "rg -z -c '$pattern' $zst > /dev/null"
measure zstdcat "zstdcat $zst > /dev/null"

mb=$(size_mb "$mixed")
# row LABEL NAME PIPE RG RSS: seconds, MB/s of decoded text, and the ratios to the pipe and to rg.
# PIPE "-": no pipe to compare with.
row() {
    l=$1 awk -v s="${secs[$2]}" -v p="${secs[$3]:-}" -v rg="${secs[$4]}" -v mb="$mb" -v r="$5" \
        'BEGIN { printf "| %s | %.3f | %.0f | %s | %.2f | %s |\n", ENVIRON["l"], s, mb / s,
                 p == "" ? "" : sprintf("%.2f", s / p), s / rg, r }'
}

echo
echo "Machine: $(nproc) cores, $(awk '/model name/ { $1 = $2 = $3 = ""; print; exit }' /proc/cpuinfo | sed 's/^ *//'); $(uname -sr)"
echo "Mixed log: $mb MB; gzip -6: $(size_mb "$gz") MB; zstd -3: $(size_mb "$zst") MB. Median of $runs runs."
echo
echo "| command | seconds | MB/s | × the pipe | × rg -z -c | peak RSS MB |"
echo "|---|---|---|---|---|---|"
row "codefilter -c FILE.gz" gz gz_pipe gz_rg "$(rss "$bin -c $gz")"
row "codefilter -c FILE.gz, CODEFILTER_GZIP=zlib" gz_zlib gz_pipe gz_rg \
    "$(CODEFILTER_GZIP=zlib rss "$bin -c $gz")"
row "zcat FILE.gz \| codefilter -c (the pipe)" gz_pipe gz_pipe gz_rg ""
row "rg -z -c (code-context pattern)" gz_rg gz_pipe gz_rg ""
row "zcat FILE.gz > /dev/null (decoding alone)" zcat gz_pipe gz_rg ""
row "codefilter -c FILE.zst" zst zst_pipe zst_rg "$(rss "$bin -c $zst")"
row "zstdcat FILE.zst \| codefilter -c (the pipe)" zst_pipe zst_pipe zst_rg ""
row "rg -z -c (code-context pattern)" zst_rg zst_pipe zst_rg ""
row "zstdcat FILE.zst > /dev/null (decoding alone)" zstdcat zst_pipe zst_rg ""
row "codefilter -c FILE (plain, for scale)" plain - rg_plain "$(rss "$bin -c $mixed")"
row "rg -c FILE (plain, for scale)" rg_plain - rg_plain ""

echo
echo "Inflate alone, in memory (bench/inflate.c), zlib against ISA-L's igzip:"
build/release/bench-inflate "$gz" $((runs < 3 ? 3 : runs)) | grep -v '^run '
rm -f "$data/h.json" "$data/plain.json"
