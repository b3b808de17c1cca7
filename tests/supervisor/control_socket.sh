#!/bin/bash
# The control socket itself: mode 0600 in a 0700 directory, garbage and
# over-long requests get an error or a closed connection and the VM runs on,
# the socket is removed at exit, and `tandem ps` removes the socket of a VM
# process that died without removing it.
# Usage: control_socket.sh TANDEM
set -u
tandem=$1
fail() { echo "FAIL: $*"; exit 1; }
source "$(dirname "$0")/vm_lib.sh"

"$tandem" run --mode user -- /bin/sh -c 'sleep 30' </dev/null >/dev/null 2>"$work/err" &
pid=$!
sock=
for _ in $(seq 100); do
    sock=$(ls "$XDG_RUNTIME_DIR"/tandem/*-"$pid".sock 2>/dev/null) && break
    sleep 0.1
done
[[ -n $sock ]] || fail "no control socket"
[[ $(stat -c %a "$XDG_RUNTIME_DIR/tandem") == 700 ]] || fail "directory mode $(stat -c %a "$XDG_RUNTIME_DIR/tandem")"
[[ $(stat -c %a "$sock") == 600 ]] || fail "socket mode $(stat -c %a "$sock")"

python3 - "$sock" <<'PY' || fail "garbage requests"
import json, socket, sys
def ask(data):
    s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1])
    out = b""
    try:
        s.sendall(data)
        while not out.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk: break
            out += chunk
    except (BrokenPipeError, ConnectionResetError):
        pass
    finally:
        s.close()
    return out
for bad in [b"garbage\n", b"{\n", b"\xff\xfe\n", b'{"command":"reboot"}\n', b'{"command":7}\n']:
    r = json.loads(ask(bad))
    assert r["ok"] is False and r["error"], (bad, r)
assert ask(b"x" * 100000) in (b"",), "an over-long line must close the connection"
r = json.loads(ask(b'{"command":"info"}\n'))
assert r["ok"] is True and r["pid"] > 0, r
PY
kill -0 "$pid" || fail "the VM died from garbage requests"
"$tandem" top "$pid" | grep -q ' sleep$' || fail "top after garbage requests"

kill -TERM "$pid"; wait "$pid"; pid=
[[ -e $sock ]] && fail "socket left after exit"

# A socket whose process is gone is removed by ps.
python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$XDG_RUNTIME_DIR/tandem/dead00-999999.sock" \
    || fail "cannot plant a stale socket"
"$tandem" ps >/dev/null || fail "ps"
[[ -e $XDG_RUNTIME_DIR/tandem/dead00-999999.sock ]] && fail "ps left a stale socket"
echo ok
