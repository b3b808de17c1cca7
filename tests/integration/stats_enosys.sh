#!/bin/bash
# An unimplemented system call answers ENOSYS, is counted by the guest
# kernel and is listed by --stats.  Usage: stats_enosys.sh TANDEM PROGRAM
set -u
out=$(timeout 60 "$1" run --stats -- "$2" 2>&1); rc=$?
grep -q "enosys: yes" <<<"$out" || { echo "FAIL: no ENOSYS"; echo "$out"; exit 1; }
grep -qE "system call 333 +2$" <<<"$out" || { echo "FAIL: --stats does not list it"; echo "$out"; exit 1; }
[[ $rc == 0 ]] || { echo "FAIL: rc=$rc"; exit 1; }
echo ok
