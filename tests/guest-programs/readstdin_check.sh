#!/usr/bin/env bash
# readstdin_check.sh TANDEM READSTDIN: input arrives in two bursts (the
# guest's read blocks in between); the output is the input upper-cased.
tandem=$1; prog=$2
out=$( (printf 'hello\n'; sleep 0.3; printf 'world\n') | timeout 60 "$tandem" run -- "$prog"); status=$?
printf '%s\n' "$out"
[[ $status -eq 0 ]] || { echo "FAIL: exit status $status"; exit 1; }
[[ $out == $'HELLO\nWORLD' ]] || { echo "FAIL: unexpected output"; exit 1; }
echo "PASS"
