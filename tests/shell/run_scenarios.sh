#!/bin/bash
# Runs tests/shell/scenarios.sh with /bin/sh natively and in the guest and
# requires identical output.  Usage: run_scenarios.sh TANDEM
set -u
tandem=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/native" "$work/guest"
timeout 60 /bin/sh "$here/scenarios.sh" "$work/native" > "$work/native.out" 2>&1
timeout 120 "$tandem" run --bind "$work/guest:/scratch" -- /bin/sh "$here/scenarios.sh" /scratch > "$work/guest.out" 2>&1
rc=$?
if ! diff -u "$work/native.out" "$work/guest.out"; then
    echo "FAIL: shell scenarios differ (guest exit $rc)"
    exit 1
fi
echo "ok: $(wc -l < "$work/native.out") lines identical"
