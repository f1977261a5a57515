#!/usr/bin/env bash
# Rendered messages as a reader sees them: quotes and escapes inside arguments, and bad bytes
# (invalid UTF-8, NUL) as U+FFFD, so that a summary merged again is the same summary.
#   bash renderings_text.sh /path/to/codefilter
set -u
bin=$1
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
printf '%s\n' 'code=010005 msg="merchant'"'"'s id is required"' \
    '{"code":"010005","msg":"caf\u00e9 \"x\" is required"}' > "$tmp/quotes.log"
out=$("$bin" "$tmp/quotes.log")
case $out in *"[010005 validation] merchant's id is required"*) ;; *) echo "FAIL: apostrophe: $out"; fail=1 ;; esac
"$bin" --output=jsonl "$tmp/quotes.log" | sed -n 2p | grep -qF '"args":["café \"x\""],"rendered":"café \"x\" is required"' ||
    { echo "FAIL: JSON escapes: $("$bin" --output=jsonl "$tmp/quotes.log" | sed -n 2p)"; fail=1; }
printf 'msg="\xff is required" code=010005\nmsg="\xfe is required" code=010005\nmsg="a\0b is required" code=010005\n' > "$tmp/bad.log"
"$bin" -c --summary=json "$tmp/bad.log" > "$tmp/one.json"
"$bin" --merge --summary=json "$tmp/one.json" | cmp -s - "$tmp/one.json" ||
    { echo "FAIL: a summary with bad bytes in renderings changes when merged"; fail=1; }
grep -qF '{"rendered":"� is required","args":["�"],"count":2}' "$tmp/one.json" &&
    grep -qF '{"rendered":"a�b is required","args":["a�b"],"count":1}' "$tmp/one.json" ||
    { echo "FAIL: renderings: $(cat "$tmp/one.json")"; fail=1; }
exit $fail
