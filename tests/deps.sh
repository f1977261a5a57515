#!/usr/bin/env bash
# The shape of src/: each folder is a stage, and its files' #include lines only reach the folders
# it may use, so that dependencies run one way (base <- read, lookup <- find <- count, write <-
# report <- run <- cli). Also: every source file is named in the README's map, and the map names
# no file that is gone; no header name is used twice (an #include names a file by its base name).
#   bash tests/deps.sh [SOURCE_DIR]
set -u
cd "${1:-$(dirname "$0")/..}" || exit 2
fail=0

# The folders each folder may include, besides itself.
declare -A may=(
    [base]=""
    [read]="base"
    [lookup]="base"
    [find]="base lookup"
    [count]="base lookup find"
    [write]="base lookup find"
    [report]="base lookup find count read"
    [run]="base lookup find count write read"
    [cli]="base lookup find count write read report run"
)
declare -A home
for f in src/*/*.[ch]; do
    dir=${f#src/}
    dir=${dir%%/*}
    [ -n "${may[$dir]+set}" ] || { echo "FAIL: $f is in a folder with no rule: $dir"; fail=1; }
    name=${f##*/}
    [ -z "${home[$name]:-}" ] || { echo "FAIL: two files named $name: ${home[$name]} and $dir"; fail=1; }
    home[$name]=$dir
done
ls src/*.[ch] > /dev/null 2>&1 && { echo "FAIL: files outside the stage folders: $(ls src/*.[ch])"; fail=1; }

for f in src/*/*.[ch]; do
    dir=${f#src/}
    dir=${dir%%/*}
    while IFS= read -r header; do
        to=${home[$header]:-}
        [ -n "$to" ] || continue # a generated or system header
        [ "$to" = "$dir" ] && continue
        case " ${may[$dir]} " in
        *" $to "*) ;;
        *) echo "FAIL: $f includes $header: $dir may not reach $to"; fail=1 ;;
        esac
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f")
done

# The README's map: a line "src/STAGE/FILE.c" for every .c file, and none for a file that is gone.
map=$(sed -n '/^## Layout/,/^## /p' README.md)
for f in src/*/*.c; do
    grep -q "^$f " <<< "$map" || { echo "FAIL: README's map does not name $f"; fail=1; }
done
for f in $(grep -o '^src/[a-z]*/[a-z_]*\.c' <<< "$map"); do
    [ -f "$f" ] || { echo "FAIL: README's map names $f, which does not exist"; fail=1; }
done
for d in src/*/; do
    d=${d%/}
    grep -q "^  ${d#src/}/ " <<< "$map" || { echo "FAIL: README's tree does not name $d"; fail=1; }
    [ -f "$d/README.md" ] || { echo "FAIL: $d has no README.md saying what flows in and out"; fail=1; }
done
exit $fail
