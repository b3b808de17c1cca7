#!/usr/bin/env bash
# expect_error.sh STATUS TEXT CMD...: CMD must fail with STATUS, print exactly
# one line on stderr containing TEXT, nothing on stdout, and leave no memfd
# or temporary file behind (it is a fresh process; we check it exits cleanly).
want_status=$1; want_text=$2; shift 2
err=$(mktemp); out=$(timeout 20 "$@" 2>"$err" < /dev/null); status=$?
lines=$(wc -l < "$err"); msg=$(cat "$err"); rm -f "$err"
echo "stderr: $msg"
[[ $status -eq $want_status ]] || { echo "FAIL: exit status $status, wanted $want_status"; exit 1; }
[[ $status -lt 128 ]] || { echo "FAIL: died of a signal"; exit 1; }
grep -qF -- "$want_text" <<<"$msg" || { echo "FAIL: message lacks '$want_text'"; exit 1; }
[[ -z "$out" ]] || { echo "FAIL: unexpected stdout: $out"; exit 1; }
# One clear line (a usage hint may follow a usage error).
[[ $lines -ge 1 && $lines -le 2 ]] || { echo "FAIL: $lines lines on stderr"; exit 1; }
echo "PASS"
