#!/usr/bin/env bash
# codefilter audit: on a log with a shape the built-in patterns do not know (<retval>NNNNNN</retval>),
# that shape is flagged as a likely miss, shapes of numbers that are no codes are not, and what was
# taken is counted by rule and key; --add-patterns then takes the shape, and the flag goes.
bin=$1
. "$(dirname "$0")/../lib.sh"
{
    for i in 1 2 3; do
        printf '2025-09-02 10:15:3%d INFO gw - reply <retval>0400%02d</retval> sent\n' "$i" "$((i + 10))"
        printf '[2025-09-02 10:15:3%d +0000] [12345%d] [INFO] Booting worker\n' "$i" "$i"
        printf 'time=2025-09-02T10:15:3%dZ code=500000 errCode=040011\n' "$i"
    done
    printf 'upstream error 040024: Unsupported characters: x\n'
} > "$tmp/log"
"$bin" audit "$tmp/log" > "$tmp/out"
[ $? = 0 ] || { echo "FAIL: audit exit status"; fail=1; }
grep -q '^10 lines, 7 codes taken$' "$tmp/out" || { echo "FAIL: header"; cat "$tmp/out"; fail=1; }
grep -Eq '^ +3  key code$' "$tmp/out" || { echo "FAIL: rule key code not counted"; fail=1; }
grep -Eq '^ +3  key errCode$' "$tmp/out" || { echo "FAIL: rule key errCode not counted"; fail=1; }
grep -Eq '^ +1  phrase error$' "$tmp/out" || { echo "FAIL: rule phrase not counted"; fail=1; }
grep -Eq '^ +3 +3 .*:1 +<retval>NNNNNN</ +<- likely miss$' "$tmp/out" ||
    { echo "FAIL: the unknown shape is not flagged"; cat "$tmp/out"; fail=1; }
grep -E '\[NNNNNN\]' "$tmp/out" | grep -q 'likely miss' && { echo "FAIL: pids flagged"; fail=1; }
"$bin" audit --format=json < "$tmp/log" > "$tmp/json"
grep -q '"shape":"<retval>NNNNNN</","count":3,"catalogue":3,"taken":0,"file":"(standard input)","line":1,"likely_miss":true' "$tmp/json" ||
    { echo "FAIL: json"; cat "$tmp/json"; fail=1; }
echo 'rule mine <retval>(?<code>\d{6})</retval>' > "$tmp/mine.pcre"
"$bin" audit --add-patterns="$tmp/mine.pcre" "$tmp/log" > "$tmp/out2"
grep -q 'likely miss' "$tmp/out2" && { echo "FAIL: still flagged with the added pattern"; fail=1; }
grep -Eq '^ +3  mine$' "$tmp/out2" || { echo "FAIL: the user's rule is not counted"; cat "$tmp/out2"; fail=1; }
"$bin" audit --format=xml "$tmp/log" > /dev/null 2> "$tmp/err"
[ $? = 2 ] || { echo "FAIL: bad format status"; fail=1; }
"$bin" audit "$tmp/nope" > /dev/null 2> "$tmp/err"
[ $? = 2 ] && grep -q "nope: No such file" "$tmp/err" || { echo "FAIL: missing file"; fail=1; }
exit $fail
