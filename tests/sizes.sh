#!/usr/bin/env bash
# Small pieces: no source file over 500 lines and no function over 50, unless a comment says why
# that one reads better whole: for a function, the comment just above it; for a file, its first
# comment. The comment must hold the words "reads better whole".
#   bash tests/sizes.sh [SOURCE_DIR]
set -u
cd "${1:-$(dirname "$0")/..}" || exit 2
python3 - src/*/*.c src/*/*.h << 'PY'
import re, sys

FILE_MAX, FUNCTION_MAX, WHY = 500, 50, "reads better whole"
fail = 0
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    head = re.match(r"\s*/\*.*?\*/", "\n".join(lines), re.S)
    if len(lines) - 1 > FILE_MAX and not (head and WHY in head.group(0)):
        print(f"FAIL: {path}: {len(lines) - 1} lines (at most {FILE_MAX}, or say why in its first comment)")
        fail = 1
    i = 0
    while i < len(lines):
        # A function definition starts at column 0 (clang-format's layout) and its body ends at
        # the first "}" at column 0.
        if re.match(r"^[A-Za-z_].*\($|^[A-Za-z_][^;=]*\)\s*\{$|^[A-Za-z_].*,$", lines[i]) and \
                not lines[i].startswith(("typedef", "struct", "enum", "static const", "#")):
            start = i
            j = i
            while j < len(lines) and not lines[j].endswith("{") and not lines[j].endswith(";"):
                j += 1
            if j < len(lines) and lines[j].endswith("{"):
                k = j
                while k < len(lines) and lines[k] != "}":
                    k += 1
                n = k - start + 1
                above = []
                a = start - 1
                while a >= 0 and (lines[a].startswith(("/*", " *", "//")) or lines[a].endswith("*/")):
                    above.insert(0, lines[a])
                    a -= 1
                if n > FUNCTION_MAX and WHY not in " ".join(above):
                    print(f"FAIL: {path}:{start + 1}: {lines[start][:60]}... is {n} lines "
                          f"(at most {FUNCTION_MAX}, or say why just above it)")
                    fail = 1
                i = k + 1
                continue
        i += 1
sys.exit(fail)
PY
