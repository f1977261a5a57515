#!/usr/bin/env bash
# Runs one end-to-end case: codefilter with the case's arguments and input, in the case's
# directory, compared byte for byte with the expected stdout, stderr and exit status.
#   run_case.sh BINARY CASE_DIR
# A case directory holds:
#   args      arguments, one per line (optional; none when absent)
#   stdin     the input (optional; empty when absent)
#   stdout    the expected standard output (optional; empty when absent)
#   stderr    the expected standard error (optional; empty when absent)
#   status    the expected exit status (optional; 0 when absent)
#   env       VAR=value lines added to the environment (optional)
set -u
bin=$1
dir=$2
cd "$dir" || exit 2
args=()
if [ -f args ]; then
    mapfile -t args < args
fi
envs=(NO_COLOR= TERM=xterm)
if [ -f env ]; then
    mapfile -t more < env
    envs+=("${more[@]}")
fi
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
input=/dev/null
[ -f stdin ] && input=stdin
env "${envs[@]}" "$bin" "${args[@]}" < "$input" > "$out" 2> "$err"
status=$?
fail=0
expected_status=$(cat status 2>/dev/null || echo 0)
if [ "$status" != "$expected_status" ]; then
    echo "exit status: expected $expected_status, got $status"
    fail=1
fi
for stream in stdout stderr; do
    actual=$out
    [ "$stream" = stderr ] && actual=$err
    expected=/dev/null
    [ -f "$stream" ] && expected=$stream
    if ! cmp -s "$expected" "$actual"; then
        echo "$stream differs (expected, then actual):"
        diff -u "$expected" "$actual" | cat -A | head -40
        fail=1
    fi
done
exit $fail
