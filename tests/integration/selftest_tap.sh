#!/usr/bin/env bash
# The selftest guest must print at least 30 TAP lines, all ok, and exit 0.
tandem=$1
out=$(timeout 60 "$tandem" run --kernel selftest < /dev/null); status=$?
printf '%s\n' "$out"
ok=$(grep -c '^ok [0-9]' <<<"$out"); bad=$(grep -c '^not ok' <<<"$out")
[[ $bad -eq 0 ]] || { echo "FAIL: $bad checks failed"; exit 1; }
[[ $ok -ge 30 ]] || { echo "FAIL: only $ok ok lines"; exit 1; }
[[ $status -eq 0 ]] || { echo "FAIL: exit status $status"; exit 1; }
echo "PASS: $ok checks"
