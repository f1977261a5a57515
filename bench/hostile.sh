#!/usr/bin/env bash
# Time per line, whatever the content: one line of 1 MiB of each of many hostile kinds (codes in
# every syntax, messages with templates, lists, URLs, nested JSON strings, random bytes, ...), each
# run on its own (text output to /dev/null, the process's whole wall time), and the two hostile
# inputs of issue 8: a 54 KB line of codes and templated messages, and a catastrophic user pattern
# over 400,000 harmless lines and one hostile one. Prints a table; with --check, fails when a line
# costs more than LINE_MS (default 50) or the two inputs more than PAIR_MS (default 200).
#   bash bench/hostile.sh [--check] [path/to/codefilter]
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = --check ] && { check=1; shift; }
bin=${1:-build/release/codefilter}
line_ms=${LINE_MS:-50}
pair_ms=${PAIR_MS:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'EOF'
import random, sys
d = sys.argv[1]
M = 1 << 20
random.seed(8)
units = {
    "codes": "code=040011 ",
    "json-codes": '"errorCode":"500000",',
    "escaped-json": '{\\"code\\":\\"040011\\",\\"msg\\":\\"x\\"}',
    "phrases": "upstream error 040024: ",
    "messages": "[040024] Unsupported characters: a. Only allowed: b ",
    "templates": "Unsupported characters: a. Only allowed: ",
    "digits": "123456 ",
    "keys": "errorCode:",
    "keys-no-value": "code=code=status:",
    "url": "?code=040011&state=x&",
    "list": "040011, 500000, ",
    "status-measure": "status 100000 items ",
    "quotes": '\\"\\\\\\"',
    "braces": "{[{[",
    "xml": "<RetCode>040011</RetCode>",
    "words": "gateway error code status result ",
}
for name, u in units.items():
    open(f"{d}/{name}", "w").write((u * (M // len(u) + 1))[:M - 1] + "\n")
open(f"{d}/random-bytes", "wb").write(bytes(random.choice(range(1, 256)) if i % 4096 else 10
                                           for i in range(M)).replace(b"\n", b" ") + b"\n")
ua = ("Mozilla/5.0 (X11; Linux x86_64) code=040011 status " * (M // 50))[:M - 200]
open(f"{d}/access-log", "w").write(
    '1.2.3.4 - - [02/Sep/2025:10:15:32 +0000] "GET /x HTTP/1.1" 200 123 "-" "' + ua + '"\n')
open(f"{d}/json-object", "w").write(
    '{"msg":"' + ("code=040011 Unsupported characters: x. Only allowed: y " * (M // 56)) + '"}\n')
# Issue 8's two hostile inputs.
open(f"{d}/pair-template", "w").write(
    "code=040024 " * 250 + "'Unsupported characters: " + "a. Only allowed: " * 3000 + "\n")
with open(f"{d}/pair-pattern", "w") as f:
    for i in range(400000):
        f.write(f"2025-09-02T10:15:32Z harmless line {i}\n")
    f.write("123456" + "a" * 20000 + "c b\n")  # a b somewhere: PCRE2 cannot rule it out at once
open(f"{d}/bad.pcre", "w").write("(?<code>\\d{6})(a|aa)*b\n")
EOF

# Wall time of one run in milliseconds.
ms() {
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
}

fail=0
worst=0
printf '%-16s %8s\n' "1 MiB line" "ms"
for f in "$tmp"/*; do
    name=$(basename "$f")
    case $name in pair-* | bad.pcre) continue ;; esac
    t=$(ms "$bin" "$f")
    printf '%-16s %8d\n' "$name" "$t"
    [ "$t" -gt "$worst" ] && worst=$t
    if [ "$check" = 1 ] && [ "$t" -gt "$line_ms" ]; then
        echo "FAIL: $name took $t ms (bound $line_ms)"
        fail=1
    fi
done
a=$(ms "$bin" "$tmp/pair-template")
b=$(ms "$bin" --patterns="$tmp/bad.pcre" -c --summary=json "$tmp/pair-pattern")
hits=$("$bin" --patterns="$tmp/bad.pcre" -c --summary=json "$tmp/pair-pattern" 2> /dev/null |
    grep -o '"pattern_limit_hits":[0-9]*')
printf 'worst 1 MiB line: %d ms\n' "$worst"
printf 'hostile pair: 54 KB templated line %d ms + catastrophic pattern %d ms = %d ms (%s)\n' \
    "$a" "$b" $((a + b)) "$hits"
if [ "$check" = 1 ]; then
    [ $((a + b)) -le "$pair_ms" ] || { echo "FAIL: the hostile pair took $((a + b)) ms (bound $pair_ms)"; fail=1; }
    [ "$hits" = '"pattern_limit_hits":1' ] || { echo "FAIL: $hits, not 1"; fail=1; }
fi
exit $fail
