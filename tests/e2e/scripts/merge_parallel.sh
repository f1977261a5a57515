#!/usr/bin/env bash
# Map/reduce with GNU parallel: summaries of chunks of a multi-megabyte log, merged, equal the
# summary of one process over the whole file, byte for byte; and a broken summary is refused.
#   bash merge_parallel.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
if ! command -v parallel >/dev/null; then
    echo "GNU parallel is not installed (apt-get install parallel)"
    exit 1
fi
fail=0
for _ in $(seq 12); do cut -f2 "$src/samples/labelled/lines.tsv"; cat "$src/samples/api.jsonl"; done > "$tmp/big.log"
"$bin" -c --summary=json "$tmp/big.log" > "$tmp/one.json"
parallel --will-cite --pipepart -a "$tmp/big.log" --block 300k "$bin" -c --summary=json \
    > "$tmp/parts.json"
parts=$(wc -l < "$tmp/parts.json")
[ "$parts" -gt 10 ] || { echo "FAIL: only $parts chunks"; fail=1; }
"$bin" --merge --summary=json < "$tmp/parts.json" > "$tmp/merged.json"
cmp -s "$tmp/one.json" "$tmp/merged.json" || { echo "FAIL: merged summary differs:"; diff <(tr ',' '\n' < "$tmp/one.json") <(tr ',' '\n' < "$tmp/merged.json") | head; fail=1; }
# The same through files, and into another format.
split -n l/3 "$tmp/parts.json" "$tmp/host-"
"$bin" --merge --summary=json "$tmp"/host-* > "$tmp/hosts.json"
cmp -s "$tmp/one.json" "$tmp/hosts.json" || { echo "FAIL: merge of files differs"; fail=1; }
"$bin" --merge "$tmp"/host-* | grep -qE "^lines +$(grep -o '"lines":[0-9]*' "$tmp/one.json" | cut -d: -f2)$" ||
    { echo "FAIL: text merge"; fail=1; }
# Without --bucket, --merge takes the summaries' bucket width; with another, it says so.
"$bin" -c --summary=json --bucket=5m "$src/samples/day.log" > "$tmp/five.json"
"$bin" --merge --summary=json "$tmp/five.json" | cmp -s - "$tmp/five.json" ||
    { echo "FAIL: --merge did not take the summaries' 5m buckets"; fail=1; }
# Five-minute buckets add up into hours exactly (as one run with --bucket=1h), in either order
# with hourly summaries; hours do not split into five minutes.
"$bin" -c --summary=json "$src/samples/day.log" > "$tmp/hour.json"
"$bin" -c --summary=json "$src/samples/day.log" "$src/samples/day.log" > "$tmp/twice.json"
"$bin" --merge --summary=json --bucket=1h "$tmp/five.json" | cmp -s - "$tmp/hour.json" ||
    { echo "FAIL: --bucket=1h over 5m summaries is not the hourly summary"; fail=1; }
"$bin" --merge --summary=json "$tmp/five.json" "$tmp/hour.json" | cmp -s - "$tmp/twice.json" ||
    { echo "FAIL: 5m then 1h summaries did not merge into the hourly summary"; fail=1; }
"$bin" --merge --summary=json "$tmp/hour.json" "$tmp/five.json" | cmp -s - "$tmp/twice.json" ||
    { echo "FAIL: 1h then 5m summaries did not merge into the hourly summary"; fail=1; }
"$bin" --merge --bucket=5m "$tmp/hour.json" > /dev/null 2> "$tmp/err" && { echo "FAIL: hours split into 5m"; fail=1; }
grep -q 'buckets of 3600s do not add up into buckets of 300s: merge with --bucket=3600s' "$tmp/err" ||
    { echo "FAIL: message: $(cat "$tmp/err")"; fail=1; }
# A summary whose counts do not add up is refused, and nothing is printed.
sed 's/"codes_total":[0-9]*/"codes_total":1/' "$tmp/one.json" > "$tmp/bad.json"
"$bin" --merge "$tmp/bad.json" > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && [ ! -s "$tmp/out" ] || { echo "FAIL: bad summary: status $status, output $(head -c 80 "$tmp/out")"; fail=1; }
grep -q "bad.json:1:1: summary: the counts of categories and codes do not add up" "$tmp/err" ||
    { echo "FAIL: message: $(cat "$tmp/err")"; fail=1; }
echo "$(wc -c < "$tmp/big.log") bytes in $parts chunks: merged summary equal to one process's"
exit $fail
