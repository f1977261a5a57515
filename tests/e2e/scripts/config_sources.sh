#!/usr/bin/env bash
# Where extra catalogues and patterns come from: flag > environment (CODEFILTER_CATALOGUE,
# CODEFILTER_PATTERNS) > config file ($XDG_CONFIG_HOME/codefilter/config) > the built-in ones.
#   bash config_sources.sh /path/to/codefilter
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: a test runs it from /
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
fail=0
mkcat() { printf '{"codes": [{"code": "999999", "category": "server", "message": "%s"}]}\n' "$2" > "$tmp/$1"; }
mkcat flag.json "from the flag"
mkcat env.json "from the environment"
mkcat config.json "from the config file"
mkdir -p "$tmp/xdg/codefilter"
# A comment after white space ends the value; a '#' inside a path is the path's own.
mkdir -p "$tmp/dir#1"
mv "$tmp/config.json" "$tmp/dir#1/config.json"
printf '# codefilter settings\ncatalogue = %s   # extra codes\n\npatterns=%s\n' "$tmp/dir#1/config.json" "$tmp/p.pcre" > "$tmp/xdg/codefilter/config"
printf 'x=(?<code>\\d{6})\n' > "$tmp/p.pcre"
run() { printf 'x=999999 code=040011\n' | env -u CODEFILTER_CATALOGUE -u CODEFILTER_PATTERNS "$@" 2>&1; }
out=$(run XDG_CONFIG_HOME="$tmp/xdg" "$bin")
case $out in *"from the config file"*) ;; *) echo "FAIL: config file: $out"; fail=1 ;; esac
case $out in *"[040011"*) echo "FAIL: the config file's patterns were not used: $out"; fail=1 ;; esac
out=$(run XDG_CONFIG_HOME="$tmp/xdg" CODEFILTER_CATALOGUE="$tmp/env.json" "$bin")
case $out in *"from the environment"*) ;; *) echo "FAIL: environment over config: $out"; fail=1 ;; esac
out=$(run XDG_CONFIG_HOME="$tmp/xdg" CODEFILTER_CATALOGUE="$tmp/env.json" "$bin" --catalogue="$tmp/flag.json")
case $out in *"from the flag"*) ;; *) echo "FAIL: flag over environment: $out"; fail=1 ;; esac
out=$(run XDG_CONFIG_HOME="$tmp/none" "$bin")
case $out in *"[999999"*|*"from the"*) echo "FAIL: built-in only: $out"; fail=1 ;; *"[040011 validation]"*) ;; *) echo "FAIL: built-in only: $out"; fail=1 ;; esac
out=$(run XDG_CONFIG_HOME="$tmp/xdg" CODEFILTER_PATTERNS="/nonexistent.pcre" "$bin")
case $out in *"codefilter: /nonexistent.pcre: No such file or directory"*) ;; *) echo "FAIL: bad environment file: $out"; fail=1 ;; esac
# A relative path is under the config file's directory, wherever codefilter runs; "~/" is $HOME.
mkdir -p "$tmp/xdg/codefilter/extra" "$tmp/home/cf"
mkcat rel.json "relative to the config file"
mv "$tmp/rel.json" "$tmp/xdg/codefilter/extra/rel.json"
printf 'catalogue = extra/rel.json\n' > "$tmp/xdg/codefilter/config"
out=$(cd / && env XDG_CONFIG_HOME="$tmp/xdg" "$bin" explain 999999 2>&1)
case $out in *"relative to the config file"*) ;; *) echo "FAIL: relative path in the config file: $out"; fail=1 ;; esac
mkcat home.json "under the home directory"
mv "$tmp/home.json" "$tmp/home/cf/home.json"
printf 'catalogue = ~/cf/home.json\n' > "$tmp/xdg/codefilter/config"
out=$(env XDG_CONFIG_HOME="$tmp/xdg" HOME="$tmp/home" "$bin" explain 999999 2>&1)
case $out in *"under the home directory"*) ;; *) echo "FAIL: ~ in the config file: $out"; fail=1 ;; esac
# A path that cannot be read is reported with the config file and line that named it.
printf '# settings\npatterns = missing.pcre\n' > "$tmp/xdg/codefilter/config"
out=$(run XDG_CONFIG_HOME="$tmp/xdg" "$bin")
status=$?
[ "$out" = "codefilter: $tmp/xdg/codefilter/config:2: patterns $tmp/xdg/codefilter/missing.pcre: No such file or directory" ] ||
    { echo "FAIL: a missing path from the config file: $out"; fail=1; }
printf 'colour = always\n' > "$tmp/xdg/codefilter/config"
out=$(run XDG_CONFIG_HOME="$tmp/xdg" "$bin")
status=$?
[ "$out" = "codefilter: $tmp/xdg/codefilter/config:1: unknown setting 'colour' (use catalogue = PATH or patterns = PATH)" ] ||
    { echo "FAIL: unknown setting: $out"; fail=1; }
printf 'catalogue =   # to be filled in\n' > "$tmp/xdg/codefilter/config"
out=$(run XDG_CONFIG_HOME="$tmp/xdg" "$bin")
[ "$out" = "codefilter: $tmp/xdg/codefilter/config:1: 'catalogue' has no path" ] ||
    { echo "FAIL: a setting without a path: $out"; fail=1; }
exit $fail
