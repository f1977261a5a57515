#!/usr/bin/env bash
# grep's habits with grep's formats: -n, -H, -h, -m, -A, -B, -C and -r give, once the
# annotations of the selected lines are taken off, byte for byte what GNU grep gives on the same
# selection (codefilter --code=500000 selects the lines grep 'code=500000' does), with the same
# exit status; context lines go out unannotated and are not counted as selected; in jsonl the same
# facts are members ("file", "line", "context": true); -r reads the files under a directory sorted
# by name, compressed ones decoded, links inside not followed.
#   bash grep_habits.sh /path/to/codefilter
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export LC_ALL=C
. "$(dirname "$0")/../lib.sh" # $tmp, $fail, bad
command -v jq > /dev/null || { echo "FAIL: jq is needed"; exit 1; }

# Logs where the selected lines come alone, in runs, near the start and the end, and touching.
gen() { # gen SEED LINES
    RANDOM=$1
    for ((i = 1; i <= $2; i++)); do
        case $((RANDOM % 7)) in
        0 | 1) echo "2025-09-02T10:00:$((i % 60)) ERROR pay $i code=500000 upstream" ;;
        2) echo "2025-09-02T10:00:$((i % 60)) WARN pay $i code=010008 mismatch" ;;
        *) echo "2025-09-02T10:00:$((i % 60)) INFO pay $i ok" ;;
        esac
    done
}
gen 1 60 > "$tmp/a.log"
gen 2 45 > "$tmp/b.log"
gen 3 9 > "$tmp/c.log"
printf 'INFO first\nINFO second\n' > "$tmp/none.log"
printf 'x code=500000 last line without newline' > "$tmp/open.log"
strip() { sed 's/\t\[[0-9]\{6\} [a-z]*\] .*$//'; }

compare() { # compare "OPTIONS" FILE... (with $stdin, if set, as standard input)
    local opts=$1
    shift
    # shellcheck disable=SC2086 # the options are words
    grep $opts -e 'code=500000' "$@" < "${stdin:-/dev/null}" > "$tmp/grep.out" 2>&1
    local gs=$?
    # shellcheck disable=SC2086
    "$bin" $opts --color=never --code=500000 "$@" < "${stdin:-/dev/null}" > "$tmp/cf.raw" 2>&1
    local cs=$?
    strip < "$tmp/cf.raw" > "$tmp/cf.out"
    cmp -s "$tmp/grep.out" "$tmp/cf.out" ||
        bad "'$opts' on ${*##*/}: output differs from grep's: $(diff "$tmp/grep.out" "$tmp/cf.out" | head -5)"
    [ "$gs" = "$cs" ] || bad "'$opts' on ${*##*/}: exit status $cs, grep's $gs"
}
for opts in "-A1" "-A3" "-B1" "-B2" "-C1" "-C2" "-C4" "-A0" "-B0 -A2" "-A2 -C1" "-C1 -B3" "-m1" \
    "-m2 -A2" "-m3 -B1" "-m1 -C5" "-m0" "-n" "-n -C1" "-n -m2" "-H" "-H -n -A1" "-H -B2" "-h -n -C1" \
    "-v -A1" "-v -n -B1" "-v -m3 -C1"; do
    compare "$opts" "$tmp/a.log"
    compare "$opts" "$tmp/c.log"
    case $opts in
    *-H* | *-h*) compare "$opts" "$tmp/a.log" "$tmp/b.log" "$tmp/none.log" "$tmp/c.log" ;;
    *) compare "-h $opts" "$tmp/a.log" "$tmp/b.log" "$tmp/none.log" "$tmp/c.log" ;;
    esac
done
compare "-h -n -A1" "$tmp/open.log" "$tmp/a.log"
compare "-H -C1" "$tmp/b.log" "$tmp/open.log"
stdin=$tmp/a.log compare "-n" -
stdin=$tmp/a.log compare "-H -n" - # grep and codefilter both call it (standard input)

# Long options, as grep spells them.
grep --line-number --with-filename --max-count=2 --after-context=1 --before-context=1 code=500000 "$tmp/a.log" > "$tmp/grep.out"
"$bin" --line-number --with-filename --max-count=2 --after-context=1 --before-context=1 --code=500000 "$tmp/a.log" | strip > "$tmp/cf.out"
cmp -s "$tmp/grep.out" "$tmp/cf.out" || bad "long options differ from grep's"
grep --context=2 --no-filename code=500000 "$tmp/a.log" "$tmp/b.log" > "$tmp/grep.out"
"$bin" --context=2 --no-filename --code=500000 "$tmp/a.log" "$tmp/b.log" | strip > "$tmp/cf.out"
cmp -s "$tmp/grep.out" "$tmp/cf.out" || bad "--context/--no-filename differ from grep's"

# Selected lines are annotated, context lines are not, and only selected lines are counted.
"$bin" -C1 --color=never --code=500000 "$tmp/a.log" > "$tmp/cf.raw"
[ "$(grep -c $'\t\\[500000 server\\]' "$tmp/cf.raw")" = "$(grep -c code=500000 "$tmp/a.log")" ] ||
    bad "-C1: not every selected line was annotated, or a context line was"
grep -v $'\t\\[' "$tmp/cf.raw" | grep -q 'code=500000' && bad "-C1: a selected line went out as context"
sel=$("$bin" -C2 -c --summary=json --code=500000 "$tmp/a.log" | jq .selected_lines)
[ "$sel" = "$(grep -c code=500000 "$tmp/a.log")" ] || bad "-C2 -c: $sel selected lines counted"
sel=$("$bin" -m3 -A2 -c --summary=json --code=500000 "$tmp/a.log" | jq .selected_lines)
[ "$sel" = 3 ] || bad "-m3 -c: $sel selected lines counted, not 3"
# -m stops each input, not the run: the next file is read.
n=$("$bin" -m1 --code=500000 "$tmp/a.log" "$tmp/b.log" | wc -l)
[ "$n" = 2 ] || bad "-m1 on two files: $n lines, not one from each"

# Colors: grep's (file name magenta, number green, separator cyan) and nothing else changes.
"$bin" -H -n -A1 --color=always --code=500000 "$tmp/c.log" > "$tmp/color"
grep -q $'\33\\[35m'"$tmp/c.log"$'\33\\[m\33\\[36m:\33\\[m\33\\[32m[0-9]*\33\\[m\33\\[36m:' "$tmp/color" ||
    bad "--color=always: the prefix is not in grep's colors"

# jsonl: "file" with -H (and with several files unless -h), "line" always, "context": true.
"$bin" --output=jsonl -H -C1 --code=500000 "$tmp/a.log" > "$tmp/out.jsonl"
jq -e -s 'all(.[]; .file != null and (.line | type) == "number")' "$tmp/out.jsonl" > /dev/null ||
    bad "jsonl -H: an object lacks file or line"
jq -r 'select(.context) | .line' "$tmp/out.jsonl" > "$tmp/ctx"
grep -n -C1 code=500000 "$tmp/a.log" | sed -n 's/^\([0-9][0-9]*\)-.*/\1/p' > "$tmp/grep.ctx"
cmp -s "$tmp/ctx" "$tmp/grep.ctx" || bad "jsonl -C1: the context lines differ from grep's"
jq -e -s 'all(.[]; if .context then .codes == [] else (.codes | length) > 0 end)' "$tmp/out.jsonl" > /dev/null ||
    bad "jsonl -C1: a context line has codes or a selected line has none"
"$bin" --output=jsonl -h --code=500000 "$tmp/a.log" "$tmp/b.log" | jq -e -s 'all(.[]; has("file") | not)' > /dev/null ||
    bad "jsonl -h: objects still name their file"
"$bin" --output=jsonl --code=500000 "$tmp/a.log" "$tmp/b.log" | jq -e -s 'all(.[]; has("file"))' > /dev/null ||
    bad "jsonl, two files: objects do not name their file"

# Bad counts are refused, naming the option.
for o in "-m -1" "-A x" "-B 1.5" "-C -2" "--max-count=" "-m 99999999999999999999999"; do
    # shellcheck disable=SC2086
    "$bin" $o "$tmp/a.log" > /dev/null 2> "$tmp/err"
    status=$?
    [ "$status" = 2 ] && grep -q "^codefilter: " "$tmp/err" || bad "'$o': status $status, $(cat "$tmp/err")"
done
"$bin" -A x "$tmp/a.log" 2>&1 | grep -q "invalid --after-context 'x'" || bad "-A x: message does not name --after-context"
"$bin" --merge -n "$tmp/a.log" 2>&1 | grep -q -- "--line-number" || bad "--merge -n was not refused"

# -r: the files under a directory, sorted by name at each level; compressed ones decoded; a link
# inside not followed; a FIFO inside not read; with no FILE, "." without "./".
mkdir -p "$tmp/logs/b-host" "$tmp/logs/a-host" "$tmp/logs/c"
cp "$tmp/a.log" "$tmp/logs/b-host/api.log"
gzip -c "$tmp/b.log" > "$tmp/logs/b-host/api.log.1.gz"
cp "$tmp/c.log" "$tmp/logs/a-host/api.log"
cp "$tmp/c.log" "$tmp/logs/z.log"
ln -s "$tmp/a.log" "$tmp/logs/c/link.log"
mkfifo "$tmp/logs/c/fifo"
"$bin" -r --code=500000 -c --summary=json "$tmp/logs" > "$tmp/r.json" 2> "$tmp/err" || bad "-r: exit status $?"
cat "$tmp/c.log" "$tmp/a.log" "$tmp/b.log" "$tmp/c.log" | "$bin" --code=500000 -c --summary=json > "$tmp/all.json"
cmp -s "$tmp/r.json" "$tmp/all.json" || bad "-r: the summary is not that of the four files"
"$bin" -r -n --color=never --code=500000 "$tmp/logs" | strip > "$tmp/cf.out"
{
    grep -n -H code=500000 "$tmp/logs/a-host/api.log"
    grep -n -H code=500000 "$tmp/logs/b-host/api.log"
    gzip -dc "$tmp/logs/b-host/api.log.1.gz" | grep -n code=500000 | sed "s|^|$tmp/logs/b-host/api.log.1.gz:|"
    grep -n -H code=500000 "$tmp/logs/z.log"
} > "$tmp/expect"
cmp -s "$tmp/expect" "$tmp/cf.out" || bad "-r -n: $(diff "$tmp/expect" "$tmp/cf.out" | head -5)"
(cd "$tmp/logs" && "$bin" -r --output=jsonl --code=500000) | jq -r .file | uniq > "$tmp/names"
printf '%s\n' a-host/api.log b-host/api.log b-host/api.log.1.gz z.log | cmp -s - "$tmp/names" ||
    bad "-r with no FILE: names $(tr '\n' ' ' < "$tmp/names")"
"$bin" -r -h -n --code=500000 "$tmp/logs/a-host" | grep -q "^[0-9]*:" || bad "-r -h: names still given"
"$bin" -r --code=500000 "$tmp/missing" > /dev/null 2> "$tmp/err"
[ $? = 2 ] && grep -q "missing" "$tmp/err" || bad "-r on a missing path: not an error"

exit $fail
