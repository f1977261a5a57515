#!/usr/bin/env bash
# Builds the .deb, installs it with apt-get (as on a fresh Debian 12), and runs what it installed:
# the binary, the man page, the default catalogue and patterns, the completions.
#   bash tests/package.sh      (as root; it installs the package on this machine)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
(cd build/release && cpack >/dev/null)
deb=$(ls build/release/codefilter_*.deb)
echo "built $deb ($(du -k "$deb" | cut -f1) KB)"
apt-get install -y "./$deb" >/dev/null
trap 'apt-get remove -y codefilter >/dev/null 2>&1 || true' EXIT
fail=0
[ "$(command -v codefilter)" = /usr/bin/codefilter ] || { echo "FAIL: codefilter is not /usr/bin/codefilter"; fail=1; }
codefilter --version | grep -q '^codefilter .*(PCRE2 .*, cJSON .*)$' || { echo "FAIL: --version"; fail=1; }
[ "$(printf 'x code=500000\n' | codefilter)" = "$(printf 'x code=500000\t[500000 server] Internal server error')" ] ||
    { echo "FAIL: the installed binary does not annotate"; fail=1; }
(cd / && codefilter explain 040011 | grep -q 'validation') || { echo "FAIL: explain from /"; fail=1; }
[ "$(man -w codefilter)" = /usr/share/man/man1/codefilter.1.gz ] || [ "$(man -w codefilter)" = /usr/share/man/man1/codefilter.1 ] ||
    { echo "FAIL: man page: $(man -w codefilter)"; fail=1; }
for f in /usr/share/codefilter/codes.json /usr/share/codefilter/default.pcre \
    /usr/share/bash-completion/completions/codefilter /usr/share/zsh/vendor-completions/_codefilter; do
    [ -s "$f" ] || { echo "FAIL: $f is missing"; fail=1; }
done
cmp -s /usr/share/codefilter/codes.json catalogue/codes.json || { echo "FAIL: installed catalogue differs"; fail=1; }
# From source (cmake --install, under /usr/local): the completions go where bash and zsh look.
stage=$(mktemp -d)
DESTDIR=$stage cmake --install build/release >/dev/null
for f in /usr/local/bin/codefilter /usr/local/share/bash-completion/completions/codefilter \
    /usr/local/share/zsh/site-functions/_codefilter; do
    [ -s "$stage$f" ] || { echo "FAIL: cmake --install did not write $f"; fail=1; }
done
if command -v zsh >/dev/null; then
    zsh -fc 'print -l $fpath' | grep -qx /usr/local/share/zsh/site-functions ||
        { echo "FAIL: zsh does not look in /usr/local/share/zsh/site-functions"; fail=1; }
fi
rm -rf "$stage"
[ $fail = 0 ] && echo "package: installed and ran"
exit $fail
