# lib.sh - sourced by end-to-end scripts: a scratch directory $tmp, the background codefilter's
# $pid (killed on exit, with descriptors 3 and 4 closed), $fail and bad to set it, and waits that
# give up after 5 s. Not a test itself (outside e2e/scripts).
tmp=$(mktemp -d) || exit 2
pid=
fail=0
cleanup() {
    [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
    exec 3>&- 4<&- 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

# bad MESSAGE: reports a failure and makes the script fail at its end.
bad() {
    echo "FAIL: $*"
    fail=1
}

# wait_for FILE PATTERN: waits up to 5 s for FILE to match PATTERN, a fixed string unless the
# script sets wait_match to grep's -G (basic regex) or -E (extended regex).
wait_for() {
    for _ in $(seq 100); do
        grep -q "${wait_match:--F}" -- "$2" "$1" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}

# wait_exit PID: waits up to 5 s for PID to end; sets status to its exit status, or "hung".
wait_exit() {
    for _ in $(seq 100); do
        if ! kill -0 "$1" 2>/dev/null; then
            wait "$1"
            status=$?
            return
        fi
        sleep 0.05
    done
    status=hung
}

# catching_usr1 PID: whether PID has a handler for SIGUSR1 (signal 10: bit 9 of SigCgt).
catching_usr1() {
    local mask
    mask=$(awk '/^SigCgt:/ { print $2 }' "/proc/$1/status" 2>/dev/null) && [ -n "$mask" ] &&
        (((16#$mask >> 9) & 1))
}
