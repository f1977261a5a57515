#!/usr/bin/env bash
# Builds the .deb, checks it with lintian, installs it with apt-get (as on a fresh Debian 12), and
# runs what it installed: the binary, the man page, the default catalogue and patterns, the
# completions, the copyright and changelog.
#   bash tests/package.sh      (as root; it installs the package on this machine)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
(cd build/release && cpack >/dev/null)
deb=$(ls build/release/codefilter_*.deb)
echo "built $deb ($(du -k "$deb" | cut -f1) KB)"
fail=0
# lintian: no error and no warning. What it still says for information, and why it stays:
#   binary-has-unneeded-section .comment, hardening-no-bindnow, hardening-no-fortify-functions:
#     the build's own flags (CMake's release preset), not the package's;
#   package-contains-documentation-outside-usr-share-doc reference.txt: the status-code
#     reference that `codefilter catalogue import` reads, data rather than documentation.
if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 "$deb" > build/release/lintian.txt 2>&1 || true
    if grep -E '^(E|W): ' build/release/lintian.txt; then
        echo "FAIL: lintian reports errors or warnings (above)"
        fail=1
    fi
else
    echo "FAIL: lintian is not installed"
    fail=1
fi
dpkg-deb -f "$deb" Maintainer | grep -qv localhost || { echo "FAIL: maintainer"; fail=1; }
apt-get install -y "./$deb" >/dev/null
trap 'apt-get remove -y codefilter >/dev/null 2>&1 || true' EXIT
[ "$(command -v codefilter)" = /usr/bin/codefilter ] || { echo "FAIL: codefilter is not /usr/bin/codefilter"; fail=1; }
codefilter --version | grep -q '^codefilter .*(PCRE2 .*, cJSON .*)$' || { echo "FAIL: --version"; fail=1; }
[ "$(printf 'x code=500000\n' | codefilter)" = "$(printf 'x code=500000\t[500000 server] Internal server error')" ] ||
    { echo "FAIL: the installed binary does not annotate"; fail=1; }
(cd / && codefilter explain 040011 | grep -q 'validation') || { echo "FAIL: explain from /"; fail=1; }
[ "$(man -w codefilter)" = /usr/share/man/man1/codefilter.1.gz ] || [ "$(man -w codefilter)" = /usr/share/man/man1/codefilter.1 ] ||
    { echo "FAIL: man page: $(man -w codefilter)"; fail=1; }
for f in /usr/share/codefilter/codes.json /usr/share/codefilter/default.pcre \
    /usr/share/doc/codefilter/copyright /usr/share/doc/codefilter/changelog.gz \
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
