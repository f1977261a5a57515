#!/usr/bin/env bash
# One table drives codefilter's options (src/cli/optable.c); this holds what lists them to it.
# Every option of the filter that --help lists appears in --help's option list, in the man
# page's .It Fl entries, and among the options of both completions, and each of those lists no
# option but these; every option named anywhere in --help, the man page or the completions is
# one of the table's; and the long options a completion offers a subcommand are those it takes.
#   bash option_table.sh CODEFILTER OPTION_TABLE [SOURCE_DIR]
# OPTION_TABLE is tests/support/option_table.c built: it prints the table, a row a line.
set -u
bin=$1
dump=$2
src=${3:-$(dirname "$0")/..}
fail=0
table=$("$dump") || { echo "FAIL: $dump exited $?"; exit 1; }

# The table's options as words (--name, -X), one a line, sorted: those of rows whose commands
# include $1 ("" for any), and with $2 = listed, only the rows --help lists.
options() {
    awk -v cmd="$1" -v listed="${2:-}" '
        (cmd == "" || index("," $4 ",", "," cmd ",")) && (listed == "" || $3 == 1) {
            print "--" $1
            if ($2 != "-") print "-" $2
        }' <<< "$table" | sort -u
}
# same NAME WANT GOT: WANT and GOT (sorted word lists) are the same set, or say how they differ.
same() {
    local missing extra
    missing=$(comm -23 <(echo "$2") <(echo "$3") | grep -v '^$' | tr '\n' ' ')
    extra=$(comm -13 <(echo "$2") <(echo "$3") | grep -v '^$' | tr '\n' ' ')
    [ -z "$missing" ] || { echo "FAIL: $1 lacks $missing"; fail=1; }
    [ -z "$extra" ] || { echo "FAIL: $1 lists $extra, which the table does not have"; fail=1; }
}
# known NAME GOT: every word of GOT is one of the table's options.
known() {
    local extra
    extra=$(comm -13 <(options "") <(echo "$2" | sort -u) | tr '\n' ' ')
    [ -z "$extra" ] || { echo "FAIL: $1 names $extra, which the table does not have"; fail=1; }
}
words() { tr -s '[:blank:]' '\n' | sed 's/=$//' | grep -E '^--?[A-Za-z]' | sort -u; }

filter=$(options filter listed)
[ "$(wc -l <<< "$filter")" -gt 30 ] || { echo "FAIL: the table has too few rows: $filter"; fail=1; }

# --help: the option list is the lines "  -X, --name..." and "      --name...".
help=$("$bin" --help) || { echo "FAIL: --help exited $?"; fail=1; }
same "--help's option list" "$filter" \
    "$(grep -oE '^  (-[A-Za-z], |    )--[a-z-]+' <<< "$help" | tr -d , | words)"
known "--help" "$(grep -oE '(^|[^a-z-])--?[A-Za-z][a-z-]*' <<< "$help" | grep -oE -- '--?[A-Za-z][a-z-]*$' |
    grep -vE '^-[A-Za-z][a-z]' | sort -u)"

# The man page: ".It Fl v , Fl \-invert-match" and the like.
man=$src/man/codefilter.1
fl() { grep -oE 'Fl (\\-[a-z][a-z-]*|[A-Za-z]( |$))' | sed -E 's/^Fl \\-/--/; s/^Fl /-/; s/ $//' | sort -u; }
same "the man page's .It Fl entries" "$filter" "$(grep '^\.It Fl' "$man" | fl)"
known "the man page" "$(fl < "$man")"

# bash: the words of "local opts=..." are the filter's; "list) opts=..." are list's, and so on.
bash_file=$src/completions/codefilter.bash
same "codefilter.bash's options" "$filter" \
    "$(sed -n '/local opts="/,/"$/p' "$bash_file" | sed 's/.*opts="//; s/"$//' | words)"
for cmd in explain list catalogue audit; do
    same "codefilter.bash's options of $cmd" "$(options $cmd | grep -- --)" \
        "$(sed -n "s/^ *$cmd) opts=\"\([^\"]*\)\".*/\1/p" "$bash_file" | words)"
done
known "codefilter.bash" "$(grep -oE -- '(^| |")--[a-z][a-z-]*' "$bash_file" | grep -oE -- '--[a-z-]+' | sort -u)"

# zsh: the specs of the last _arguments are the filter's; those under "list)" are list's, and so on.
zsh_file=$src/completions/_codefilter
zspecs() { grep -oE -- "(--[a-z][a-z-]*|[{(, ]-[A-Za-z][+,})])" | sed -E 's/^[{(, ]//; s/[+,})]$//' | sort -u; }
same "_codefilter's options" "$filter" "$(sed -n '/^esac/,$p' "$zsh_file" | zspecs)"
for cmd in explain list catalogue audit; do
    same "_codefilter's options of $cmd" "$(options $cmd | grep -- --)" \
        "$(awk -v cmd="$cmd" '$0 ~ "^" cmd "\\)" { on = 1 } on { print } on && /return/ { exit }' \
            "$zsh_file" | zspecs)"
done
known "_codefilter" "$(zspecs < "$zsh_file")"
exit $fail
