#!/usr/bin/env bash
# Issue 13 item 3: a write to a console whose host side is gone fails in the
# guest as on Linux.  A closed pipe gives EPIPE and SIGPIPE (so `yes | head`
# ends, with the shell's 141), a full device ENOSPC; the guest's own
# /dev/full answers ENOSPC too.
# Usage: console_pipe.sh TANDEM
set -u
. "$(dirname "$0")/lib.sh"
tandem=$1

# The guest's yes dies of SIGPIPE once head has gone.
out=$(timeout 60 "$tandem" run -- /usr/bin/yes </dev/null | head -1; echo "status=${PIPESTATUS[0]}")
note "yes | head -1: $(tr '\n' ' ' <<<"$out")"
[[ $out == $'y\nstatus=141' ]] || fail "wanted 'y' and tandem's status 141 (128+SIGPIPE)"

# With SIGPIPE ignored the write fails with EPIPE instead.
err=$(mktemp); trap 'rm -f "$err"' EXIT
timeout 60 "$tandem" run -- /bin/sh -c 'trap "" PIPE; /usr/bin/yes; echo "yes=$?" >&2' </dev/null 2>"$err" | head -1 >/dev/null
note "ignored SIGPIPE: $(tr '\n' ' ' < "$err")"
grep -q "Broken pipe" "$err" || fail "no EPIPE seen by the guest"
grep -q "^yes=1$" "$err" || fail "yes did not fail with status 1"

# stdout on a full device: ENOSPC in the guest.
timeout 60 "$tandem" run -- /bin/sh -c '/bin/echo hi; echo "echo=$?" >&2' </dev/null >/dev/full 2>"$err"
note "stdout on /dev/full: $(tr '\n' ' ' < "$err")"
grep -q "No space left on device" "$err" || fail "no ENOSPC seen by the guest"
grep -q "^echo=1$" "$err" || fail "echo did not fail with status 1"

# The guest's own /dev/full.
timeout 60 "$tandem" run -- /bin/sh -c '/bin/echo hi >/dev/full; echo "echo=$?"' </dev/null >"$err" 2>&1
note "guest /dev/full: $(tr '\n' ' ' < "$err")"
grep -q "No space left on device" "$err" && grep -q "^echo=1$" "$err" || fail "guest /dev/full did not give ENOSPC"
pass
