#!/bin/bash
# Issue 15, acceptance 3 (panic): a guest that panics on purpose (writing
# `c` to /proc/sysrq-trigger) leaves a core that gdb opens with the guest
# kernel's backtrace through the panic path; the core goes to the current
# directory when `ulimit -c` allows one, to --core-dir always, and
# --no-core writes none.
# Usage: panic.sh TANDEM KERNEL_ELF
set -u
tandem=$1 kernel=$2
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

ulimit -c unlimited
"$tandem" run --mode user -- /bin/sh -c 'echo c > /proc/sysrq-trigger' </dev/null >out.txt 2>err.txt
rc=$?
[[ $rc == 125 ]] || { cat err.txt; fail "exit status $rc, expected 125"; }
line=$(grep '^tandem: guest kernel panic: ' err.txt) || { cat err.txt; fail "no failure line"; }
echo "$line"
core=$(sed -n 's/.*core written to \(.*\)$/\1/p' <<<"$line")
[[ -n $core && -f $core ]] || fail "no core file ($core)"
[[ $(basename "$core") == tandem-core.* ]] || fail "core named $core"

gdb -batch -ex bt "$kernel" "$core" >bt.txt 2>&1
cat bt.txt | grep -E '^#' | head -20
grep -q '^#0 .*panic_at' bt.txt || fail "frame #0 is not panic_at"
grep -q 'crash' bt.txt || fail "the backtrace does not reach the sysrq crash"
grep -q 'write' bt.txt || fail "the backtrace does not reach the write"
strings -a "$core" | grep -q 'guest kernel panic: sysrq' || fail "no failure note in the core"

mkdir cores
"$tandem" run --mode user --core-dir "$work/cores" -- /bin/sh -c 'echo c > /proc/sysrq-trigger' </dev/null >/dev/null 2>err2.txt
ls cores/tandem-core.* >/dev/null 2>&1 || { cat err2.txt; fail "--core-dir: no core in cores/"; }
rm -f tandem-core.*
(ulimit -c 0; "$tandem" run --mode user -- /bin/sh -c 'echo c > /proc/sysrq-trigger' </dev/null >/dev/null 2>err4.txt)
grep -q 'guest kernel panic' err4.txt || fail "ulimit -c 0: no failure line"
grep -q 'core' err4.txt && fail "ulimit -c 0: the line mentions a core"
ls tandem-core.* >/dev/null 2>&1 && fail "ulimit -c 0 wrote a core"
(ulimit -c 0; "$tandem" run --mode user --core-dir "$work/cores" -- /bin/sh -c 'echo c > /proc/sysrq-trigger' </dev/null >/dev/null 2>err5.txt)
[[ $(ls cores/tandem-core.* | wc -l) == 2 ]] || { cat err5.txt; fail "--core-dir with ulimit -c 0: no core"; }
"$tandem" run --mode user --no-core -- /bin/sh -c 'echo c > /proc/sysrq-trigger' </dev/null >/dev/null 2>err3.txt
grep -q 'guest kernel panic' err3.txt || fail "--no-core: no failure line"
ls tandem-core.* >/dev/null 2>&1 && fail "--no-core wrote a core"
echo ok
