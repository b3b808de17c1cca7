#!/usr/bin/env bash
# expect.sh STATUS TEXT CMD...: runs CMD, requires exit STATUS and TEXT in its
# output (stdout and stderr: the guest kernel's own messages go to stderr).
want_status=$1; want_text=$2; shift 2
out=$(timeout 60 "$@" < /dev/null 2>&1); status=$?
printf '%s\n' "$out"
[[ $status -eq $want_status ]] || { echo "FAIL: exit status $status, wanted $want_status"; exit 1; }
grep -qF -- "$want_text" <<<"$out" || { echo "FAIL: output lacks '$want_text'"; exit 1; }
echo "PASS"
