#!/bin/bash
# Differential test: runs PROGRAM natively and inside the tandem guest, each
# with its own fresh scratch directory, and requires the same output and the
# same exit status.  Usage: diff_run.sh TANDEM PROGRAM [--scratch]
set -u
tandem=$1 prog=$2 scratch=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/native" "$work/guest"
args=()
[[ $scratch == --scratch ]] && args=("$work/native")
timeout 60 "$prog" "${args[@]}" > "$work/native.out" 2>&1
native_rc=$?
gargs=()
[[ $scratch == --scratch ]] && gargs=(/scratch)
timeout 120 "$tandem" run --bind "$work/guest:/scratch" -- "$prog" "${gargs[@]}" > "$work/guest.out" 2>&1
guest_rc=$?
if ! diff -u "$work/native.out" "$work/guest.out" > "$work/diff"; then
    echo "FAIL: output differs (native rc=$native_rc, guest rc=$guest_rc)"
    cat "$work/diff"
    exit 1
fi
if [[ $native_rc != "$guest_rc" ]]; then
    echo "FAIL: exit status native=$native_rc guest=$guest_rc"
    cat "$work/guest.out"
    exit 1
fi
echo "ok: $(wc -l < "$work/native.out") lines identical, exit status $native_rc"
