#!/bin/bash
# A write fault on a page the process is the last user of after fork also
# makes the rest of its 64 KiB block writable (issue 16): the guest
# program `cowwrite` writes BLOCKS whole blocks after its child exited,
# which must take about one fault per block, not one per page, and the
# pages still shared with a living child must still be copied (the child
# reads the values of the fork; the program checks both sides).
# Usage: guest_cow_around.sh TANDEM COWWRITE
set -u
tandem=$1 prog=$2
blocks=16
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail() { echo "FAIL: $*"; echo "--- output"; cat "$out"; exit 1; }
count() { awk -v k="$1" 'index($0, k) { print $NF; exit }' "$out"; }

timeout 120 "$tandem" run --stats -- "$prog" $blocks >"$out" 2>&1
rc=$?
[[ $rc == 0 ]] || fail "rc=$rc"
grep -q "cowwrite: $blocks blocks ok" "$out" || fail "the program did not finish"
taken=$(count "copy-on-write, taken by the last user")
around=$(count "pages made writable beside a copy-on-write fault")
copied=$(count "copy-on-write, copied")
[[ -n $taken && -n $around && -n $copied ]] || fail "the guest kernel's copy-on-write counts are missing from --stats"
pages=$((blocks * 16))
# The shared pass copies every page (one fault each); the own pass takes
# one page per block and the other 15 beside it.  A few faults of the
# C library's own pages (stack, data) come on top.
(( copied >= pages )) || fail "$copied copies for $pages shared pages"
(( around >= blocks * 15 )) || fail "only $around pages made writable beside a fault (want >= $((blocks * 15)))"
(( taken < pages / 2 )) || fail "$taken take-over faults for $pages pages (want one per block, < $((pages / 2)))"
echo "ok: $copied copied, $taken taken, $around made writable beside them"
