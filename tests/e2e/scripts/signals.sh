#!/usr/bin/env bash
# SIGINT and SIGTERM mid-stream: codefilter reading a FIFO whose writer stays open has written the
# lines it got; on the signal it passes on the last partial line it read (as it is), prints the
# summary it was asked for, on a line of its own, and exits 128+N (130 SIGINT, 143 SIGTERM).
#   bash signals.sh /path/to/codefilter
set -u
# Job control: background jobs get their own process group and keep SIGINT (a non-interactive
# shell would start them with SIGINT ignored).
set -m
bin=$1
. "$(dirname "$0")/../lib.sh"

one() { # one SIGNAL EXPECTED_STATUS EXPECTED_SUMMARY_LINE OPTION...
    local sig=$1 want=$2 summary=$3
    shift 3
    rm -f "$tmp/in" && mkfifo "$tmp/in" || exit 2
    "$bin" "$@" < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
    pid=$!
    exec 3<> "$tmp/in" # read-write: never blocks, and the writer stays open
    printf 'code=040011 first\nplain second\nthird: status 500000\npartial code=070023' >&3
    if ! wait_for "$tmp/out" "third: status 500000"; then
        echo "FAIL ($sig): the lines written did not come out before the signal"
        fail=1
    fi
    sleep 0.2 # let codefilter get back into its read
    kill -"$sig" "$pid" 2>/dev/null
    wait_exit "$pid"
    if [ "$status" = hung ]; then
        echo "FAIL ($sig): codefilter did not stop within 5 s"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        fail=1
    elif [ "$status" != "$want" ]; then
        echo "FAIL ($sig): exit status $status, expected $want"
        fail=1
    fi
    pid=
    exec 3>&-
    local lines
    lines=$(grep -c '^code=040011 first\|^plain second\|^third: status\|^partial code' "$tmp/out")
    if [ "$lines" != "$expect_lines" ]; then
        echo "FAIL ($sig): expected $expect_lines lines in the output, got $lines"
        fail=1
    fi
    if [ "$expect_lines" = 4 ] &&
        ! grep -q $'^partial code=070023\t\\[070023 validation\\] Card not found$' "$tmp/out"; then
        echo "FAIL ($sig): the partial last line did not come out annotated, on a line of its own"
        fail=1
    fi
    if ! grep -q "$summary" "$tmp/out"; then
        echo "FAIL ($sig): no summary ($summary) in the output:"
        cat "$tmp/out"
        fail=1
    fi
    if [ -s "$tmp/err" ]; then
        echo "FAIL ($sig): unexpected standard error:"
        cat "$tmp/err"
        fail=1
    fi
}

status=
expect_lines=4
one INT 130 '^lines  *4$' -s
one TERM 143 '^{"lines":4,"selected_lines":4,"lines_with_codes":3,"codes_total":3,' --summary=json
expect_lines=1
one INT 130 '^selected lines  *1$' -s --category=server
exit $fail
