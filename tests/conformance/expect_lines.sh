#!/bin/sh
# expect_lines.sh LINE... -- COMMAND...
# Runs COMMAND and requires its output (stdout) to be exactly LINE..., in
# order, and its exit status 0: for the parts of a conformance program whose
# answer is the guest's documented one rather than the host's.
want=$(mktemp); got=$(mktemp)
trap 'rm -f "$want" "$got"' EXIT
while [ $# -gt 0 ] && [ "$1" != -- ]; do printf '%s\n' "$1" >> "$want"; shift; done
shift
timeout 60 "$@" > "$got"
status=$?
if ! diff -u "$want" "$got"; then echo "FAIL: output differs (status $status)"; exit 1; fi
if [ $status != 0 ]; then echo "FAIL: exit status $status"; exit 1; fi
echo "ok: $(wc -l < "$got") lines as documented"
