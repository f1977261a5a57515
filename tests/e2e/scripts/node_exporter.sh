#!/usr/bin/env bash
# --summary=prometheus --summary-file as the README has it, read by Debian's node_exporter: its
# textfile collector (the only collector on, on 127.0.0.1 and a free port) serves every
# codefilter series with the values of the JSON summary of the same run, no others, and reports
# no scrape error; after a second run replaces the file, the next scrape serves the new values.
#   bash node_exporter.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
# shellcheck source=../consumers.sh
. "$(dirname "$0")/../consumers.sh"
need prometheus-node-exporter python3 timeout

mkdir "$tmp/textfile"
port=$(free_port 127.0.0.1) || { echo "FAIL: no free port"; exit 1; }
timeout 60 prometheus-node-exporter --collector.disable-defaults --collector.textfile \
    --collector.textfile.directory="$tmp/textfile" --web.listen-address="127.0.0.1:$port" \
    --web.disable-exporter-metrics > "$tmp/node_exporter.log" 2>&1 &
pids+=($!)

# scrape FILE: the metrics node_exporter serves now, in FILE.
scrape() {
    python3 -c 'import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.stdout.write(r.read().decode())' "http://127.0.0.1:$port/metrics" > "$1" 2>/dev/null
}
if ! wait_until 10 scrape "$tmp/metrics"; then
    echo "FAIL: node_exporter does not answer on 127.0.0.1:$port:"
    sed 's/^/    /' "$tmp/node_exporter.log"
    exit 1
fi

# check.py METRICS SUMMARY.json PROM_FILE: whether node_exporter's METRICS hold exactly the
# codefilter series that SUMMARY's counts give, each with its value, and no textfile error.
cat > "$tmp/check.py" <<'EOF'
import calendar, json, re, sys
from decimal import Decimal

metrics, summary, prom_file = sys.argv[1:]
s = json.load(open(summary))

def seconds(iso):  # 2025-09-05T20:35:59.955Z
    whole, frac = iso.rstrip("Z").split(".")
    t = calendar.timegm(tuple(map(int, re.split("[-T:]", whole))) + (0, 0, 0))
    return Decimal(t) + Decimal("0." + frac)

want = {("codefilter_" + m + "_total", ()): Decimal(s[k]) for m, k in [
    ("lines", "lines"), ("selected_lines", "selected_lines"), ("lines_with_codes", "lines_with_codes"),
    ("long_lines", "long_lines"), ("pattern_limit_hits", "pattern_limit_hits")]}
for cat, n in s["categories"].items():
    want[("codefilter_category_codes_total", (("category", cat),))] = Decimal(n)
for c in s["codes"]:
    key = tuple(sorted({"code": c["code"], "category": c["category"]}.items()))
    want[("codefilter_codes_total", key)] = Decimal(c["count"])
timed = [seconds(c["last_seen"]) for c in s["codes"] if c.get("last_seen")]
if timed:
    want[("codefilter_last_code_timestamp_seconds", ())] = max(timed)

got, node = {}, {}
for line in open(metrics):
    if line.startswith("#") or not line.strip():
        continue
    m = re.fullmatch(r'([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)\n?', line)
    if not m:
        sys.exit("unreadable line: " + line)
    labels = tuple(sorted(re.findall(r'([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"', m[2] or "")))
    (got if m[1].startswith("codefilter_") else node)[(m[1], labels)] = Decimal(m[3])

bad = []
for k in sorted(set(want) | set(got)):
    if want.get(k) != got.get(k):
        bad.append(f"{k[0]}{dict(k[1])}: node_exporter {got.get(k)}, summary {want.get(k)}")
if node.get(("node_textfile_scrape_error", ())) != 0:
    bad.append(f"node_textfile_scrape_error {node.get(('node_textfile_scrape_error', ()))}")
if ("node_textfile_mtime_seconds", (("file", prom_file),)) not in node:
    bad.append(f"no node_textfile_mtime_seconds for {prom_file}")
for b in bad:
    print("    " + b)
print(f"{len(got)} codefilter series, as the summary has them" if not bad else "", end="")
sys.exit(1 if bad else 0)
EOF

# run WHAT ARGS...: codefilter with ARGS writes the textfile, as the README has it, and its JSON
# summary; node_exporter's next scrape must serve the same counts.
run() {
    local what=$1
    shift
    "$bin" -c --summary=json "$@" > "$tmp/summary.json"
    "$bin" -c --summary=prometheus --summary-file="$tmp/textfile/codefilter.prom" "$@"
    if scrape "$tmp/metrics" && python3 "$tmp/check.py" "$tmp/metrics" "$tmp/summary.json" \
        "$tmp/textfile/codefilter.prom" > "$tmp/check" 2>&1; then
        echo "$what: $(cat "$tmp/check")"
    else
        echo "FAIL: $what: node_exporter's metrics differ from the summary:"
        cat "$tmp/check"
        grep -E '^(codefilter_|node_textfile)' "$tmp/metrics" | sed 's/^/    /' | head -20
        fail=1
    fi
}
run "samples/api.log" "$src/samples/api.log"
run "--errors over api.log, api.jsonl and day.log" --errors "$src/samples/api.log" \
    "$src/samples/api.jsonl" "$src/samples/day.log"
grep -q 'level=error' "$tmp/node_exporter.log" && { echo "FAIL: node_exporter logged errors:"; cat "$tmp/node_exporter.log"; fail=1; }
exit "$fail"
