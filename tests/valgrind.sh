#!/usr/bin/env bash
# Runs the end-to-end suite with every codefilter run under valgrind memcheck: any memory error or
# leak fails the run (a wrapper makes valgrind exit 99 then, and the case sees the wrong status).
#   bash tests/valgrind.sh      (after a debug build: cmake --preset debug && cmake --build --preset debug)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
cmake --preset debug >/dev/null
cmake --build --preset debug >/dev/null
wrapper=$(mktemp)
trap 'rm -f "$wrapper"' EXIT
cat > "$wrapper" <<WRAP
#!/usr/bin/env bash
exec valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \\
    --show-leak-kinds=definite,indirect $PWD/build/debug/codefilter "\$@"
WRAP
chmod +x "$wrapper"
status=0
for dir in tests/e2e/cases/*/; do
    out=$(bash tests/e2e/run_case.sh "$wrapper" "$dir" 2>&1) || { echo "FAIL ${dir}: $out" | head -20; status=1; }
done
echo "valgrind: $(ls -d tests/e2e/cases/*/ | wc -l) end-to-end cases run under memcheck"
exit $status
