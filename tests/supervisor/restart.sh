#!/bin/bash
# Issue 15, acceptance 4: with --restart on-failure:3 --pmem 1M:FILE, a guest
# program that increments a counter in /dev/pmem0 and then panics the guest
# kernel is restarted three times, and the counter reads 4 at the end (the
# fourth run fails for the last time: the exit status is its 125).  Each
# failure leaves its own core; a new guest sees the failure record and not
# the old guest's memory; the file keeps the counter for the next tandem run.
# A hang (--watchdog) is restarted too; an isolation violation never is.
# Usage: restart.sh TANDEM PMEM_COUNTER REDTEAM
set -u
tandem=$1 prog=$2 redteam=$3
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir cores

timeout 150 "$tandem" run --mode user --restart on-failure:3 --pmem "1M:$work/region" --core-dir "$work/cores" \
    -- "$prog" </dev/null >out.txt 2>err.txt
rc=$?
cat out.txt err.txt
[[ $rc == 125 ]] || fail "exit status $rc, expected 125 (the fourth run's panic)"
[[ $(grep -c '^run ' out.txt) == 4 ]] || fail "not four runs"
for n in 1 2 3 4; do
    grep -q "^run $n pmem 1048576 bytes, failures before $((n - 1)), " out.txt || fail "run $n did not count $n"
done
[[ $(grep -c '^tandem: restarting the guest (restart [123] of 3)$' err.txt) == 3 ]] || fail "not three restarts"
[[ $(grep -c '^tandem: guest kernel panic: sysrq' err.txt) == 4 ]] || fail "not four failure lines"
grep -q '^last failure: guest kernel panic: sysrq' out.txt || fail "no failure record in /proc/tandem/last_failure"
[[ $(grep -c '^restart_latency_ns [0-9]' out.txt) == 3 ]] || fail "no restart latency"

# The counter, read from the file after tandem ended.
[[ $(stat -c %s region) == 1048576 ]] || fail "the region file is not 1M"
[[ $(od -An -tu8 -N8 region | tr -d ' ') == 4 ]] || fail "the counter in the file is $(od -An -tu8 -N8 region)"

# One core per failure, none overwritten; the second guest's memory has its
# own mark and not the first's.
cores=(cores/tandem-core.*)
[[ ${#cores[@]} == 4 ]] || fail "${#cores[@]} cores, expected 4: ${cores[*]}"
second=$(ls cores/tandem-core.*.2) || fail "no core of the second failure"
grep -aq 'tandem-mark-of-run-2\.' "$second" || fail "the second core lacks its own guest's mark"
grep -aq 'tandem-mark-of-run-1\.' "$second" && fail "the second guest's memory still holds the first guest's mark"

# Across tandem runs: the file gives the next run the counter.
"$tandem" run --mode user --pmem "1M:$work/region" -- "$prog" --no-panic </dev/null >out2.txt 2>err2.txt
rc=$?
[[ $rc == 0 ]] || { cat out2.txt err2.txt; fail "the run without panic ended with $rc"; }
grep -q '^run 5 ' out2.txt || { cat out2.txt; fail "the next tandem run did not find the counter"; }

# A file of another size is a clear error, and the file is left alone.
"$tandem" run --mode user --pmem "2M:$work/region" -- /bin/true </dev/null >/dev/null 2>err3.txt
rc=$?
[[ $rc != 0 ]] || fail "a size mismatch was accepted"
grep -q "region holds 1M, not the 2M asked for" err3.txt || { cat err3.txt; fail "no size-mismatch message"; }
[[ $(stat -c %s region) == 1048576 ]] || fail "the mismatch changed the file"

# Without --restart a panic ends the run as before, with the plain core name.
"$tandem" run --mode user --pmem 64K --core-dir "$work/cores" -- "$prog" </dev/null >out4.txt 2>err4.txt
rc=$?
[[ $rc == 125 ]] || fail "without --restart: exit status $rc"
grep -q '^run 1 pmem 65536 bytes, failures before 0' out4.txt || { cat out4.txt err4.txt; fail "a region without a file"; }
grep -q 'restarting' err4.txt && fail "restarted without --restart"
ls cores/ | grep -qE '^tandem-core\.[0-9]+$' || fail "the core without --restart is not tandem-core.PID"
# Without a file the region still outlives a restart (in the VM process).
"$tandem" run --mode user --no-core --restart on-failure:1 --pmem 64K -- "$prog" </dev/null >out7.txt 2>/dev/null
grep -q '^run 2 pmem 65536 bytes, failures before 1, ' out7.txt || { cat out7.txt; fail "the region without a file did not survive"; }

# A hang is a failure like a panic: reported, restarted, told to the next guest.
timeout 60 "$tandem" run --mode user --no-core --watchdog 2 --restart on-failure:1 \
    -- /bin/sh -c 'cat /proc/tandem/last_failure; echo H > /proc/sysrq-trigger' </dev/null >out5.txt 2>err5.txt
rc=$?
[[ $rc == 125 ]] || { cat out5.txt err5.txt; fail "hangs: exit status $rc"; }
[[ $(grep -c '^tandem: guest hung: no timer interrupt taken for 2 s (--watchdog)$' err5.txt) == 2 ]] ||
    { cat err5.txt; fail "not two hang lines"; }
grep -q '^tandem: restarting the guest (restart 1 of 1)$' err5.txt || fail "the hang was not restarted"
grep -q '^reason guest hung: ' out5.txt || { cat out5.txt; fail "the second guest was not told of the hang"; }

# An isolation violation is not restarted (the red-team program's host
# system call through a gadget).
timeout 60 "$tandem" run --mode user --no-core --restart on-failure:2 -- "$redteam" marker_create \
    --marker "$work/marker" </dev/null >/dev/null 2>err6.txt
rc=$?
[[ $rc == 159 ]] || { cat err6.txt; fail "isolation: exit status $rc"; }
grep -q '^tandem: not restarting: a guest that broke the isolation rules is not restarted$' err6.txt ||
    { cat err6.txt; fail "no refusal to restart"; }
grep -q 'restarting the guest' err6.txt && fail "a hostile guest was restarted"
[[ -e $work/marker ]] && fail "the marker exists"
echo ok
