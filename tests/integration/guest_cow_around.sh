#!/bin/bash
# Copy-on-write by the block (issue 16).  A write fault on a page still
# shared after fork copies the written pages of its 64 KiB block with it,
# into one run; a write fault on a page the process is the last user of
# makes the rest of its block writable.  The guest program `cowwrite`
# writes BLOCKS whole blocks while a child still shares them (one fault
# per block, every page copied: the child must still read the values of
# the fork, the program checks both sides), then again after the child
# exited (one fault per block, nothing copied).
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
copies=$(count "copy-on-write copies")
copied_around=$(count "written pages copied beside a copy-on-write fault")
[[ -n $taken && -n $around && -n $copied && -n $copies && -n $copied_around ]] ||
    fail "the guest kernel's copy-on-write counts are missing from --stats"
pages=$((blocks * 16))
# The shared pass copies every page, one fault per block and the other 15
# beside it; the own pass takes one page per block and the other 15 beside
# it.  A few faults of the C library's own pages (stack, data) come on top.
(( copies >= pages )) || fail "$copies copies for $pages shared pages"
(( copied_around >= blocks * 15 )) || fail "only $copied_around pages copied beside a fault (want >= $((blocks * 15)))"
(( copied < pages / 2 )) || fail "$copied copy faults for $pages shared pages (want one per block, < $((pages / 2)))"
(( around >= blocks * 15 )) || fail "only $around pages made writable beside a fault (want >= $((blocks * 15)))"
(( taken < pages / 2 )) || fail "$taken take-over faults for $pages pages (want one per block, < $((pages / 2)))"
echo "ok: $copies copies ($copied faults, $copied_around beside them), $taken taken, $around made writable beside them"
