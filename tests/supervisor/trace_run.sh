#!/bin/bash
# Issue 15, acceptance 2: `tandem run --trace` writes a trace that passes the
# format's checks (trace_check.py: the JSON Object Format Perfetto imports,
# named processes and threads, slices that nest) and whose event counts
# equal the `--stats` counters of the same run.  The guest's work is small
# enough that the trace ring (16384 events) cannot fill even undrained, so
# no event may be dropped.  A trace with one system call removed must fail
# the comparison: the check can fail.
# Usage: trace_run.sh TANDEM
set -u
tandem=$1
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/xdg
mkdir -m 700 "$XDG_RUNTIME_DIR"
fail() { echo "FAIL: $*"; sed 's/^/  stderr: /' "$work/stats.txt" | head -40; exit 1; }

"$tandem" run --mode user --stats --trace "$work/t.json" --bind "$work:/work" --workdir /work -- \
    /bin/sh -c 'echo hello > out; cat out; ls / > /dev/null' > "$work/out.txt" 2> "$work/stats.txt"
status=$?
((status == 0)) || fail "tandem exited $status"
grep -qx hello "$work/out.txt" || fail "the guest's output is missing"
python3 "$here/trace_check.py" "$work/t.json" --stats "$work/stats.txt" --no-drops \
    --min syscall=20 --min exit=10 --min "page fault: reflected=10" --min interrupt=1 --min "file service=5" \
    --min "context switch=2" || fail "the trace does not check out"

# The same trace less one system call must be caught.
python3 - "$work/t.json" "$work/cut.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
events = d["traceEvents"]
k = next(i for i, e in enumerate(events) if e.get("cat") == "syscall")
del events[k]
json.dump(d, open(sys.argv[2], "w"))
PY
if python3 "$here/trace_check.py" "$work/cut.json" --stats "$work/stats.txt" > "$work/cut.txt"; then
    fail "a trace missing a system call passed the comparison"
fi
grep -q "syscall events in the trace" "$work/cut.txt" || fail "unexpected complaint: $(cat "$work/cut.txt")"
echo ok
