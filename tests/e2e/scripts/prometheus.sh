#!/usr/bin/env bash
# --summary=prometheus is valid text exposition format, as promtool (Debian's prometheus package)
# checks it, with the counts of the text summary.
#   bash prometheus.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
command -v promtool >/dev/null || { echo "promtool is not installed (apt-get install prometheus)"; exit 1; }
fail=0
"$bin" -c --summary=prometheus "$src/samples/api.log" > "$tmp/m.prom"
promtool check metrics < "$tmp/m.prom" > "$tmp/lint" 2>&1 || { echo "FAIL: promtool:"; cat "$tmp/lint"; fail=1; }
[ ! -s "$tmp/lint" ] || { echo "FAIL: promtool has remarks:"; cat "$tmp/lint"; fail=1; }
lines=$("$bin" -c --summary=json "$src/samples/api.log" | grep -o '"lines":[0-9]*' | cut -d: -f2)
grep -qx "codefilter_lines_total $lines" "$tmp/m.prom" || { echo "FAIL: lines"; fail=1; }
grep -q '^codefilter_codes_total{code="010008",category="validation"} 4$' "$tmp/m.prom" || { echo "FAIL: a code's count"; fail=1; }
grep -q '^codefilter_category_codes_total{category="validation"} 62$' "$tmp/m.prom" || { echo "FAIL: a category's count"; fail=1; }
grep -q '^codefilter_last_code_timestamp_seconds 1757104559.955$' "$tmp/m.prom" || { echo "FAIL: last time"; fail=1; }
# Written for the textfile collector: replaced whole.
"$bin" -c --summary=prometheus --summary-file="$tmp/codefilter.prom" "$src/samples/api.log"
cmp -s "$tmp/m.prom" "$tmp/codefilter.prom" || { echo "FAIL: --summary-file"; fail=1; }
exit $fail
