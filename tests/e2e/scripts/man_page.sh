#!/usr/bin/env bash
# The man page is clean under mandoc -T lint (leaving out the messages about this machine's
# manual database, which say nothing of the page), renders with man -l, and names every option
# that --help lists.
#   bash man_page.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
command -v mandoc >/dev/null || { echo "mandoc is not installed (apt-get install mandoc)"; exit 1; }
fail=0
lint=$(mandoc -T lint "$src/man/codefilter.1" 2>&1 | grep -v 'outdated mandoc.db\|mandoc.db not found\|lacks .* entry')
[ -z "$lint" ] || { echo "FAIL: mandoc -T lint:"; echo "$lint"; fail=1; }
page=$(MANWIDTH=120 man -l "$src/man/codefilter.1" 2>&1) || { echo "FAIL: man -l"; fail=1; }
for opt in $("$bin" --help | grep -o -- '--[a-z-]*' | sort -u); do
    case $page in *"$opt"*) ;; *) echo "FAIL: the man page does not mention $opt"; fail=1 ;; esac
done
exit $fail
