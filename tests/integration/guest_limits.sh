#!/bin/bash
# Issue 3, acceptance 5: a fork bomb and a memory hog end with errors inside
# the guest, tandem keeps running, and its resident memory stays within
# --memory plus the documented overhead (64 MiB).  Memory is measured as the
# proportional set size (Pss in /proc/PID/smaps_rollup): guest pages are
# mapped twice in user-only mode (the direct map and the reflected user
# window), which VmRSS would count twice.
# Usage: guest_limits.sh TANDEM FORKBOMB MEMHOG
set -u
tandem=$1 forkbomb=$2 memhog=$3
fail() { echo "FAIL: $*"; exit 1; }

# Runs tandem, sampling its peak Pss while it lives; sets OUT, RC, PEAK_KB.
run_sampled() {
    local out; out=$(mktemp)
    "$tandem" run --memory=128M -- "$@" > "$out" 2>&1 &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
        v=$(awk '/^Pss:/{print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null)
        [[ -n $v && $v -gt $hwm ]] && hwm=$v
        sleep 0.05
    done
    wait "$pid"; RC=$?
    OUT=$(cat "$out"); rm -f "$out"
    PEAK_KB=$hwm
}

run_sampled "$forkbomb"
echo "$OUT"
[[ $RC == 0 ]] || fail "fork bomb: tandem exit $RC"
grep -q "stopped by EAGAIN/ENOMEM: yes; processes created below the limit: yes" <<<"$OUT" || fail "fork bomb not contained"

run_sampled "$memhog"
echo "$OUT"
[[ $RC == 0 ]] || fail "memory hog: tandem exit $RC"
grep -q "child killed by signal 9" <<<"$OUT" || fail "the hog was not killed"
grep -q "parent still allocates: yes" <<<"$OUT" || fail "the parent did not survive"
limit_kb=$(( (128 + 64) * 1024 ))
echo "peak Pss of tandem: $PEAK_KB KiB (limit $limit_kb KiB)"
(( PEAK_KB <= limit_kb )) || fail "tandem's memory grew beyond --memory plus 64 MiB"

# The page cache gives clean pages back when memory runs short: a file
# larger than guest memory is read twice, correctly, in a 64 MiB guest.
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
head -c 150M /dev/urandom > "$D/big"
want=$(md5sum < "$D/big" | cut -c1-32)
got=$(timeout 120 "$tandem" run --memory=64M --bind "$D:/d" -- /bin/sh -c 'md5sum < /d/big | cut -c1-32; md5sum < /d/big | cut -c1-32' | sort -u)
[[ $got == "$want" ]] || fail "reading 150 MiB in a 64 MiB guest: got '$got', want $want"
echo "150 MiB file read twice in a 64 MiB guest: checksums match"
echo ok
