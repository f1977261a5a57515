#!/usr/bin/env bash
# A signal that arrives while codefilter is waiting to write (its reader is slow: `tail -f log |
# codefilter -s | less`) must not be lost. Here codefilter has read all the input there is, the
# writer of its input stays open, and it is blocked writing its output into a full pipe when the
# signal comes; once the output is read, it must act on the signal at once: SIGINT/SIGTERM end it
# with the summary and status 130/143, SIGUSR1 writes the report to standard error. It must not
# sit in its next read until more input happens to arrive.
#   bash signal_output_blocked.sh /path/to/codefilter
set -u
set -m # background jobs in their own process group, with default signal dispositions
bin=$1
. "$(dirname "$0")/../lib.sh"

i=1
while [ $i -le 1000 ]; do
    echo "line $i code=040011"
    i=$((i + 1))
done > "$tmp/src" # ~21 KB in, ~125 KB out: more than a pipe holds

# alive_after SECONDS: whether $pid is still running after up to SECONDS.
alive_after() {
    for _ in $(seq $(($1 * 20))); do
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.05
    done
    kill -0 "$pid" 2>/dev/null
}

run() { # run SIGNAL EXPECTED_STATUS
    local sig=$1 want=$2
    rm -f "$tmp/in" "$tmp/out"
    mkfifo "$tmp/in" "$tmp/out" || exit 2
    "$bin" -s < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
    pid=$!
    exec 3<> "$tmp/in" 4<> "$tmp/out" # both stay open; nothing reads the output yet
    cat "$tmp/src" >&3
    sleep 0.5 # codefilter reads it all and blocks writing into the full output pipe
    kill -"$sig" "$pid" 2>/dev/null
    sleep 0.2
    timeout 1 cat <&4 > "$tmp/got" # now read its output
    if [ "$sig" = USR1 ]; then
        if ! grep -qE '^lines +1000$' "$tmp/err"; then
            echo "FAIL (USR1): no report on standard error once the output was read (it has $(wc -l < "$tmp/err") lines)"
            fail=1
        fi
        exec 3>&- # end of input
        alive_after 3 && { echo "FAIL (USR1): codefilter did not end at the end of its input"; fail=1; }
    elif alive_after 2; then
        echo "FAIL ($sig): codefilter still running 3 s after the signal, blocked in a read; the signal was lost"
        fail=1
        exec 3>&- # end of input: it ends now; see what it does then
        alive_after 3
        timeout 1 cat <&4 >> "$tmp/got"
    fi
    wait "$pid" 2>/dev/null
    local status=$?
    pid=
    exec 3>&- 4<&-
    if [ "$sig" != USR1 ]; then
        [ "$status" = "$want" ] || { echo "FAIL ($sig): exit status $status, expected $want"; fail=1; }
        grep -qE '^lines +1000$' "$tmp/got" || { echo "FAIL ($sig): no summary in the output"; fail=1; }
    fi
    [ "$(grep -c '^line ' "$tmp/got")" = 1000 ] || { echo "FAIL ($sig): not all 1000 lines came out"; fail=1; }
}

run INT 130
run TERM 143
run USR1 0
exit $fail
