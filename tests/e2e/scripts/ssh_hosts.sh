#!/usr/bin/env bash
# The README's recipe across hosts, over real ssh: two sshd, "web1" on 127.0.0.2 and "web2" on
# 127.0.0.3 (free ports, host keys and a client key made here, logins by that key only), each
# giving its sessions a different directory of logs. GNU parallel --nonall --sshlogin web1,web2
# runs the built codefilter on each, and codefilter --merge adds up what they print: the merged
# summary equals, byte for byte, one local run over all the logs; each host summed its own.
# Nothing listens beyond 127.0.0.0/8; both sshd are stopped and the keys removed on exit.
#   bash ssh_hosts.sh /path/to/codefilter
set -u
bin=$1
src=${CF_SOURCE_DIR:-$(dirname "$0")/../../..}
# shellcheck source=../consumers.sh
. "$(dirname "$0")/../consumers.sh"
need /usr/sbin/sshd ssh ssh-keygen parallel python3 timeout
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin") # run by absolute path on the "hosts"
user=$(id -un)

# sshd running as root checks its privilege separation directory, which Debian makes at boot.
if [ "$(id -u)" = 0 ]; then
    mkdir -p /run/sshd && chmod 755 /run/sshd
fi
# Without PAM, sshd refuses an account whose password is locked ('!' in /etc/shadow, as root is on
# some installs); with Debian's PAM, a key still logs in.
pam=no
if [ -r /etc/shadow ] &&
    awk -F: -v u="$user" '$1 == u && $2 ~ /^!/ { l = 1 } END { exit !l }' /etc/shadow; then
    pam=yes
fi
ssh-keygen -q -t ed25519 -N '' -C codefilter-test -f "$tmp/client_key" || exit 2
cp "$tmp/client_key.pub" "$tmp/authorized_keys"
cat > "$tmp/ssh_config" <<EOF
Host *
    User $user
    IdentityFile $tmp/client_key
    IdentitiesOnly yes
    UserKnownHostsFile /dev/null
    StrictHostKeyChecking no
    BatchMode yes
    ConnectTimeout 5
    LogLevel ERROR
EOF

# start_host NAME ADDRESS LOG...: an sshd for NAME on ADDRESS whose sessions have CF_LOGS, a
# directory holding the LOGs; NAME is added to ssh_config.
start_host() {
    local name=$1 addr=$2 port
    shift 2
    mkdir -p "$tmp/$name/logs"
    cp "$@" "$tmp/$name/logs/"
    ssh-keygen -q -t ed25519 -N '' -f "$tmp/$name/host_key" || exit 2
    port=$(free_port "$addr") || { echo "FAIL: no free port on $addr"; exit 1; }
    cat > "$tmp/$name/sshd_config" <<EOF
ListenAddress $addr:$port
HostKey $tmp/$name/host_key
PidFile $tmp/$name/sshd.pid
AuthorizedKeysFile $tmp/authorized_keys
AllowUsers $user
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM $pam
PrintMotd no
SetEnv CF_LOGS=$tmp/$name/logs
LogLevel VERBOSE
EOF
    printf 'Host %s\n    HostName %s\n    Port %s\n' "$name" "$addr" "$port" >> "$tmp/ssh_config"
    timeout 60 /usr/sbin/sshd -D -f "$tmp/$name/sshd_config" -E "$tmp/$name/sshd.log" &
    pids+=($!)
    if ! wait_until 10 eval "(exec 3<>/dev/tcp/$addr/$port) 2>/dev/null"; then
        echo "FAIL: sshd for $name does not listen on $addr:$port:"
        sed 's/^/    /' "$tmp/$name/sshd.log"
        exit 1
    fi
}
start_host web1 127.0.0.2 "$src/samples/api.log" "$src/samples/day.log"
start_host web2 127.0.0.3 "$src/samples/api.log"
cp "$src/samples/api.jsonl" "$tmp/web2/logs/api2.log"

# The README's recipe, with this test's ssh, hosts and paths. parallel keeps its files under $tmp.
export HOME=$tmp TMPDIR=$tmp
parallel --ssh "ssh -F $tmp/ssh_config" --nonall --sshlogin web1,web2 \
    "$bin -c --summary=json \$CF_LOGS/*.log" > "$tmp/hosts.json" 2> "$tmp/parallel.err" &&
    "$bin" --merge --summary=json < "$tmp/hosts.json" > "$tmp/all-hosts.json"
status=$?
if [ "$status" != 0 ]; then
    echo "FAIL: the recipe ended with status $status:"
    sed 's/^/    /' "$tmp/parallel.err" "$tmp"/web*/sshd.log
    exit 1
fi

"$bin" -c --summary=json "$tmp"/web1/logs/*.log "$tmp"/web2/logs/*.log > "$tmp/local.json"
cmp -s "$tmp/local.json" "$tmp/all-hosts.json" || {
    echo "FAIL: the merged summary is not the summary of one run over both hosts' logs:"
    diff <(tr ',' '\n' < "$tmp/local.json") <(tr ',' '\n' < "$tmp/all-hosts.json") | head
    fail=1
}
for h in web1 web2; do
    "$bin" -c --summary=json "$tmp/$h"/logs/*.log > "$tmp/$h.json"
    grep -qxFf "$tmp/$h.json" "$tmp/hosts.json" || { echo "FAIL: $h's summary is not its logs'"; fail=1; }
    grep -q "Accepted publickey for $user" "$tmp/$h/sshd.log" || { echo "FAIL: no login on $h"; fail=1; }
done
[ "$(wc -l < "$tmp/hosts.json")" = 2 ] || { echo "FAIL: not one summary a host:"; head -c 300 "$tmp/hosts.json"; fail=1; }
[ -s "$tmp/parallel.err" ] && { echo "FAIL: parallel said:"; cat "$tmp/parallel.err"; fail=1; }
[ "$fail" = 0 ] && echo "web1 and web2 over ssh, merged: $(grep -o '"lines":[0-9]*' "$tmp/all-hosts.json") as one local run"
exit "$fail"
