#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 60) with a seed corpus made from the project's own
# samples, catalogue, patterns and end-to-end inputs. A crash is saved under build/fuzz/crashes/
# and fails the run: turn it into a regression test.
#   bash tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
work=build/fuzz/corpus
mkdir -p "$work/line" "$work/catalogue" "$work/patterns" "$work/import" "$work/merge" build/fuzz/crashes
split -l 20 -a 4 samples/api.log "$work/line/api-"
split -l 20 -a 4 samples/api.jsonl "$work/line/jsonl-"
for f in tests/e2e/cases/*/stdin; do cp "$f" "$work/line/$(basename "$(dirname "$f")")"; done
cp catalogue/codes.json "$work/catalogue/"
for f in tests/e2e/cases/catalogue_*/*.json; do cp "$f" "$work/catalogue/$(basename "$(dirname "$f")").json"; done
cp patterns/default.pcre patterns/words tests/fuzz/regressions/*.pcre "$work/patterns/"
cp catalogue/reference.txt tests/fuzz/regressions/import-* "$work/import/"
cp tests/fuzz/regressions/merge-* "$work/merge/"
for f in tests/e2e/cases/import_*/*; do [ -f "$f" ] && cp "$f" "$work/import/$(basename "$(dirname "$f")")-$(basename "$f")"; done
build/release/codefilter -c --summary=json samples/api.log > "$work/merge/api.json" 2>/dev/null || true
build/release/codefilter -c --summary=json samples/day.log > "$work/merge/day.json" 2>/dev/null || true
for f in tests/e2e/cases/merge_*/stdin; do [ -f "$f" ] && cp "$f" "$work/merge/$(basename "$(dirname "$f")")"; done
cp tests/fuzz/regressions/line-* "$work/line/"
for f in tests/e2e/cases/patterns_*/*.pcre; do cp "$f" "$work/patterns/$(basename "$(dirname "$f")").pcre"; done
status=0
for target in line catalogue patterns import merge; do
    echo "fuzz_$target: ${seconds}s"
    if ! build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 \
        -artifact_prefix=build/fuzz/crashes/ -print_final_stats=0 "$work/$target" \
        > "build/fuzz/$target.log" 2>&1; then
        echo "fuzz_$target found a problem:"
        tail -40 "build/fuzz/$target.log"
        status=1
    else
        grep -E '^#[0-9]+.*(DONE|pulse)' "build/fuzz/$target.log" | tail -1 || true
    fi
done
exit $status
