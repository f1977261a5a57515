#!/usr/bin/env bash
# The completions where people press TAB: an interactive bash with Debian's bash-completion loaded,
# the same bash without it, and zsh with compinit, each on a terminal (tmux, on a socket of its
# own), with the built codefilter on PATH, in a directory of files whose names would match if
# files were completed. Each completes --summary=<TAB> to the list of summary formats,
# --summary=j<TAB> to --summary=json and --category=server,cl<TAB> to --category=server,client.
# bash splits words at '=' (COMP_WORDBREAKS), which completions.sh, calling the function by hand,
# does not see.
#   bash completions_tty.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
# shellcheck source=../consumers.sh
. "$(dirname "$0")/../consumers.sh"
need tmux bash zsh timeout /usr/share/bash-completion/bash_completion

mkdir -p "$tmp/bin" "$tmp/work" "$tmp/home" "$tmp/zdot"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/bin/codefilter"
touch "$tmp/work/j.log" "$tmp/work/json.txt" "$tmp/work/clients.log" "$tmp/work/server,clients.txt"
cat > "$tmp/bashrc" <<EOF
PS1='cf\$ '
HISTFILE=
source /usr/share/bash-completion/bash_completion || exit 3
source '$src/completions/codefilter.bash' || exit 3
echo "bash \$BASH_VERSION, bash-completion \${BASH_COMPLETION_VERSINFO[*]:-none}"
cd '$tmp/work' || exit 3
EOF
grep -v bash_completion "$tmp/bashrc" > "$tmp/bashrc-plain"
# zsh -f reads no startup file: this is typed in.
cat > "$tmp/zdot/setup.zsh" <<EOF
PS1='cf%% '
fpath=('$src/completions' \$fpath)
autoload -Uz compinit && compinit -u -d '$tmp/zdot/.zcompdump'
cd '$tmp/work' && print "zsh \$ZSH_VERSION, _codefilter: \$_comps[codefilter]"
EOF

# The tmux server's socket is under $tmp; its shells end within 60 s whatever happens to this
# script, and the server with them.
unset TMUX
export TMUX_TMPDIR=$tmp
tm() { tmux -L codefilter-test -f /dev/null "$@"; }
at_exit+=('tm kill-server 2>/dev/null')
shell_env=(env -i "HOME=$tmp/home" "ZDOTDIR=$tmp/zdot" "PATH=$tmp/bin:/usr/bin:/bin" TERM=screen
           LANG=C.UTF-8 timeout 60)
if ! tm new-session -d -s bash -x 200 -y 50 "${shell_env[*]} bash --noprofile --rcfile $tmp/bashrc -i" ||
    ! tm new-session -d -s plain -x 200 -y 50 "${shell_env[*]} bash --noprofile --rcfile $tmp/bashrc-plain -i" ||
    ! tm new-session -d -s zsh -x 200 -y 50 "${shell_env[*]} zsh -f -i"; then
    echo "FAIL: tmux did not start"
    exit 1
fi
tm send-keys -t zsh -l "source $tmp/zdot/setup.zsh"
tm send-keys -t zsh Enter

# on_screen SESSION PATTERN: whether the screen of SESSION has a line matching the extended regular
# expression PATTERN; the screen is left in $tmp/screen.
on_screen() {
    tm capture-pane -p -t "$1" | grep -v '^$' > "$tmp/screen"
    grep -Eq -- "$2" "$tmp/screen"
}
# expect_screen SESSION WHAT PATTERN: waits up to 5 s for the screen to match; else says what is there.
expect_screen() {
    wait_until 5 on_screen "$1" "$3" && return 0
    echo "FAIL: $1: $2; the screen:"
    sed 's/^/    /' "$tmp/screen"
    fail=1
    return 1
}
# keys SESSION TEXT KEY...: on a cleared line and screen, types TEXT, then presses the KEYs.
keys() {
    local s=$1 text=$2
    shift 2
    tm send-keys -t "$s" C-u C-l
    wait_until 5 on_screen "$s" '^cf[$%]$' || { echo "FAIL: $s: no empty prompt"; fail=1; }
    tm send-keys -t "$s" -l "$text"
    tm send-keys -t "$s" "$@"
}

expect_screen bash "bash-completion is loaded" '^bash [0-9.]+.*, bash-completion [0-9]' &&
    grep -E '^bash [0-9]' "$tmp/screen"
expect_screen plain "bash starts" '^bash [0-9.]+.*, bash-completion none'
expect_screen zsh "compinit knows _codefilter" '^zsh [0-9.]+, _codefilter: _codefilter$' &&
    grep -E '^zsh [0-9]' "$tmp/screen"
for s in bash plain zsh; do
    # bash lists on the second TAB; zsh lists on the first and would insert one on the second.
    tabs=(Tab Tab)
    [ "$s" = zsh ] && tabs=(Tab)
    keys "$s" "codefilter --summary=" "${tabs[@]}"
    if expect_screen "$s" "--summary=<TAB> lists the formats" '^csv +html +json +markdown +prometheus +text$' &&
        { grep -E 'j\.log|json\.txt|clients' "$tmp/screen" ||
            ! grep -Eq '^cf[$%] codefilter --summary=$' "$tmp/screen"; }; then
        echo "FAIL: $s: --summary=<TAB> lists files or changes the line:"
        sed 's/^/    /' "$tmp/screen"
        fail=1
    fi
    keys "$s" "codefilter --summary=j" Tab
    expect_screen "$s" "--summary=j<TAB> completes json" '^cf[$%] codefilter --summary=json$'
    keys "$s" "codefilter --category=server,cl" Tab
    # zsh shows the ',' for one more category, gone when a space is typed.
    expect_screen "$s" "--category=server,cl<TAB> completes client" '^cf[$%] codefilter --category=server,client,?$'
    keys "$s" "codefilter -c --summary=json --category=va" Tab
    expect_screen "$s" "--category=va<TAB> after other options" '^cf[$%] codefilter -c --summary=json --category=validation,?$'
done
[ "$fail" = 0 ] && echo "bash (with and without bash-completion) and zsh complete formats and categories on a terminal"
exit "$fail"
