#!/usr/bin/env bash
# --by-file with a file name that holds a line break: the text and Markdown tables keep one row
# per file (the break is written U+FFFD), and JSON keeps the name exactly.
#   bash by_file_names.sh /path/to/codefilter
set -u
bin=$1
export LC_ALL=C
. "$(dirname "$0")/../lib.sh" # $tmp, $fail, bad
nl_name=$tmp/$'a\nb.log'
printf 'code=500000 x\n' > "$nl_name"
printf 'code=010008 y\n' > "$tmp/c.log"
for format in text markdown; do
    "$bin" --by-file -c --summary=$format "$nl_name" "$tmp/c.log" > "$tmp/out" || bad "$format: exit status $?"
    rows=$(grep -c "b\.log" "$tmp/out")
    [ "$rows" = 1 ] && grep -q $'a\xef\xbf\xbdb\\.log' "$tmp/out" ||
        bad "$format: the name with a line break is not one row with U+FFFD: $(grep -n 'b\.log' "$tmp/out")"
    grep -q '^b\.log' "$tmp/out" && bad "$format: a row starts with the second half of a file name"
done
"$bin" --by-file -c --summary=json "$nl_name" "$tmp/c.log" > "$tmp/out.json"
python3 -c '
import json, sys
names = [f["file"] for f in json.load(open(sys.argv[1]))["files"]]
sys.exit(0 if sys.argv[2] in names else 1)' "$tmp/out.json" "$nl_name" || bad "json: the name is not kept exactly"
exit $fail
