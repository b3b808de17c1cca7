#!/bin/bash
# Issue 15, acceptance 3 (hang): a guest kernel that spins with interrupts
# off (tandem's sysrq key `H`) is caught by --watchdog 2, stopped, and leaves
# a core; a guest that is busy or sleeping for longer than the watchdog's
# time is left alone.
# Usage: watchdog.sh TANDEM
set -u
tandem=$1
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
ulimit -c unlimited

start=$(date +%s)
timeout 60 "$tandem" run --mode user --watchdog 2 -- /bin/sh -c 'echo H > /proc/sysrq-trigger' </dev/null >/dev/null 2>err.txt
rc=$?
took=$(($(date +%s) - start))
cat err.txt
[[ $rc == 125 ]] || fail "exit status $rc, expected 125 (124: the watchdog never fired)"
grep -q 'guest hung: no timer interrupt taken for 2 s (--watchdog); core written to tandem-core\.' err.txt || fail "no hang line"
[[ $(wc -l <err.txt) == 1 ]] || fail "more than one line on stderr"
ls tandem-core.* >/dev/null 2>&1 || fail "no core"
((took <= 20)) || fail "took $took s to notice a 2 s hang"

# Busy user code and sleeps well past 2 s are not hangs.
"$tandem" run --mode user --watchdog 2 -- /bin/sh -c 'sleep 3; i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; exit 7' \
    </dev/null >/dev/null 2>err2.txt
rc=$?
[[ $rc == 7 ]] || { cat err2.txt; fail "a healthy guest ended with $rc under --watchdog 2"; }
echo ok
