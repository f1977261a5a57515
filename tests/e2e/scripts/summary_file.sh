#!/usr/bin/env bash
# --summary-file: the summary goes to the file, replaced whole; standard output keeps only lines;
# a file that cannot be written is an error (message, status 2), not silence.
#   bash summary_file.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
printf 'a code=040011\nplain\nb code=500000\n' > "$tmp/in"
echo "old contents" > "$tmp/sum.json"
"$bin" --summary=json --summary-file="$tmp/sum.json" "$tmp/in" > "$tmp/out" 2> "$tmp/err"
[ $? = 0 ] || { echo "FAIL: status"; fail=1; }
[ "$(wc -l < "$tmp/out")" = 3 ] && ! grep -q '"lines"' "$tmp/out" || { echo "FAIL: stdout is not just the lines"; fail=1; }
grep -q '^{"lines":3,"selected_lines":3,"lines_with_codes":2,"codes_total":2,' "$tmp/sum.json" || { echo "FAIL: summary file: $(cat "$tmp/sum.json")"; fail=1; }
[ "$(wc -l < "$tmp/sum.json")" = 1 ] || { echo "FAIL: the old contents were not replaced"; fail=1; }
[ -z "$(ls "$tmp" | grep '\.tmp$')" ] || { echo "FAIL: a temporary file was left"; fail=1; }
"$bin" -c --summary-file="$tmp/sum.txt" "$tmp/in" > "$tmp/out2"
[ ! -s "$tmp/out2" ] || { echo "FAIL: -c with --summary-file printed on stdout"; fail=1; }
grep -qE '^lines +3$' "$tmp/sum.txt" || { echo "FAIL: text summary file"; fail=1; }
# Through a symlink: the link stays a link, its target gets the summary, and keeps its mode.
mkdir "$tmp/real"
echo "old" > "$tmp/real/target.txt"
chmod 0600 "$tmp/real/target.txt"
ln -s real/target.txt "$tmp/link.txt"
"$bin" -c --summary-file="$tmp/link.txt" "$tmp/in" > /dev/null
[ -L "$tmp/link.txt" ] || { echo "FAIL: the symlink was replaced"; fail=1; }
grep -qE '^lines +3$' "$tmp/real/target.txt" || { echo "FAIL: the link target has no summary"; fail=1; }
[ "$(stat -c %a "$tmp/real/target.txt")" = 600 ] || { echo "FAIL: mode not kept: $(stat -c %a "$tmp/real/target.txt")"; fail=1; }
[ -z "$(ls "$tmp/real" | grep '\.tmp$')" ] || { echo "FAIL: a temporary file was left beside the target"; fail=1; }
# A FIFO is written to, not replaced.
mkfifo "$tmp/fifo"
timeout 10 cat "$tmp/fifo" > "$tmp/fromfifo" &
reader=$!
timeout 10 "$bin" -c --summary-file="$tmp/fifo" "$tmp/in" > /dev/null
wait "$reader"
exec 3<> "$tmp/fifo" # unblocks a stuck reader or writer, if any
exec 3>&-
[ -p "$tmp/fifo" ] || { echo "FAIL: the FIFO was replaced"; fail=1; }
grep -qE '^lines +3$' "$tmp/fromfifo" || { echo "FAIL: nothing came through the FIFO"; fail=1; }
"$bin" -c --summary-file="$tmp/no/such/dir/sum" "$tmp/in" > /dev/null 2> "$tmp/err"
status=$?
[ "$status" = 2 ] || { echo "FAIL: unwritable summary file: status $status"; fail=1; }
[ "$(cat "$tmp/err")" = "codefilter: $tmp/no/such/dir/sum: cannot write the summary there: No such file or directory" ] || { echo "FAIL: message: $(cat "$tmp/err")"; fail=1; }
# It is found at the start, before any input is read: a FIFO nobody writes to does not delay it.
mkfifo "$tmp/silent"
timeout 5 "$bin" -c --summary-file="$tmp/no/such/dir/sum" "$tmp/silent" > /dev/null 2>&1
status=$?
[ "$status" = 2 ] || { echo "FAIL: an unwritable summary file is found only at the end (status $status)"; fail=1; }
exit $fail
