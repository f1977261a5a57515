# annotate.awk - the annotation a user would script in awk, for comparison: find codes after
# "code", "status" or "error", look them up in a TSV catalogue (code, category, message) and
# append them to the line.
#   mawk -f bench/annotate.awk catalogue.tsv api.log
NR == FNR {
    split($0, f, "\t")
    cat[f[1]] = f[2]
    msg[f[1]] = f[3]
    next
}
{
    out = $0
    rest = $0
    while (match(rest, /([Cc]ode|[Ss]tatus|error)[^0-9A-Za-z]+[0-9][0-9][0-9][0-9][0-9][0-9]/)) {
        code = substr(rest, RSTART + RLENGTH - 6, 6)
        if (code in cat)
            out = out "\t[" code " " cat[code] "] " msg[code]
        else
            out = out "\t[" code " unknown] not in the catalogue"
        rest = substr(rest, RSTART + RLENGTH)
    }
    print out
}
