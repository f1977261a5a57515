#!/usr/bin/env bash
# --since and --until on a file of many chunks (over 512 KiB): a line without a time takes the
# time of the line before it, also across the chunks the threads would read, so --threads=1 and
# --threads=4 give the same output, summary and exit status, byte for byte; so does the same file
# read from a pipe. The HTML summary shows the window and the per-file counts.
#   bash window_threads.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
# 2026-11-30 from 00:00, a line every 3 s, every fourth followed by a stack trace of three
# untimed lines (one with a code), so that untimed lines stand at chunk edges.
awk 'BEGIN {
    for (i = 0; i < 24000; i++) {
        t = i * 3; h = int(t / 3600); m = int(t % 3600 / 60); s = t % 60
        printf "2026-11-30T%02d:%02d:%02dZ ERROR request %d failed code=%s amount=500000\n", h, m, s, i, (i % 3 ? "500000" : "040011")
        if (i % 4 == 0)
            printf "java.lang.IllegalStateException: upstream code=503000\n  at com.example.Pay.run(Pay.java:%d)\n  at com.example.Main.main(Main.java:7)\n", i
    }
}' > "$tmp/big.log"
size=$(stat -c %s "$tmp/big.log")
[ "$size" -gt 524288 ] || { echo "FAIL: the file is only $size bytes"; fail=1; }
run() { # run NAME ARGS...: the output, stderr and status of codefilter ARGS
    local name=$1
    shift
    "$bin" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
    echo $? > "$tmp/$name.status"
}
same() { # same A B: the runs A and B gave the same
    for part in out err status; do
        cmp -s "$tmp/$1.$part" "$tmp/$2.$part" || { echo "FAIL: $1 and $2 differ in $part"; fail=1; }
    done
}
window=(--since=2026-11-30T03:00:01 --until=2026-11-30T17:00)
for opts in "" "-s" "-c --summary=json --by-file" "--errors --output=jsonl" "-v"; do
    # shellcheck disable=SC2086
    run one --threads=1 "${window[@]}" $opts "$tmp/big.log"
    # shellcheck disable=SC2086
    run four --threads=4 "${window[@]}" $opts "$tmp/big.log"
    same one four
    # shellcheck disable=SC2086
    "$bin" --threads=4 "${window[@]}" $opts < "$tmp/big.log" > "$tmp/pipe.out" 2> "$tmp/pipe.err"
    echo $? > "$tmp/pipe.status"
    if [ "$opts" != "-c --summary=json --by-file" ]; then # the file's name differs
        same one pipe
    fi
done
# What the window selects: the first line is the one written at 03:00:03 (03:00:00 is before
# since), and the stack trace after a selected line goes with it.
run one --threads=1 "${window[@]}" "$tmp/big.log"
first=$(head -1 "$tmp/one.out" | cut -c1-20)
[ "$first" = "2026-11-30T03:00:03Z" ] || { echo "FAIL: first line selected: $first"; fail=1; }
expected=$(awk '/^2026/ { in_w = $1 >= "2026-11-30T03:00:01Z" && $1 < "2026-11-30T17:00:00Z" } in_w' "$tmp/big.log" | wc -l)
got=$(wc -l < "$tmp/one.out")
[ "$got" = "$expected" ] || { echo "FAIL: $got lines selected, expected $expected"; fail=1; }
"$bin" -c --summary=html --by-file "${window[@]}" "$tmp/big.log" > "$tmp/report.html"
grep -q '<p id="window">Lines selected from 2026-11-30T03:00:01.000Z (inclusive) until 2026-11-30T17:00:00.000Z (exclusive).</p>' "$tmp/report.html" ||
    { echo "FAIL: the HTML report does not show the window"; fail=1; }
grep -q '<table id="files">' "$tmp/report.html" || { echo "FAIL: the HTML report has no files"; fail=1; }
# A file name that Prometheus' label syntax must escape: the exposition still checks.
if command -v promtool >/dev/null; then
    cp "$tmp/big.log" "$tmp/web \"2\"\\x.log"
    "$bin" -c --summary=prometheus --by-file "${window[@]}" "$tmp/big.log" "$tmp/web \"2\"\\x.log" |
        promtool check metrics || { echo "FAIL: promtool check metrics"; fail=1; }
else
    echo "promtool is not installed (apt-get install prometheus)"
    fail=1
fi
exit $fail
