#!/usr/bin/env bash
# Latency: with no option at all, lines written one at a time into a pipe come out of the pipe on
# the other end at once (each within 1 s, generous), not when a buffer fills or the input ends.
# Checked in text mode and in jsonl mode, with a line that has a code and one that has none.
#   bash latency.sh /path/to/codefilter
set -u
bin=$1
. "$(dirname "$0")/../lib.sh"

run() { # run OPTION...
    mkfifo "$tmp/in" "$tmp/out" || exit 2
    "$bin" "$@" < "$tmp/in" > "$tmp/out" &
    pid=$!
    # Opened read-write, the FIFOs never block here; codefilter's output goes into a pipe.
    exec 3<> "$tmp/in" 4<> "$tmp/out"
    local i line expect
    for i in 1 2 3 4 5; do
        if [ $((i % 2)) = 1 ]; then
            printf 'line %d code=040011\n' "$i" >&3
            expect="line $i code=040011"
        else
            printf 'line %d without a code\n' "$i" >&3
            expect="line $i without a code"
        fi
        if ! IFS= read -r -t 1 line <&4; then
            echo "FAIL (${*:-no option}): line $i did not come out within 1 s"
            fail=1
            break
        fi
        case $line in
        *"$expect"*) ;;
        *)
            echo "FAIL (${*:-no option}): line $i came out as: $line"
            fail=1
            ;;
        esac
    done
    exec 3>&- 4<&-
    # end of input: codefilter ends
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "FAIL (${*:-no option}): codefilter did not end within 5 s of the end of its input"
        fail=1
    fi
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    pid=
    rm -f "$tmp/in" "$tmp/out"
}

run
run --output=jsonl
exit $fail
