#!/bin/bash
# Console input that arrives while the guest is busy reaches the reader: one
# guest process spins in user mode (it never exits to the VM process), the
# shell waits in `read`.  Before vmproc's input watch the line stayed in
# tandem's stdin until the spinning process ended (never).
# Usage: guest_input_busy.sh TANDEM [extra tandem run options...]
set -u
tandem=$1; shift
fail() { echo "FAIL: $*"; exit 1; }
log=$(mktemp); trap 'rm -f "$log"' EXIT
out=$( (sleep 1; echo hi) | timeout 60 "$tandem" run --stats "$@" -- /bin/sh -c \
    '(while :; do :; done) & read x; echo "got $x"; kill $!' 2>"$log"); rc=$?
[[ $rc == 0 && $out == "got hi" ]] || { cat "$log"; fail "rc=$rc out='$out' (124 = the input never reached the guest)"; }
grep -E "console input raised while the guest ran|raised by other vmproc threads" "$log"
echo ok
