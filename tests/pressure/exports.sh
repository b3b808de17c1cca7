#!/usr/bin/env bash
# Issue 13 item 5: exports are nosuid by default (set-user-ID and, on files,
# set-group-ID bits are stripped on create, chmod, write and truncation, as
# virtiofsd's killpriv does), ":suid" keeps them; a directory a host process
# moves out of an export is no longer reachable through it; O_RDONLY|O_TRUNC
# on a ":ro" export fails with EROFS.
# Usage: exports.sh TANDEM RO_TRUNC_PROGRAM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1 ro_trunc=$2
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
mkdir -p "$D/e" "$D/s"
mode() { stat -c %a "$1"; }
run() { timeout 120 "$tandem" run "$@" </dev/null; }

# Default: nosuid.
printf 'x\n' > "$D/e/held"; chmod 4755 "$D/e/held" # a set-user-ID file the host already has
run --bind "$D/e:/e" -- /bin/sh -c 'cd /e && echo hi > f && chmod 4755 f &&
    touch g && chmod 6711 g && mkdir d && chmod 2775 d && echo more >> held' || fail "the guest commands failed"
note "after chmod 4755 f, 6711 g, 2775 d and a write to held (was 4755): f $(mode "$D/e/f"), g $(mode "$D/e/g"), d $(mode "$D/e/d"), held $(mode "$D/e/held")"
[[ $(mode "$D/e/f") == 755 ]] || fail "chmod 4755 left a set-user-ID file on the host"
[[ $(mode "$D/e/g") == 711 ]] || fail "chmod 6711 left set-ID bits on the host"
[[ $(mode "$D/e/d") == 2775 ]] || fail "a directory's set-group-ID bit (group inheritance) should stay"
[[ $(mode "$D/e/held") == 755 ]] || fail "a write did not clear the set-user-ID bit"
# The guest sees what the host has.
out=$(run --bind "$D/e:/e" -- /usr/bin/stat -c %a /e/f)
[[ $out == 755 ]] || fail "the guest sees mode $out"

# ":suid" keeps them (and still works with :rw and :ro).
run --bind "$D/s:/s:rw,suid" -- /bin/sh -c 'cd /s && echo hi > f && chmod 4755 f' || fail "the guest commands failed"
note "with :rw,suid, after chmod 4755: $(mode "$D/s/f")"
[[ $(mode "$D/s/f") == 4755 ]] || fail ":suid did not keep the bit"
out=$(run --bind "$D/s:/s:suid,ro" -- /bin/sh -c 'echo x > /s/new' 2>&1)
note "with :suid,ro, a write: '$out'"
grep -q "Read-only file system" <<<"$out" || fail ":suid,ro is not read-only"

# O_RDONLY|O_TRUNC on a read-only export.
printf 'keep me\n' > "$D/s/data"
out=$(run --bind "$D/s:/s:ro" -- "$ro_trunc" /s/data); st=$?
note "O_RDONLY|O_TRUNC on :ro: status $st, '$out', host file '$(cat "$D/s/data")'"
[[ $st == 0 && $(cat "$D/s/data") == "keep me" ]] || fail "O_RDONLY|O_TRUNC on a read-only export did not fail with EROFS"

# A directory moved out of the export by a host process: names the guest
# had not looked up before fail, and listing it shows nothing (ls treats
# ENOENT from getdents as the end of the directory).  The guest signals
# "ready" on its stdout and waits for a line on its stdin.
mkdir -p "$D/e/sub"; echo inside > "$D/e/sub/known"
mkfifo "$D/to_guest" "$D/from_guest"
timeout 120 "$tandem" run --bind "$D/e:/e" --workdir /e/sub -- /bin/sh -c '
    cat known; echo ready; read line
    if cat late 2>/dev/null; then echo "late: reachable"; else echo "late: unreachable"; fi
    if ls . 2>/dev/null | grep -q known; then echo "list: reachable"; else echo "list: unreachable"; fi' \
    <"$D/to_guest" >"$D/from_guest" 2>&1 &
pid=$!
exec 3>"$D/to_guest" 4<"$D/from_guest"
read -r -t 60 first <&4; read -r -t 60 second <&4
note "guest: '$first', '$second'"
[[ $second == ready ]] || fail "the guest did not get ready"
mkdir "$D/outside"; mv "$D/e/sub" "$D/outside/sub"; echo secret > "$D/outside/sub/late"
echo go >&3
rest=$(cat <&4); wait $pid; st=$?
exec 3>&- 4<&-
note "after the move: $(tr '\n' ' ' <<<"$rest")(status $st)"
grep -q "late: unreachable" <<<"$rest" || fail "a file in the moved-out directory was reachable"
grep -q "list: unreachable" <<<"$rest" || fail "the moved-out directory could still be listed"
pass
