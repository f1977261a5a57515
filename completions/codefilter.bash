# bash completion for codefilter
#
# bash splits '--summary=j' into three words at '=' (and 'a:b' at ':'), as COMP_WORDBREAKS says,
# and replaces only the text after the '=' with what is completed. So _codefilter takes the whole
# word (cur, with words and cword counted the same way), _codefilter_reply completes whole words
# ('--summary=json'), and _codefilter cuts off the part bash will not replace ('--summary=').
_codefilter() {
    # shellcheck disable=SC2034 # prev is set by _init_completion, local here
    local cur prev words cword joined=1
    if declare -F _init_completion >/dev/null; then # bash-completion joins the words again
        _init_completion -n =: || return
    elif [[ -v COMP_LINE ]]; then # without it, the line up to the cursor split at blanks
        local line=${COMP_LINE:0:COMP_POINT}
        read -ra words <<<"$line"
        [[ ${#words[@]} = 0 || $line == *[[:space:]] ]] && words+=("")
        cword=$((${#words[@]} - 1))
        cur=${words[cword]}
    else # called by hand with COMP_WORDS that are not split at '=' or ':'
        words=("${COMP_WORDS[@]}") cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]} joined=
    fi
    _codefilter_reply
    [ -n "$joined" ] || return 0
    local rest=$cur i
    [[ $COMP_WORDBREAKS == *=* ]] && rest=${rest##*=}
    [[ $COMP_WORDBREAKS == *:* ]] && rest=${rest##*:}
    for i in "${!COMPREPLY[@]}"; do
        COMPREPLY[i]=${COMPREPLY[i]#"${cur%"$rest"}"}
    done
}

# _codefilter_reply: the completions of the whole word $cur, the cword'th of words, in COMPREPLY.
_codefilter_reply() {
    local opts="--catalogue= --patterns= --add-patterns= --output= --color --color= --category= --code= --errors
        --invert-match --since= --until= --by-file --summary --summary= --summary-file= --summary-interval= --bucket= --count
        --quiet --max-line= --threads= --line-number --with-filename --no-filename --max-count=
        --after-context= --before-context= --context= --recursive --merge --help --version
        -v -s -c -q -j -n -H -h -m -A -B -C -r -V"
    case $cur in
    --summary=*) COMPREPLY=($(compgen -P --summary= -W "text json csv markdown prometheus html" -- "${cur#--summary=}")); return ;;
    --output=*) COMPREPLY=($(compgen -P --output= -W "text jsonl" -- "${cur#--output=}")); return ;;
    --format=*)
        local f="table json csv"
        [ "${words[1]}" = audit ] && f="text json"
        COMPREPLY=($(compgen -P --format= -W "$f" -- "${cur#--format=}")); return ;;
    --color=*) COMPREPLY=($(compgen -P --color= -W "auto always never" -- "${cur#--color=}")); return ;;
    --category=*)
        local done=${cur#--category=} last=${cur##*[=,]}
        done=${done%"$last"}
        COMPREPLY=($(compgen -P "--category=$done" -W "success validation client server unknown" -- "$last"))
        return ;;
    --bucket=*) COMPREPLY=($(compgen -P --bucket= -W "1m 5m 15m 1h 1d" -- "${cur#--bucket=}")); return ;;
    --since=* | --until=*)
        local opt=${cur%%=*}
        COMPREPLY=($(compgen -P "$opt=" -W "15m 30m 1h 2h 1d $(date -u +%Y-%m-%dT%H:%M 2>/dev/null)" -- "${cur#*=}")); return ;;
    --catalogue=* | --patterns=* | --add-patterns=* | --summary-file=*)
        local opt=${cur%%=*}
        COMPREPLY=($(compgen -P "$opt=" -f -- "${cur#*=}")); compopt -o filenames 2>/dev/null; return ;;
    -*)
        case ${words[1]} in # a subcommand's own options
        explain) opts="--catalogue= --help" ;;
        list) opts="--catalogue= --category= --format= --help" ;;
        catalogue) opts="--help" ;;
        audit) opts="--catalogue= --patterns= --add-patterns= --format= --help" ;;
        esac
        COMPREPLY=($(compgen -W "$opts" -- "$cur")); [[ ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null; return ;;
    esac
    if [ "$cword" = 1 ]; then
        COMPREPLY=($(compgen -W "explain list catalogue audit" -- "$cur") $(compgen -f -- "$cur"))
    elif [ "${words[1]}" = catalogue ] && [ "$cword" = 2 ]; then
        COMPREPLY=($(compgen -W "import check" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _codefilter codefilter
