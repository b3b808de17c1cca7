#!/bin/bash
# `tandem run --profile` (issue 16): a guest program that spends SECONDS
# (default 1) in one user function and as long in one guest kernel
# function (reading /dev/zero: __clear_user) must dominate its profile, the
# user samples' top address must lie in that function, the kernel samples
# must carry the kernel's symbol names, and no sample may be lost (vmproc
# drains the ring while the guest runs).  MODE (user or composite; default:
# tandem's own choice) is passed as --mode: tests/composite/profile.sh runs
# this script inside the qemu VM with tandem.ko loaded.
# Usage: guest_profile.sh TANDEM PROFSPIN [MODE [SECONDS]]
set -u
tandem=$1 prog=$2 mode=${3:-} seconds=${4:-1}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; echo "--- output"; cat "$dir/out"; echo "--- folded"; cat "$dir/p"; echo "--- top list"; cat "$dir/p.txt"; exit 1; }

timeout 120 "$tandem" run ${mode:+--mode "$mode"} --profile "$dir/p" -- "$prog" "$seconds" >"$dir/out" 2>&1
rc=$?
touch "$dir/p" "$dir/p.txt"
[[ $rc == 0 ]] || fail "rc=$rc"
grep -q "profspin done" "$dir/out" || fail "the program did not finish"
[[ -s $dir/p && -s $dir/p.txt ]] || fail "no profile written"

# Folded stacks: "frame;frame... count", nothing else.
awk '!/^[^ ].* [0-9]+$/ { bad = 1 } END { exit bad }' "$dir/p" || fail "a line is not 'stack count'"

total=$(awk '{ s += $NF } END { print s + 0 }' "$dir/p")
ours=$(awk -F';' '$1 == "profspin" { n = split($0, w, " "); s += w[n] } END { print s + 0 }' "$dir/p")
user=$(awk '/^profspin;user [0-9]+$/ { print $NF }' "$dir/p")
clear=$(awk '/^profspin;kernel;__clear_user [0-9]+$/ { print $NF }' "$dir/p")
(( total >= 250 * seconds )) || fail "only $total samples for $((2 * seconds)) seconds at 1 kHz (at least $((250 * seconds)) even on a loaded host)"
(( ours * 10 >= total * 7 )) || fail "profspin has $ours of $total samples (want >= 70%)"
(( ${user:-0} * 10 >= total * 3 )) || fail "profspin's user code has ${user:-0} of $total samples (want >= 30%)"
(( ${clear:-0} * 10 >= total * 2 )) || fail "__clear_user has ${clear:-0} of $total samples (want >= 20%)"
# __clear_user is profspin's busiest kernel function.
top_kernel=$(grep '^profspin;kernel;' "$dir/p" | head -1)
[[ $top_kernel == "profspin;kernel;__clear_user "* ]] || fail "profspin's busiest kernel frame is '$top_kernel'"

# The busiest user address lies in spin_in_user (the program's own symbols).
read -r start size < <(nm -S "$prog" | awk '$4 == "spin_in_user" { print $1, $2 }')
[[ -n ${start:-} ]] || fail "no spin_in_user in $prog"
addr=$(grep -m1 -oE 'profspin  0x[0-9a-f]+' "$dir/p.txt" | awk '{ print $2 }')
[[ -n $addr ]] || fail "no user address in the top list"
(( addr >= 0x$start && addr < 0x$start + 0x$size )) || fail "top user address $addr is not in spin_in_user (0x$start+0x$size)"
grep -q "samples, one every 1000 us" "$dir/p.txt" || fail "the top list has no header"
lost=$(grep -oE '; [0-9]+ lost' "$dir/p.txt" | grep -oE '[0-9]+')
[[ ${lost:-x} == 0 ]] || fail "${lost:-an unknown number of} samples lost (the ring was overwritten before vmproc drained it)"
echo "ok: $total samples, profspin $ours (user $user, __clear_user $clear)"
