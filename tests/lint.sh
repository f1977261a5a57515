#!/usr/bin/env bash
# Static analysis, as CI runs it: clang-tidy with the checks chosen in .clang-tidy, then cppcheck
# with the suppressions in tests/cppcheck.supp, over src/, tests/unit/, tests/fuzz/ and bench/.
# Any finding fails the run (exit status 1). A finding that is not a bug is marked where it stands
# with its reason (NOLINTNEXTLINE(check): ..., or cppcheck-suppress ID ; ...).
# Configures build/lint (Debug, unit tests and fuzz targets, clang; nothing is built) for the
# compile database. About 110 s of CPU time, spread over the cores.
#   bash tests/lint.sh        (JOBS=N clang-tidy processes at once; default: one per core)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-$(nproc)}
for tool in clang-tidy cppcheck clang cmake; do
    if ! command -v "$tool" >/dev/null; then
        echo "lint: $tool is missing (apt-get install -y clang-tidy cppcheck clang cmake)" >&2
        exit 2
    fi
done
status=0

export build=build/lint
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DCF_TESTS=ON \
    -DCF_FUZZ=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

# One file per clang-tidy process: clang-tidy 14's valist checker misses va_start in every file
# after the first of a run, and reports each vsnprintf as using an uninitialised va_list.
# Output is held until the file is done, so that parallel runs do not interleave.
tidy() {
    local out
    if ! out=$(clang-tidy --quiet "$@" 2>&1); then
        printf '%s\n' "$out" | grep -v '^[0-9]* warnings\? generated\.$' >&2
        return 1
    fi
}
export -f tidy
echo "clang-tidy $(clang-tidy --version | sed -n 's/.*LLVM version //p'): src, tests/unit, tests/fuzz, bench"
# src, the unit tests and the fuzz targets with their flags from the compile database (the
# generated embedded.c is left out); bench/ as bench/run.sh builds it, with cc's default C.
printf '%s\n' src/*/*.c tests/unit/*.c tests/fuzz/*.c |
    xargs -P "$jobs" -I{} bash -c 'tidy -p "$build" "$1"' _ {} || status=1
printf '%s\n' bench/*.c | xargs -P "$jobs" -I{} bash -c 'tidy "$1" -- -std=gnu17' _ {} || status=1

# Not in parallel (-j): that would turn off cppcheck's whole-program checks.
echo "$(cppcheck --version): src, tests/unit, tests/fuzz, bench"
cppcheck --enable=warning,style,performance,portability,information --inline-suppr \
    --suppressions-list=tests/cppcheck.supp --error-exitcode=1 --quiet --template=gcc \
    --std=c11 --library=posix --library=gnu -D_GNU_SOURCE -DCF_SOURCE_DIR='"."' \
    $(printf -- '-I %s ' src/*/) \
    --include=tests/cppcheck-criterion.h src tests/unit tests/fuzz bench || status=1

if [ "$status" -eq 0 ]; then
    echo "lint: no findings (${SECONDS}s)"
else
    echo "lint: findings above (${SECONDS}s)" >&2
fi
exit "$status"
