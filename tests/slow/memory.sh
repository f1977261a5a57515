#!/usr/bin/env bash
# The memory bound the README states, checked on the inputs that broke it (outside the fast suite,
# with the release build: sanitizers change what memory is used):
# - a 64 MB line of codes peaks under 3 x 64 MB;
# - one million distinct codes cost no memory per code without a summary, and under 300 bytes a
#   code with one;
# - 300,000 distinct hourly buckets cost under 200 bytes a bucket.
# Prints the figures; fails when a bound is broken.
#   bash tests/slow/memory.sh [path/to/codefilter]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/release/codefilter}
[ -x "$bin" ] || { cmake --preset release >/dev/null && cmake --build --preset release >/dev/null; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# peak FILE ARGS...: runs codefilter ARGS on FILE (output dropped) and prints its peak RSS in KB.
peak() {
    local f=$1
    shift
    /usr/bin/time -f '%M' -o "$tmp/kb" "$bin" "$@" "$f" > "$tmp/out" 2> /dev/null || true
    cat "$tmp/kb"
}

# bound NAME KB LIMIT_KB
bound() {
    echo "$1: peak RSS $(($2 / 1024)) MB (bound $(($3 / 1024)) MB)"
    [ "$2" -le "$3" ] || { echo "FAIL: $1 over its bound"; fail=1; }
}

# A 64 MB line (64M bytes with its newline, the default --max-line) of 'code=040011 ': 5,592,405
# codes and "cod".
python3 -c 'import sys; u = b"code=040011 "; n = 64 * 1024 * 1024 - 1
sys.stdout.buffer.write((u * (n // len(u) + 1))[:n] + b"\n")' > "$tmp/line"
base=$(peak /dev/null)
for args in "" "--output=jsonl" "-c --summary=json"; do
    # shellcheck disable=SC2086 # the options are words
    kb=$(peak "$tmp/line" $args)
    bound "64 MB line of codes, ${args:-text}" "$kb" $((3 * 64 * 1024))
done
grep -q '"codes_total":5592405,' "$tmp/out" || { echo "FAIL: not every code counted: $(head -c 300 "$tmp/out")"; fail=1; }

# SIGINT in the middle of that line (which takes seconds) takes effect within a window's time: the
# line goes out whole, and the summary adds up (it merges again).
"$bin" -s --summary=json "$tmp/line" > "$tmp/out" 2> /dev/null &
pid=$!
sleep 1
t0=$EPOCHREALTIME # no fork between the signal and the measure
kill -INT "$pid"
status=0
wait "$pid" || status=$?
t1=$EPOCHREALTIME
ms=$(((${t1/./} - ${t0/./}) / 1000))
echo "SIGINT inside a 64 MB line of codes: exit $status after $ms ms (bound 100 ms, 1000 ms on CI)"
[ "$status" = 130 ] || { echo "FAIL: exit status $status, not 130"; fail=1; }
[ "$ms" -le "${STOP_MS:-1000}" ] || { echo "FAIL: the stop took $ms ms"; fail=1; }
head -c 16 "$tmp/out" | grep -q '^code=040011 code' || { echo "FAIL: the line did not go out"; fail=1; }
tail -1 "$tmp/out" | "$bin" --merge --summary=json > /dev/null ||
    { echo "FAIL: the summary after the stop does not merge: $(tail -1 "$tmp/out" | head -c 300)"; fail=1; }

# A million distinct codes, one a line.
python3 -c 'print("".join("code=%06d x\n" % i for i in range(1000000)), end="")' > "$tmp/codes"
kb=$(peak "$tmp/codes")
bound "1,000,000 distinct codes, no summary" "$kb" $((base + 32 * 1024))
kb=$(peak "$tmp/codes" -c)
bound "1,000,000 distinct codes, -c" "$kb" $((base + 32 * 1024 + 300 * 1000000 / 1024))

# 300,000 hourly buckets: one line an hour from 2000 on.
python3 -c 'import datetime as d; t = d.datetime(2000, 1, 1)
print("".join((t + d.timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ code=500000\n") for i in range(300000)), end="")' > "$tmp/hours"
kb=$(peak "$tmp/hours" -c)
bound "300,000 hourly buckets, -c" "$kb" $((base + 32 * 1024 + 200 * 300000 / 1024))
exit $fail
