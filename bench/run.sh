#!/usr/bin/env bash
# bench/run.sh - codefilter's benchmark, side by side with the tools a user would otherwise pick.
# One command from the top of a clone: bash bench/run.sh   (RUNS=N for N timed runs, default 5)
# BASE=PATH adds rows for another codefilter binary (an earlier build) timed in the same run, so
# that a change's cost shows as ratios measured side by side.
# It builds codefilter (release), generates the logs once into bench/data/ (deterministic seed),
# times each command several times with hyperfine, and prints medians, MB/s, ratios and peak RSS,
# then checks the targets. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh # $runs, $data, $bin, install_missing

install_missing rg mawk jq hyperfine cc cmake time

cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
cc -O2 -o build/release/bench-gen bench/gen.c
cc -O2 -o build/release/bench-latency bench/latency.c

mixed=$data/mixed.log
json=$data/json.log
[ -s "$mixed" ] || build/release/bench-gen text 256 > "$mixed"
[ -s "$json" ] || build/release/bench-gen json 50 > "$json"
[ -s "$data/tenth.log" ] || head -c $(($(stat -c %s "$mixed") / 10)) "$mixed" | sed '$d' > "$data/tenth.log"
jq -r '.codes[] | [.code, .category, .message] | @tsv' catalogue/codes.json > "$data/catalogue.tsv"

pattern='(?:[Cc]ode|[Ss]tatus|error)[^0-9A-Za-z]+[0-9]{6}'
declare -A secs

# measure NAME RUNS COMMAND: the median wall time of COMMAND (run by bash) over RUNS runs.
measure() {
    local name=$1 n=$2 cmd=$3
    hyperfine --style none --warmup 1 --runs "$n" --export-json "$data/h.json" "$cmd" >/dev/null
    secs[$name]=$(jq '.results[0].median' "$data/h.json")
}

# rss COMMAND: peak resident set size of COMMAND in MB.
rss() {
    /usr/bin/time -f %M bash -c "exec $1" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'
}

size_mb() {
    awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'
}

measure text_file "$runs" "$bin $mixed > $data/out.txt"
measure text_null "$runs" "$bin $mixed > /dev/null"
measure cat_file "$runs" "cat $mixed > $data/cat.txt"
measure jsonl "$runs" "$bin --output=jsonl $mixed > /dev/null"
measure count "$runs" "$bin -c $mixed > /dev/null"
measure rg "$runs" "rg -c '$pattern' $mixed > /dev/null"
measure grep "$runs" "grep -cP '$pattern' $mixed > $data/grep.out" # to /dev/null, grep stops at the first match
measure mawk "$runs" "mawk -f bench/annotate.awk $data/catalogue.tsv $mixed > /dev/null"
measure tenth "$runs" "$bin $data/tenth.log > /dev/null"
measure text_one "$runs" "$bin --threads=1 $mixed > /dev/null"
measure count_one "$runs" "$bin --threads=1 -c $mixed > /dev/null"
if [ -n "${BASE:-}" ]; then
    measure base_text "$runs" "$BASE $mixed > /dev/null"
    measure base_count "$runs" "$BASE -c $mixed > /dev/null"
fi
measure json "$runs" "$bin $json > /dev/null"
measure jq 3 "jq -c -n --slurpfile c catalogue/codes.json -f bench/annotate.jq $json > /dev/null"

mb=$(size_mb "$mixed")
jmb=$(size_mb "$json")
row() { # row LABEL NAME MEGABYTES RSS
    awk -v l="$1" -v s="${secs[$2]}" -v mb="$3" -v r="$4" -v rg="${secs[rg]}" -v gr="${secs[grep]}" \
        -v mk="${secs[mawk]}" 'BEGIN { printf "| %s | %.3f | %.0f | %.2f | %.2f | %.3f | %s |\n",
        l, s, mb / s, s / rg, s / gr, s / mk, r }'
}

echo
echo "Machine: $(nproc) cores, $(awk '/model name/ { $1 = $2 = $3 = ""; print; exit }' /proc/cpuinfo | sed 's/^ *//'); $(uname -sr)"
echo "Mixed log: $mb MB, $(wc -l < "$mixed") lines; JSON lines: $jmb MB. Median of $runs runs (jq: 3)."
echo
echo "| command | seconds | MB/s | × rg -c | × grep -cP | × mawk | peak RSS MB |"
echo "|---|---|---|---|---|---|---|"
row "codefilter (text, to a file)" text_file "$mb" "$(rss "$bin $mixed > $data/out.txt")"
row "codefilter (text, to /dev/null)" text_null "$mb" "$(rss "$bin $mixed")"
row "cat (the input, to a file: the cost of writing)" cat_file "$mb" "$(rss "cat $mixed > $data/cat.txt")"
row "codefilter --output=jsonl" jsonl "$mb" "$(rss "$bin --output=jsonl $mixed")"
row "codefilter -c" count "$mb" "$(rss "$bin -c $mixed")"
row "codefilter --threads=1 (text, to /dev/null)" text_one "$mb" "$(rss "$bin --threads=1 $mixed")"
row "codefilter --threads=1 -c" count_one "$mb" "$(rss "$bin --threads=1 -c $mixed")"
row "rg -c (code-context pattern)" rg "$mb" "$(rss "rg -c '$pattern' $mixed")"
row "grep -cP (same pattern)" grep "$mb" "$(rss "grep -cP '$pattern' $mixed")"
row "mawk annotation script" mawk "$mb" "$(rss "mawk -f bench/annotate.awk $data/catalogue.tsv $mixed")"
if [ -n "${BASE:-}" ]; then
    row "BASE (text, to /dev/null)" base_text "$mb" "$(rss "$BASE $mixed")"
    row "BASE -c" base_count "$mb" "$(rss "$BASE -c $mixed")"
    awk -v t="${secs[text_null]}" -v bt="${secs[base_text]}" -v c="${secs[count]}" \
        -v bc="${secs[base_count]}" 'BEGIN { printf "\nthis build / BASE: text %.2f, count-only %.2f\n",
        t / bt, c / bc }'
fi
echo
awk -v c="${secs[json]}" -v j="${secs[jq]}" -v mb="$jmb" -v r="$(rss "$bin $json")" 'BEGIN {
    printf "| JSON lines (%.1f MB) | seconds | MB/s | peak RSS MB |\n|---|---|---|---|\n", mb
    printf "| codefilter | %.3f | %.0f | %s |\n| jq annotation script | %.3f | %.0f | |\n", c, mb / c, r, j, mb / j
    printf "\ncodefilter / jq = %.4f\n", c / j }'

# A single line of 64 MB, with a code at its end.
{ head -c 67108864 /dev/zero | tr '\0' 'a'; echo " code=500000"; } > "$data/longline.log"
long=$( { /usr/bin/time -f "%e %M" "$bin" -c "$data/longline.log" > /dev/null; } 2>&1 | tail -1)
echo "64 MB line: $(echo "$long" | awk '{ printf "%.2f s, peak RSS %.0f MB", $1, $2 / 1024 }')"
rm -f "$data/longline.log"

lat=$(build/release/bench-latency 1000 1000 "$bin")
echo "Latency, a line at a time through pipes: $lat"

echo
echo "Targets:"
check() { # check DESCRIPTION OK
    if [ "$2" = 1 ]; then echo "  met:    $1"; else echo "  MISSED: $1"; fi
}
ratio() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { printf "%.2f", a / b; exit !(a / b <= t) }'; }
r=$(ratio "${secs[count]}" "${secs[rg]}" 1.0) && ok=1 || ok=0
check "count-only at most 1.0 × rg -c: $r" $ok
r=$(ratio "${secs[text_null]}" "${secs[rg]}" 1.2) && ok=1 || ok=0
check "text annotation to /dev/null at most 1.2 × rg -c: $r (to a file: $(ratio "${secs[text_file]}" "${secs[rg]}" 99))" $ok
r=$(ratio "${secs[jsonl]}" "${secs[rg]}" 2.5) && ok=1 || ok=0
check "--output=jsonl at most 2.5 × rg -c: $r" $ok
r=$(ratio "${secs[json]}" "${secs[jq]}" 0.005) && ok=1 || ok=0
check "JSON-lines input annotated at most 0.005 × jq: $(awk -v a="${secs[json]}" -v b="${secs[jq]}" 'BEGIN { printf "%.4f", a / b }')" $ok
if [ "$(nproc)" -ge 2 ]; then
    for mode in count text; do
        one=${mode}_one
        [ $mode = text ] && many=text_null || many=count
        r=$(awk -v a="${secs[$one]}" -v b="${secs[$many]}" 'BEGIN { printf "%.2f", a / b; exit !(a / b >= 1.7) }') && ok=1 || ok=0
        check "two threads at least 1.7 × faster than --threads=1 ($mode): $r ×" $ok
    done
fi
r=$(ratio "${secs[text_null]}" "${secs[tenth]}" 11) && ok=1 || ok=0
check "10 × the input in at most 11 × the time: $r" $ok
worst=0
for n in 1 2 4 8; do
    for opts in "" "-c" "--output=jsonl"; do
        p=$(rss "$bin --threads=$n $opts $mixed")
        worst=$(awk -v a="$p" -v b="$worst" 'BEGIN { print (a > b ? a : b) }')
    done
done
check "peak RSS at most 16 MB on ordinary lines, --threads=1 to 8, every output: at most $worst MB" \
    $(awk -v p="$worst" 'BEGIN { print (p <= 16) }')
med=$(echo "$lat" | awk '{ print $2 }')
p99=$(echo "$lat" | awk '{ print $5 }')
check "latency median at most 1 ms, p99 at most 10 ms: $med us, $p99 us" \
    $(awk -v m="$med" -v p="$p99" 'BEGIN { print (m <= 1000 && p <= 10000) }')
rm -f "$data/out.txt" "$data/cat.txt" "$data/grep.out" "$data/h.json"

echo
echo "Compressed input (bench/compressed.sh):"
RUNS=$runs bash bench/compressed.sh
