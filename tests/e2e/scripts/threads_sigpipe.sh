#!/usr/bin/env bash
# --threads and a reader that goes away (codefilter big.log | head): a write into the closed pipe
# ends codefilter as it ends one thread, by SIGPIPE (status 141, nothing on standard error), or,
# when SIGPIPE is ignored, by the write error, whichever of the threads writes. (The threads the
# pool starts used to block SIGPIPE with the other signals: a write of theirs failed with EPIPE
# instead, "codefilter: write error: Broken pipe" and status 2.)
#   bash threads_sigpipe.sh /path/to/codefilter
set -u
bin=$1
src=$(cd "$(dirname "$0")/../../.." && pwd)
export LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0

: > "$tmp/in"
while [ "$(stat -c %s "$tmp/in")" -lt 8000000 ]; do
    cat "$src/samples/day.log" "$src/samples/api.jsonl" >> "$tmp/in"
done

# closed N OPTION...: codefilter's status and standard error when its output is a pipe that no one
# reads (the reader ends at once).
closed() {
    local n=$1
    shift
    "$bin" --threads="$n" "$@" "$tmp/in" 2> "$tmp/err" | (exec 0<&-; true)
    echo "status ${PIPESTATUS[0]}"
    cat "$tmp/err"
}

for opts in "--category=server" "--errors --output=jsonl" ""; do
    # shellcheck disable=SC2086
    closed 1 $opts > "$tmp/one"
    for n in 4 8; do
        for _ in 1 2 3 4 5; do
            # shellcheck disable=SC2086
            closed $n $opts > "$tmp/many"
            if ! cmp -s "$tmp/one" "$tmp/many"; then
                echo "FAIL: '$opts' --threads=$n into a closed pipe: $(tr '\n' ' ' < "$tmp/many")," \
                    "--threads=1: $(tr '\n' ' ' < "$tmp/one")"
                fail=1
                break
            fi
        done
    done
done
exit $fail
