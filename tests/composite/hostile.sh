#!/bin/sh
# composite.hostile (runs inside the qemu VM, under busybox): the selftest
# guest's hostile scenarios (guests/selftest/hostile.cpp) under the kernel
# module.  Each must stop only the guest: tandem reports the stop with the
# guest's RIP and the reason, the host kernel log stays clean, and a normal
# guest runs afterwards in the same VM.  Prints TAP; exit 0 = pass.
T=/opt/tandem/bin/tandem
n=0 bad=0
check() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; bad=1; fi; }
clean_log() { ! dmesg | grep -qE "Oops|BUG|WARNING|Call Trace|general protection|segfault"; }

# scenario expected-status(0 or nonzero) expected-text
scenario() {
    timeout 60 $T run --mode composite --kernel selftest --cmdline "hostile=$1" </dev/null >/tmp/h.out 2>/tmp/h.err
    st=$?
    line=$(grep '^tandem:' /tmp/h.err | head -1)
    echo "# hostile=$1: status $st: $line"
    if [ "$2" = 0 ]; then [ $st = 0 ]; else [ $st != 0 ] && [ $st != 124 ]; fi
    check $? "hostile=$1: tandem exits with the expected status ($st)"
    grep -qF -- "$3" /tmp/h.out /tmp/h.err
    check $? "hostile=$1: reports '$3'"
    clean_log; check $? "hostile=$1: host kernel log clean"
}

scenario hypercall 1 "bad hypercall 99"
grep -q "rip 0x" /tmp/h.err; check $? "hostile=hypercall: the report names the guest RIP"
scenario idt 1 "triple fault (rip 0x"
scenario idt-user 1 "triple fault (rip 0x"
scenario stack-user 1 "triple fault (rip 0x"
scenario pagetables 0 "ok 38 - garbage page tables: user code faults in the guest"

timeout 60 $T run --kernel selftest --stats </dev/null >/tmp/after.tap 2>/tmp/after.err
grep -q "^# passed" /tmp/after.tap; check $? "a normal guest runs afterwards ($(grep '^# passed' /tmp/after.tap))"
grep -q "tandem statistics (composite mode)" /tmp/after.err; check $? "--mode auto picked composite mode (/dev/tandem is there)"
clean_log; check $? "host kernel log clean at the end"
echo "1..$n"
exit $bad
