#!/bin/bash
# `tandem trace VM --duration S` against a running guest: the trace it
# writes passes the format's checks and holds the guest's system calls,
# exits and context switches; a second trace of the same VM at the same time
# is refused, and one after the first closed (`--duration 1`) works; bad
# command lines get status 2.
# Usage: trace_live.sh TANDEM
set -u
tandem=$1
here=$(dirname "$0")
fail() { echo "FAIL: $*"; [[ -f $work/run.err ]] && sed 's/^/  guest stderr: /' "$work/run.err"; exit 1; }
source "$here/vm_lib.sh"

"$tandem" trace --help | grep -q "Usage: tandem trace" || fail "trace --help"
"$tandem" trace 2>/dev/null; (($? == 2)) || fail "trace without a VM is not status 2"
"$tandem" trace --duration 0 x 2>/dev/null; (($? == 2)) || fail "--duration 0 is not status 2"

"$tandem" run --mode user -- /bin/sh -c 'while :; do ls / > /dev/null; sleep 0.1; done' \
    </dev/null >/dev/null 2>"$work/run.err" &
pid=$!
wait_listed

"$tandem" trace "$id" --duration 2 -o "$work/live.json" 2> "$work/trace.err" &
first=$!
# The VM creates the file when the trace starts.
for _ in $(seq 100); do [[ -e $work/live.json ]] && break; sleep 0.1; done
[[ -e $work/live.json ]] || fail "the first trace did not start in 10 s: $(cat "$work/trace.err")"
if "$tandem" trace "$pid" --duration 1 -o "$work/second.json" 2> "$work/second.err"; then
    fail "a second trace of the same VM was accepted"
fi
grep -q "already being traced" "$work/second.err" || fail "second trace: $(cat "$work/second.err")"
wait "$first" || fail "tandem trace: $(cat "$work/trace.err")"
grep -q "events in $work/live.json" "$work/trace.err" || fail "no summary line: $(cat "$work/trace.err")"
python3 "$here/trace_check.py" "$work/live.json" --min syscall=50 --min exit=5 --min "context switch=2" \
    || fail "the live trace does not check out"
# Once the first is closed, the VM can be traced again (here for 1 s, by its pid).
"$tandem" trace "$pid" --duration 1 -o "$work/again.json" 2> "$work/again.err" || fail "$(cat "$work/again.err")"
python3 "$here/trace_check.py" "$work/again.json" --min syscall=10 --min "context switch=2" \
    || fail "the second live trace does not check out"
kill -0 "$pid" 2>/dev/null || fail "the guest ended while it was traced"
echo ok
