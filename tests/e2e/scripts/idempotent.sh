#!/usr/bin/env bash
# codefilter never reads its own annotations as codes: on every file in samples/ (the labelled sets
# as plain logs too), running it on its own output changes nothing, f(f(x)) = f(x), in text and
# in JSON-lines output, and -c on the annotated output gives the summary of the original.
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
. "$(dirname "$0")/../lib.sh"
samples=("$src"/samples/*.log "$src"/samples/*.jsonl)
cut -f2- "$src/samples/labelled/lines.tsv" | grep -v '^# shape' > "$tmp/dev.log"
cut -f2- "$src/samples/labelled/heldout/lines.tsv" | grep -v '^# shape' > "$tmp/heldout.log"
cut -f2- "$src/samples/labelled/heldout2/lines.tsv" | grep -v '^# shape' > "$tmp/heldout2.log"
samples+=("$tmp/dev.log" "$tmp/heldout.log" "$tmp/heldout2.log")
for f in "${samples[@]}"; do
    name=$(basename "$f")
    "$bin" "$f" > "$tmp/once"
    "$bin" "$tmp/once" > "$tmp/twice"
    cmp -s "$tmp/once" "$tmp/twice" || { echo "FAIL: $name: text output changes when run again"; fail=1; }
    "$bin" --output=jsonl "$f" > "$tmp/jsonl.once"
    "$bin" --output=jsonl "$tmp/once" > "$tmp/jsonl.twice"
    cmp -s "$tmp/jsonl.once" "$tmp/jsonl.twice" ||
        { echo "FAIL: $name: JSON lines of the annotated output differ from the original's"; fail=1; }
    "$bin" -c --summary=json "$f" > "$tmp/count.once"
    "$bin" -c --summary=json "$tmp/once" > "$tmp/count.twice"
    cmp -s "$tmp/count.once" "$tmp/count.twice" ||
        { echo "FAIL: $name: -c on the annotated output gives another summary"; fail=1; }
    grep -q '"codes_total":[1-9]' "$tmp/count.once" || { echo "FAIL: $name: no codes at all"; fail=1; }
done
# The same through a filter and with colours off: tee'd triage output counts as the log does.
"$bin" --errors "$src/samples/api.log" > "$tmp/triage.log"
"$bin" -c --errors --summary=json "$src/samples/api.log" > "$tmp/a"
"$bin" -c --summary=json "$tmp/triage.log" > "$tmp/b"
cmp -s <(grep -o '"codes":.*' "$tmp/a") <(grep -o '"codes":.*' "$tmp/b") ||
    { echo "FAIL: the codes of the --errors output differ from those --errors counts"; fail=1; }
exit $fail
