#!/usr/bin/env bash
# catalogue/codes.json is the import of the API status-code reference (catalogue/reference.txt, a
# copy of the document; and the project's shared copy when it is beside the clone): a new edition
# of the document becomes a new catalogue with `codefilter catalogue import`.
#   bash catalogue_sync.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
fail=0
"$bin" catalogue import "$src/catalogue/reference.txt" | cmp -s - "$src/catalogue/codes.json" ||
    { echo "FAIL: catalogue/codes.json is not the import of catalogue/reference.txt"; fail=1; }
shared=$src/../shared/seeds/000_957b2e9d2de9f702.txt
if [ -f "$shared" ]; then
    cmp -s "$shared" "$src/catalogue/reference.txt" ||
        { echo "FAIL: catalogue/reference.txt differs from the shared reference: import it again"; fail=1; }
fi
"$bin" catalogue check "$src/catalogue/codes.json" || { echo "FAIL: the catalogue does not check"; fail=1; }
exit $fail
