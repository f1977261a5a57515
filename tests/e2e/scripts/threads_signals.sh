#!/usr/bin/env bash
# Signals while threads read a regular file. codefilter writes into a pipe that is read late, so
# that the signals come mid-file. SIGUSR1 and SIGHUP end the threads' reading at a commit, are
# attended to, and the threads go on: the output is byte for byte that of one thread, with no
# hang. SIGINT ends it with status 130 after whole lines, and the summary counts just those. A
# storm of SIGUSR1 changes nothing either. (Built with -fsanitize=thread, this also checks that the
# threads read the signal flags without a data race.)
#   bash threads_signals.sh /path/to/codefilter
set -u
set -m # background jobs in their own process group, with default signal dispositions
bin=$1
. "$(dirname "$0")/../lib.sh"
src=$(cd "$(dirname "$0")/../../.." && pwd)
export LC_ALL=C

: > "$tmp/in"
while [ "$(stat -c %s "$tmp/in")" -lt 6000000 ]; do
    cat "$src/samples/day.log" "$src/samples/api.jsonl" >> "$tmp/in"
done
"$bin" --threads=1 --output=jsonl -s "$tmp/in" > "$tmp/ref" 2> /dev/null
"$bin" --threads=1 -s "$tmp/in" > "$tmp/ref.text" 2> /dev/null

# start N OPTION...: codefilter --threads=N OPTION... on the input, its output read from a FIFO
# after 0.5 s (it blocks writing meanwhile) into $tmp/out; its errors in $tmp/err.
start() {
    local n=$1
    shift
    rm -f "$tmp/fifo" && mkfifo "$tmp/fifo" || exit 2
    "$bin" --threads="$n" "$@" "$tmp/in" > "$tmp/fifo" 2> "$tmp/err" &
    pid=$!
    { sleep 0.5; cat; } < "$tmp/fifo" > "$tmp/out" &
    reader=$!
}

# finish WANT: waits for codefilter (5 s) and its reader; checks the exit status.
finish() {
    wait_exit "$pid"
    if [ "$status" = hung ]; then
        echo "FAIL ($what): codefilter did not end within 5 s"
        kill -KILL "$pid" 2> /dev/null
        fail=1
    elif [ "$status" != "$1" ]; then
        echo "FAIL ($what): exit status $status, expected $1"
        head -20 "$tmp/err"
        fail=1
    fi
    pid=
    wait "$reader" 2> /dev/null
}

for n in 2 4; do
    what="SIGUSR1 and SIGHUP, --threads=$n"
    start "$n" --output=jsonl -s
    sleep 0.2
    kill -USR1 "$pid"
    sleep 0.1
    kill -HUP "$pid"
    sleep 0.1
    kill -USR1 "$pid"
    finish 0
    cmp -s "$tmp/ref" "$tmp/out" || { echo "FAIL ($what): the output differs"; fail=1; }
    grep -q '^codefilter: reloaded ' "$tmp/err" || { echo "FAIL ($what): no reload"; fail=1; }
    grep -qE '^lines +[0-9]+$' "$tmp/err" || { echo "FAIL ($what): no report"; fail=1; }

    what="a storm of SIGUSR1, --threads=$n"
    start "$n" --output=jsonl -s
    for _ in $(seq 100); do catching_usr1 "$pid" && break; sleep 0.01; done
    while kill -USR1 "$pid" 2> /dev/null; do sleep 0.005; done &
    storm=$!
    finish 0
    kill "$storm" 2> /dev/null
    wait "$storm" 2> /dev/null
    cmp -s "$tmp/ref" "$tmp/out" || { echo "FAIL ($what): the output differs"; fail=1; }

    what="SIGINT, --threads=$n"
    start "$n" -s
    sleep 0.2
    kill -INT "$pid"
    finish 130
    # Whole lines of the input, then the summary of exactly those.
    k=$(grep -nE -m1 '^lines +[0-9]+$' "$tmp/out" | cut -d: -f1)
    if [ -z "$k" ]; then
        echo "FAIL ($what): no summary"
        fail=1
        continue
    fi
    counted=$(sed -n "${k}p" "$tmp/out" | awk '{ print $2 }')
    [ "$counted" = $((k - 1)) ] ||
        { echo "FAIL ($what): $((k - 1)) lines before the summary, which counts $counted"; fail=1; }
    [ "$k" -lt "$(wc -l < "$tmp/ref.text")" ] ||
        { echo "FAIL ($what): the whole input came out: the signal came too late"; fail=1; }
    cmp -s <(head -n $((k - 1)) "$tmp/out") <(head -n $((k - 1)) "$tmp/ref.text") ||
        { echo "FAIL ($what): the lines before the summary are not the input's first lines"; fail=1; }
done
exit $fail
