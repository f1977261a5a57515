# bench/lib.sh - sourced by the benchmark scripts from the top of the clone (not a benchmark
# itself): the runs per command (RUNS, default 5), the data directory and the binary.
runs=${RUNS:-5}
data=bench/data
bin=build/release/codefilter
mkdir -p "$data"

# install_missing TOOL...: installs with apt-get the Debian packages of the tools (commands, or
# "time" for /usr/bin/time, or a -dev package name) that this machine lacks.
install_missing() {
    local tool missing=() pkgs=()
    for tool in "$@"; do
        case $tool in
        time) [ -x /usr/bin/time ] || missing+=(time) ;;
        *-dev) dpkg -s "$tool" > /dev/null 2>&1 || missing+=("$tool") ;;
        *) command -v "$tool" > /dev/null || missing+=("$tool") ;;
        esac
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    echo "installing: ${missing[*]}" >&2
    for tool in "${missing[@]}"; do
        case $tool in
        rg) pkgs+=(ripgrep) ;; cc) pkgs+=(gcc) ;; *) pkgs+=("$tool") ;;
        esac
    done
    apt-get update -qq && apt-get install -y -qq "${pkgs[@]}" > /dev/null
}
