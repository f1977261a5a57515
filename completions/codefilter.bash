# bash completion for codefilter
_codefilter() {
    local cur prev words cword
    _init_completion -s 2>/dev/null || {
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    }
    local opts="--catalogue= --patterns= --add-patterns= --output= --color --color= --category= --code= --errors
        --invert-match --since= --until= --by-file --summary --summary= --summary-file= --summary-interval= --bucket= --count
        --quiet --max-line= --threads= --merge --help --version -v -s -c -q -j -h -V"
    case $cur in
    --summary=*) COMPREPLY=($(compgen -P --summary= -W "text json csv markdown prometheus html" -- "${cur#--summary=}")); return ;;
    --output=*) COMPREPLY=($(compgen -P --output= -W "text jsonl" -- "${cur#--output=}")); return ;;
    --format=*)
        local f="table json csv"
        [ "${COMP_WORDS[1]}" = audit ] && f="text json"
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
        COMPREPLY=($(compgen -P "$opt=" -f -- "${cur#*=}")); return ;;
    -*)
        [ "${COMP_WORDS[1]}" = audit ] && opts="--catalogue= --patterns= --add-patterns= --format= --help"
        COMPREPLY=($(compgen -W "$opts" -- "$cur")); [[ ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null; return ;;
    esac
    if [ "$COMP_CWORD" = 1 ]; then
        COMPREPLY=($(compgen -W "explain list catalogue audit" -- "$cur") $(compgen -f -- "$cur"))
    elif [ "${COMP_WORDS[1]}" = catalogue ] && [ "$COMP_CWORD" = 2 ]; then
        COMPREPLY=($(compgen -W "import check" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _codefilter codefilter
