#!/usr/bin/env bash
# The bash and zsh completions load, and bash completes formats, categories and subcommands when
# called by hand (completions_tty.sh presses TAB in the real shells).
#   bash completions.sh /path/to/codefilter
set -u
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
fail=0
complete_words() { # complete_words WORD... : what bash completes for the last word
    COMP_WORDS=(codefilter "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _codefilter
    echo "${COMPREPLY[*]}"
}
# shellcheck source=/dev/null
source "$src/completions/codefilter.bash" || { echo "FAIL: bash completion does not load"; exit 1; }
[ "$(complete_words --summary=j)" = "--summary=json" ] || { echo "FAIL: --summary=j -> $(complete_words --summary=j)"; fail=1; }
[ "$(complete_words --category=server,cl)" = "--category=server,client" ] || { echo "FAIL: --category=server,cl -> $(complete_words --category=server,cl)"; fail=1; }
case " $(complete_words ex) " in *" explain "*) ;; *) echo "FAIL: subcommand"; fail=1 ;; esac
[ "$(complete_words catalogue im)" = "import" ] || { echo "FAIL: catalogue im"; fail=1; }
case " $(complete_words --su) " in *" --summary= "*) ;; *) echo "FAIL: options"; fail=1 ;; esac
[ "$(complete_words au)" = "audit" ] || case " $(complete_words au) " in *" audit "*) ;; *) echo "FAIL: audit"; fail=1 ;; esac
[ "$(complete_words audit --format=j)" = "--format=json" ] || { echo "FAIL: audit --format=j -> $(complete_words audit --format=j)"; fail=1; }
case " $(complete_words --since=1) " in *" --since=1h "*) ;; *) echo "FAIL: --since=1 -> $(complete_words --since=1)"; fail=1 ;; esac
[ "$(complete_words --by)" = "--by-file" ] || { echo "FAIL: --by -> $(complete_words --by)"; fail=1; }
case " $(complete_words --add) " in *" --add-patterns= "*) ;; *) echo "FAIL: --add-patterns"; fail=1 ;; esac
if command -v zsh >/dev/null; then
    zsh -fc "fpath=($src/completions \$fpath); autoload -Uz compinit && compinit -u -D && autoload -Uz _codefilter && whence -w _codefilter" \
        > /tmp/cf-zsh.$$ 2>&1 || { echo "FAIL: zsh completion does not load: $(cat /tmp/cf-zsh.$$)"; fail=1; }
    grep -q '_codefilter: function' /tmp/cf-zsh.$$ || { echo "FAIL: zsh: $(cat /tmp/cf-zsh.$$)"; fail=1; }
    zsh -n "$src/completions/_codefilter" || { echo "FAIL: zsh syntax"; fail=1; }
    rm -f /tmp/cf-zsh.$$
else
    echo "zsh is not installed (apt-get install zsh)"
    fail=1
fi
exit $fail
