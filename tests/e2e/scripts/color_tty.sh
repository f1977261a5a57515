#!/usr/bin/env bash
# Color: --color=always colors even into a file; under a pseudo-terminal (util-linux `script`),
# --color=auto (and bare --color, and no --color at all) colors unless NO_COLOR is set non-empty or TERM=dumb, and
# --color=never never does. Skips the pty part when `script` is missing.
#   bash color_tty.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
esc=$'\033['
printf 'code=040011 x\nplain\n' > "$tmp/in"

has_escape() { grep -qF -- "$esc" "$1"; }

# Not a terminal: always colors, auto and never do not.
env NO_COLOR= TERM=xterm timeout 10 "$bin" --color=always < "$tmp/in" > "$tmp/out"
has_escape "$tmp/out" || { echo "FAIL: --color=always wrote no ANSI escape"; fail=1; }
env NO_COLOR= TERM=xterm timeout 10 "$bin" --color=auto < "$tmp/in" > "$tmp/out"
has_escape "$tmp/out" && { echo "FAIL: --color=auto colored output that is not a terminal"; fail=1; }

if ! command -v script > /dev/null 2>&1 || ! script --version 2>&1 | grep -q util-linux; then
    echo "SKIP: util-linux script not found; pty checks not run"
    exit $fail
fi

# on_pty OUT ENV... -- ARG...: runs codefilter on a pty with the environment changes given.
on_pty() {
    local out=$1
    shift
    local envs=()
    while [ "$1" != -- ]; do
        envs+=("$1")
        shift
    done
    shift
    local cmd
    cmd=$(printf '%q ' "$bin" "$@")
    env "${envs[@]}" timeout 10 script -qec "$cmd < $(printf '%q' "$tmp/in")" /dev/null \
        < /dev/null > "$out" 2>&1
}

expect() { # expect yes|no LABEL ENV... -- ARG...
    local want=$1 label=$2
    shift 2
    on_pty "$tmp/pty" "$@"
    if ! grep -qa 'code=' "$tmp/pty"; then
        echo "FAIL ($label): no output from codefilter on the pty:"
        cat -A "$tmp/pty" | head -5
        fail=1
        return
    fi
    if has_escape "$tmp/pty"; then
        [ "$want" = yes ] || { echo "FAIL ($label): colored, expected no color"; fail=1; }
    else
        [ "$want" = no ] || { echo "FAIL ($label): not colored, expected color"; fail=1; }
    fi
}

expect no "pty, NO_COLOR=1, --color=auto" -u NO_COLOR NO_COLOR=1 TERM=xterm -- --color=auto
expect no "pty, NO_COLOR=1, no --color" -u NO_COLOR NO_COLOR=1 TERM=xterm --
expect yes "pty, NO_COLOR unset, --color=auto" -u NO_COLOR TERM=xterm -- --color=auto
expect yes "pty, NO_COLOR unset, no --color" -u NO_COLOR TERM=xterm --
expect yes "pty, NO_COLOR empty, --color=auto" NO_COLOR= TERM=xterm -- --color=auto
expect no "pty, TERM=dumb, --color=auto" -u NO_COLOR TERM=dumb -- --color=auto
expect yes "pty, NO_COLOR unset, bare --color (auto)" -u NO_COLOR TERM=xterm -- --color
expect no "pty, NO_COLOR=1, bare --color (auto)" -u NO_COLOR NO_COLOR=1 TERM=xterm -- --color
expect no "pty, --color=never" -u NO_COLOR TERM=xterm -- --color=never
expect yes "pty, NO_COLOR=1, --color=always" -u NO_COLOR NO_COLOR=1 TERM=xterm -- --color=always
exit $fail
