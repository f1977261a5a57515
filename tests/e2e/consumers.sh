# consumers.sh - sourced by the end-to-end scripts that drive real consumers of codefilter (a shell
# on a terminal, node_exporter, sshd): a scratch directory $tmp, $fail, the commands in $at_exit
# and the daemons in $pids (ended on exit, before $tmp is removed), need, free_port and wait_until.
# Not a test itself (outside e2e/scripts).
# shellcheck shell=bash disable=SC2034 # fail is the sourcing script's
tmp=$(mktemp -d) || exit 2
fail=0
pids=()
at_exit=()
cleanup() {
    local c p
    for c in "${at_exit[@]}"; do eval "$c"; done
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# need TOOL...: each TOOL is a command, or a file when it holds a '/'. When one is missing, the test
# fails under CI (CI set, and not false or 0); elsewhere it is skipped: exit 77, which CTest
# reports as skipped, not passed.
need() {
    local t missing=
    for t; do
        case $t in
        */*) [ -e "$t" ] || missing+=" $t" ;;
        *) command -v "$t" >/dev/null || missing+=" $t" ;;
        esac
    done
    [ -z "$missing" ] && return 0
    case ${CI:-} in
    '' | false | 0) echo "SKIP: not installed:$missing (see .ci/run's apt-get line)"; exit 77 ;;
    *) echo "FAIL: not installed:$missing (see .ci/run's apt-get line)"; exit 1 ;;
    esac
}

# free_port ADDRESS: prints a TCP port on ADDRESS (127.x.y.z) that nothing listens on now.
free_port() {
    python3 -c 'import socket, sys
s = socket.socket()
s.bind((sys.argv[1], 0))
print(s.getsockname()[1])' "$1"
}

# wait_until SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds (status 0), or gives up
# after SECONDS (status 1).
wait_until() {
    local end=$((SECONDS + $1))
    shift
    until "$@"; do
        [ "$SECONDS" -lt "$end" ] || return 1
        sleep 0.1
    done
}
