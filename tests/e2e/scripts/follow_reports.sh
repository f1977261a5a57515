#!/usr/bin/env bash
# Long-running follow: --summary-interval writes the summary so far periodically, replacing the
# --summary-file whole; SIGHUP reloads the catalogue without losing counts, and a broken new
# catalogue keeps the old one and says why; SIGHUP reads the config file again.
#   bash follow_reports.sh /path/to/codefilter
set -u
set -m
bin=$1
. "$(dirname "$0")/../lib.sh"
wait_match=-G

# 1. --summary-interval with a summary file.
mkfifo "$tmp/in"
"$bin" --summary=json --summary-interval=1s --summary-file="$tmp/sum.json" < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3<> "$tmp/in"
printf 'a code=040011\nb code=500000\n' >&3
wait_for "$tmp/sum.json" '"lines":2,' || { echo "FAIL: no periodic summary of 2 lines"; fail=1; }
printf 'c code=500000\n' >&3
wait_for "$tmp/sum.json" '"lines":3,' || { echo "FAIL: the periodic summary was not replaced"; fail=1; }
[ "$(wc -l < "$tmp/sum.json")" = 1 ] || { echo "FAIL: the summary file holds more than one summary"; fail=1; }
exec 3>&-
wait "$pid"
status=$?
pid=
[ "$status" = 0 ] || { echo "FAIL: status $status"; fail=1; }
grep -q '"lines":3,.*"code":"500000","category":"server","message":"Internal server error","count":2' "$tmp/sum.json" || { echo "FAIL: final summary"; fail=1; }
[ "$(wc -l < "$tmp/out")" = 3 ] || { echo "FAIL: stdout should hold the 3 lines only"; fail=1; }

# 2. SIGHUP reloads the catalogue.
cat > "$tmp/cat.json" <<'CAT'
{"codes": [{"code": "999999", "category": "server", "message": "first message"}]}
CAT
rm -f "$tmp/in" && mkfifo "$tmp/in"
"$bin" -s --catalogue="$tmp/cat.json" < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3<> "$tmp/in"
printf 'x code=999999\n' >&3
wait_for "$tmp/out" 'first message' || { echo "FAIL: first catalogue not used"; fail=1; }
cat > "$tmp/cat.json" <<'CAT'
{"codes": [{"code": "999999", "category": "client", "message": "second message"}]}
CAT
kill -HUP "$pid"
wait_for "$tmp/err" 'codefilter: reloaded 97 codes and 3 patterns' || { echo "FAIL: no reload note: $(cat "$tmp/err")"; fail=1; }
printf 'y code=999999\n' >&3
wait_for "$tmp/out" 'y code=999999.*second message' || { echo "FAIL: the new catalogue is not used"; fail=1; }
echo '{"codes": [' > "$tmp/cat.json"
kill -HUP "$pid"
wait_for "$tmp/err" "codefilter: reload: $tmp/cat.json:1:12: not valid JSON (keeping the catalogue and patterns in use)" ||
    { echo "FAIL: broken catalogue: $(cat "$tmp/err")"; fail=1; }
printf 'z code=999999\n' >&3
wait_for "$tmp/out" 'z code=999999.*second message' || { echo "FAIL: the kept catalogue is not used"; fail=1; }
exec 3>&-
wait "$pid"
pid=
grep -qE '^lines +3$' "$tmp/out" || { echo "FAIL: counts were lost across reloads"; fail=1; }
# Counts stay under the category they were counted in: the code is listed once per category.
grep -qE '^999999  client +2  second message$' "$tmp/out" || { echo "FAIL: code counts: $(grep 999999 "$tmp/out" | tail -2)"; fail=1; }
grep -qE '^999999  server +1  second message$' "$tmp/out" || { echo "FAIL: code counts: $(grep 999999 "$tmp/out" | tail -2)"; fail=1; }

# 3. A JSON summary written across a SIGHUP that moves a code to another category merges again,
# under either catalogue, into the same figures.
printf '%s\n' '{"codes": [{"code": "999999", "category": "server", "message": "first message"}]}' > "$tmp/cat.json"
rm -f "$tmp/in" && mkfifo "$tmp/in"
"$bin" --summary-file="$tmp/sum.json" --summary=json --catalogue="$tmp/cat.json" < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3<> "$tmp/in"
printf '2025-09-02T10:15:32Z x code=999999\n2025-09-02T10:15:33Z x code=500000\n' >&3
wait_for "$tmp/out" 'x code=500000' || { echo "FAIL: lines before the reload not read"; fail=1; }
cp "$tmp/cat.json" "$tmp/old.json"
printf '%s\n' '{"codes": [{"code": "999999", "category": "client", "message": "second message"}]}' > "$tmp/cat.json"
kill -HUP "$pid"
wait_for "$tmp/err" 'codefilter: reloaded' || { echo "FAIL: no reload note: $(cat "$tmp/err")"; fail=1; }
printf '2025-09-02T11:15:32Z y code=999999\n' >&3
exec 3>&-
wait "$pid"
pid=
grep -q '"categories":{"success":0,"validation":0,"client":1,"server":2,"unknown":0}' "$tmp/sum.json" ||
    { echo "FAIL: categories after the reload: $(cat "$tmp/sum.json")"; fail=1; }
for c in old cat; do
    "$bin" --merge --summary=json --catalogue="$tmp/$c.json" "$tmp/sum.json" > "$tmp/m1.json" 2> "$tmp/merr" ||
        { echo "FAIL: --merge under the $c catalogue refused the summary: $(cat "$tmp/merr")"; fail=1; }
    "$bin" --merge --summary=json --catalogue="$tmp/$c.json" "$tmp/m1.json" > "$tmp/m2.json" 2> "$tmp/merr" ||
        { echo "FAIL: --merge refused its own merge: $(cat "$tmp/merr")"; fail=1; }
    cmp -s "$tmp/m1.json" "$tmp/m2.json" || { echo "FAIL: merging again changed the summary"; fail=1; }
    tr -d '\n' < "$tmp/sum.json" | sed 's/"message":"[^"]*",//g' > "$tmp/a"
    tr -d '\n' < "$tmp/m1.json" | sed 's/"message":"[^"]*",//g' > "$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || { echo "FAIL: the merge under the $c catalogue changed figures:"; cat "$tmp/sum.json" "$tmp/m1.json"; fail=1; }
done

# 4. SIGHUP reads the config file again: a catalogue it names now is loaded, and a config file
# that has gone wrong keeps what is in use and says why, naming the file and line.
mkdir -p "$tmp/xdg/codefilter"
printf '%s\n' '{"codes": [{"code": "999999", "category": "server", "message": "first config"}]}' > "$tmp/xdg/codefilter/a.json"
printf '%s\n' '{"codes": [{"code": "999999", "category": "client", "message": "second config"}]}' > "$tmp/xdg/codefilter/b.json"
printf 'catalogue = a.json\n' > "$tmp/xdg/codefilter/config"
rm -f "$tmp/in" && mkfifo "$tmp/in"
env -u CODEFILTER_CATALOGUE XDG_CONFIG_HOME="$tmp/xdg" "$bin" < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3<> "$tmp/in"
printf 'a code=999999\n' >&3
wait_for "$tmp/out" 'a code=999999.*first config' || { echo "FAIL: the config file's catalogue: $(cat "$tmp/out")"; fail=1; }
printf 'catalogue = b.json\n' > "$tmp/xdg/codefilter/config"
kill -HUP "$pid"
wait_for "$tmp/err" 'codefilter: reloaded' || { echo "FAIL: no reload note: $(cat "$tmp/err")"; fail=1; }
printf 'b code=999999\n' >&3
wait_for "$tmp/out" 'b code=999999.*second config' || { echo "FAIL: SIGHUP did not read the config file again: $(cat "$tmp/out")"; fail=1; }
printf 'catalogue = b.json\ncolour = always\n' > "$tmp/xdg/codefilter/config"
kill -HUP "$pid"
wait_for "$tmp/err" "codefilter: reload: $tmp/xdg/codefilter/config:2: unknown setting 'colour'" ||
    { echo "FAIL: a broken config file on SIGHUP: $(cat "$tmp/err")"; fail=1; }
printf 'c code=999999\n' >&3
wait_for "$tmp/out" 'c code=999999.*second config' || { echo "FAIL: the kept catalogue is not used"; fail=1; }
exec 3>&-
wait "$pid"
pid=
# 5. Summaries written to stderr by --summary-interval stand apart: each starts with a header line
# that gives its time; a report asked for by SIGUSR1 has none (it is asked for at a known time).
rm -f "$tmp/in" && mkfifo "$tmp/in"
"$bin" -c --summary-interval=1s < "$tmp/in" > "$tmp/out" 2> "$tmp/err" &
pid=$!
exec 3<> "$tmp/in"
printf 'a code=040011\n' >&3
wait_for "$tmp/err" '^lines  *1$' || { echo "FAIL: no interval summary on stderr: $(cat "$tmp/err")"; fail=1; }
printf 'b code=500000\n' >&3
wait_for "$tmp/err" '^lines  *2$' || { echo "FAIL: no second interval summary: $(cat "$tmp/err")"; fail=1; }
exec 3>&-
wait "$pid"
pid=
headers=$(grep -c '^codefilter: summary at [0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]\{3\}Z$' "$tmp/err")
summaries=$(grep -c '^lines  *[0-9]' "$tmp/err")
[ "$headers" -ge 2 ] && [ "$headers" = "$summaries" ] ||
    { echo "FAIL: $headers headers for $summaries interval summaries: $(head -3 "$tmp/err")"; fail=1; }
[ "$(head -1 "$tmp/err" | cut -c1-22)" = "codefilter: summary at" ] || { echo "FAIL: stderr does not start with a header"; fail=1; }
exit $fail
