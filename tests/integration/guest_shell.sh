#!/bin/bash
# Issue 3, acceptance 1: a pipeline in the guest's dash, exit statuses, and
# death by SIGSEGV as 139.  Usage: guest_shell.sh TANDEM SEGV_PROGRAM
set -u
tandem=$1 segv=$2
fail() { echo "FAIL: $*"; exit 1; }
out=$(timeout 60 "$tandem" run -- /bin/sh -c 'echo hello | tr a-z A-Z'); rc=$?
[[ $rc == 0 && $out == HELLO ]] || fail "pipeline: rc=$rc out='$out'"
timeout 60 "$tandem" run -- /bin/sh -c 'exit 3'; rc=$?
[[ $rc == 3 ]] || fail "exit 3: rc=$rc"
timeout 60 "$tandem" run -- /bin/sh -c "$segv"; rc=$?
[[ $rc == 139 ]] || fail "SIGSEGV: rc=$rc"
timeout 60 "$tandem" run -- /bin/sh -c 'kill -KILL $$'; rc=$?
[[ $rc == 137 ]] || fail "SIGKILL: rc=$rc"
echo ok
