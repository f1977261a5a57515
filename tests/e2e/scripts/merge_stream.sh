#!/usr/bin/env bash
# --merge reads as a stream: from a slow writer, SIGUSR1 writes the summary merged so far to
# standard error and SIGINT or SIGTERM ends the merge at once with that summary (exit 130, 143);
# an input of more than 64 MiB merges in little memory, and a bad summary far into the input is
# named by its line in the whole input, on "(standard input)".
#   bash merge_stream.sh /path/to/codefilter
set -u
set -m # background jobs in their own process group, with default signal dispositions
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
. "$(dirname "$0")/../lib.sh"

"$bin" -c --summary=json "$src/samples/day.log" > "$tmp/good.json" || exit 2
lines=$(grep -o '"lines":[0-9]*' "$tmp/good.json" | cut -d: -f2)

# stop SIGNAL STATUS: one summary through a FIFO whose writer stays open; SIGUSR1, then SIGNAL.
stop() {
    local sig=$1 want=$2
    rm -f "$tmp/in" && mkfifo "$tmp/in" || exit 2
    : > "$tmp/err"
    "$bin" --merge --summary=json < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
    pid=$!
    exec 3<> "$tmp/in" # read-write: never blocks, and the writer stays open
    cat "$tmp/good.json" >&3
    # SIGUSR1 once codefilter has its handler, and again until it has read the summary.
    for _ in $(seq 100); do
        catching_usr1 "$pid" && break
        sleep 0.05
    done
    for _ in $(seq 50); do
        kill -USR1 "$pid" 2>/dev/null
        sleep 0.1
        tail -n 1 "$tmp/err" | grep -qF "{\"lines\":$lines," && break
    done
    if ! tail -n 1 "$tmp/err" | grep -qF "{\"lines\":$lines," ||
        grep -qv '^{"lines":' "$tmp/err"; then
        echo "FAIL ($sig): no summary so far on standard error after SIGUSR1; it has:"
        head -c 300 "$tmp/err"
        fail=1
    fi
    kill -"$sig" "$pid" 2>/dev/null
    wait_exit "$pid"
    if [ "$status" = hung ]; then
        echo "FAIL ($sig): --merge did not stop within 5 s"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        fail=1
    elif [ "$status" != "$want" ]; then
        echo "FAIL ($sig): exit status $status, expected $want"
        fail=1
    fi
    pid=
    exec 3>&-
    if ! cmp -s "$tmp/out" "$tmp/good.json"; then
        echo "FAIL ($sig): the summary merged so far did not come out; standard output has:"
        head -c 300 "$tmp/out"
        fail=1
    fi
}
stop TERM 143
stop INT 130

# More than 64 MiB of summaries, one a line: merged, in little memory.
n=11500
yes "$(cat "$tmp/good.json")" | head -n "$n" > "$tmp/big.json"
[ "$(wc -c < "$tmp/big.json")" -gt $((64 << 20)) ] || { echo "FAIL: the stream is too small"; fail=1; }
if /usr/bin/time -f %M true 2> /dev/null && ! ldd "$bin" 2> /dev/null | grep -q asan; then
    measure=(/usr/bin/time -f %M -o "$tmp/rss") # peak RSS in KiB; not under ASan's allocator
else
    measure=()
fi
"${measure[@]}" "$bin" --merge --summary=json < "$tmp/big.json" > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" = 0 ] || { echo "FAIL: big stream: status $status: $(head -c 300 "$tmp/err")"; fail=1; }
grep -q "^{\"lines\":$((lines * n))," "$tmp/out" ||
    { echo "FAIL: big stream: not $n summaries merged: $(head -c 100 "$tmp/out")"; fail=1; }
if [ -s "$tmp/rss" ] && [ "$(tail -n 1 "$tmp/rss")" -gt 16384 ]; then
    echo "FAIL: big stream: peak RSS $(tail -n 1 "$tmp/rss") KiB, expected at most 16 MiB"
    fail=1
fi
# A summary cut off after 1200 others (7 MB, a hundred reads): named by its line in the input.
{ head -n 1200 "$tmp/big.json"; printf '{"lines":\n'; } | "$bin" --merge > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" = 2 ] && [ ! -s "$tmp/out" ] || { echo "FAIL: cut-off summary: status $status"; fail=1; }
want="codefilter: (standard input):1201:10: not valid JSON"
[ "$(cat "$tmp/err")" = "$want" ] || { echo "FAIL: message: $(head -c 300 "$tmp/err")"; fail=1; }
exit $fail
