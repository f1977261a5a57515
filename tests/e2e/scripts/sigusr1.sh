#!/usr/bin/env bash
# SIGUSR1: codefilter reading a FIFO writes the summary so far to standard error and goes on
# reading; lines written afterwards still come out, and at end of input it exits normally.
#   bash sigusr1.sh /path/to/codefilter
set -u
set -m # background jobs in their own process group, with default signal dispositions
bin=$1
. "$(dirname "$0")/../lib.sh"
wait_match=-E

# run REPORT_REGEX1 REPORT_REGEX2 FINAL_SUMMARY_REGEX OPTION...: two lines, SIGUSR1, one more line, end.
run() {
    local first=$1 second=$2 final=$3
    shift 3
    rm -f "$tmp/in" && mkfifo "$tmp/in" || exit 2
    : > "$tmp/out"
    : > "$tmp/err"
    "$bin" "$@" < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
    pid=$!
    exec 3<> "$tmp/in"
    printf 'code=040011 one\nstatus 500000 two\n' >&3
    if ! wait_for "$tmp/out" "^status 500000 two"; then
        echo "FAIL (${*:-no option}): the first lines did not come out"
        fail=1
    fi
    sleep 0.2 # let codefilter get back into its read
    kill -USR1 "$pid" 2>/dev/null
    if ! wait_for "$tmp/err" "$first" || ! wait_for "$tmp/err" "$second"; then
        echo "FAIL (${*:-no option}): no summary on standard error after SIGUSR1; it has:"
        cat "$tmp/err"
        fail=1
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "FAIL (${*:-no option}): codefilter ended on SIGUSR1"
        fail=1
    fi
    printf 'code=000000 three\n' >&3
    if ! wait_for "$tmp/out" "^code=000000 three"; then
        echo "FAIL (${*:-no option}): a line written after SIGUSR1 did not come out"
        fail=1
    fi
    exec 3>&- # end of input
    wait_exit "$pid"
    if [ "$status" = hung ]; then
        echo "FAIL (${*:-no option}): codefilter did not end within 5 s of the end of its input"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        fail=1
    elif [ "$status" != 0 ]; then
        echo "FAIL (${*:-no option}): exit status $status, expected 0"
        fail=1
    fi
    pid=
    if [ -n "$final" ] && ! grep -qE -- "$final" "$tmp/out"; then
        echo "FAIL (${*:-no option}): the final summary lacks '$final'"
        fail=1
    fi
    # the report went to standard error only, once
    local n
    n=$(grep -cE -- "$first" "$tmp/err")
    if [ "$n" != 1 ]; then
        echo "FAIL (${*:-no option}): expected one report on standard error, found $n"
        fail=1
    fi
    if grep -qE -- "$first" "$tmp/out"; then
        echo "FAIL (${*:-no option}): the SIGUSR1 report went to standard output"
        fail=1
    fi
}

status=
# without -s: the report is a text summary of the two lines read so far
run '^lines +2$' '^Server Errors +1$' ''
# with --summary=json: the report is JSON, and the final summary on standard output counts 3
run '^\{"lines":2,"selected_lines":2,' '"server":1,' '^\{"lines":3,"selected_lines":3,' --summary=json
exit $fail
