#!/bin/bash
# The guest kernel reuses the memory it freed (issue 16): a program that
# maps, touches and unmaps 32 MiB 32 times (1 GiB in all) in a 1 GiB guest
# must leave the host with far less of the memory file allocated than the
# guest's size.  An allocator that moves on through all of guest memory
# makes the host allocate (and each space process fault in) nearly all of
# it; reusing freed pages keeps it near the working set.
# Usage: guest_memory_reuse.sh TANDEM MEMCHURN
set -u
tandem=$1 prog=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail() { echo "FAIL: $*"; echo "--- output"; cat "$out"; exit 1; }

timeout 240 "$tandem" run --memory 1G --stats -- "$prog" 32 32 >"$out" 2>&1
rc=$?
[[ $rc == 0 ]] || fail "rc=$rc"
grep -q "memchurn: 32 rounds of 32 MiB" "$out" || fail "the program did not finish"
held=$(awk '/of it allocated by the host at the end \(KiB\)/ { print $NF }' "$out")
[[ -n $held ]] || fail "no 'allocated by the host' line in --stats"
limit=$((256 * 1024))
(( held < limit )) || fail "the host holds $held KiB of the guest's 1 GiB after 1 GiB of churn (want < $limit KiB)"
echo "ok: the host holds $held KiB of 1048576 KiB"
