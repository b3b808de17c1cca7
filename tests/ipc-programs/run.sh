#!/bin/bash
# Real programs that use sockets, epoll, event files, pipes and ptys (issue 14):
# Python's socket/selectors/asyncio (over socketpairs and loopback TCP/UDP) and pty, node,
# bash process substitution, script.
# Each runs natively and in the guest; outputs and statuses must match.
# Usage: run.sh TANDEM
set -u
tandem=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# compare NAME COMMAND...: the command natively, then in the guest.
compare() {
    local name=$1; shift
    timeout 120 "$@" > "$work/native" 2>&1; local nrc=$?
    timeout 300 "$tandem" run --workdir / -- "$@" > "$work/guest" 2>&1; local grc=$?
    if ! diff -u "$work/native" "$work/guest" > "$work/diff" || [[ $nrc != "$grc" ]]; then
        echo "FAIL $name (native rc=$nrc, guest rc=$grc)"; cat "$work/diff"; fail=1
    else
        echo "ok $name ($(wc -l < "$work/native") lines, rc=$nrc)"
    fi
}

# The guest sees the host's / read-only: the scripts are at the same path.
cd /
compare python-asyncio /usr/bin/python3 "$here/asyncio_echo.py"
compare bash-process-substitution /bin/bash -c 'cat <(echo one) <(echo two); diff <(seq 3) <(seq 3) && echo same; while read l; do echo "got $l"; done < <(printf "a\nb\n")'
# Pseudo-terminals: Python's os.openpty and pty.spawn, util-linux's script.
compare python-pty /usr/bin/python3 "$here/pty_spawn.py"
compare script /usr/bin/script -qc 'echo hi; tty | cut -c1-9' /dev/null
if command -v node > /dev/null; then
    compare node-event-loop "$(command -v node)" "$here/node_events.js"
else
    echo "node: not installed (apt-get install nodejs)"; fail=1
fi
# Internet sockets on loopback: asyncio TCP and UDP, http.server and urllib.
compare python-tcp-loopback /usr/bin/python3 "$here/tcp_loopback.py"
# A destination outside the guest fails at once (natively the host's routes decide).
out=$(timeout 60 "$tandem" run -- /usr/bin/python3 -c 'import socket
try:
    socket.create_connection(("10.0.0.1", 80), timeout=30)
except OSError as e:
    print("inet:", e.errno)' 2>&1)
if [[ $out == "inet: 101" ]]; then echo "ok inet-enetunreach"; else echo "FAIL inet-enetunreach: $out"; fail=1; fi
exit $fail
