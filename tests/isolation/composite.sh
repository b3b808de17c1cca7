#!/bin/sh
# isolation.composite (runs inside the qemu VM of tests/composite, under
# busybox, with tandem.ko loaded by init.sh): every attack of the red-team
# suite in composite mode.  Each attack goes through the same run_attack.sh
# as in user-only mode (`... ATTACK EXPECT composite`: the same host
# preparation and checks, with bash, GNU find and GNU diff carried into the
# VM for it), and after each the VM's kernel log (the host kernel here, the one
# tandem.ko runs in) must have gained no Oops/BUG/WARNING/Call Trace/general
# protection/segfault line.  The attacks and their expected outcome in
# composite mode come from CMake (TANDEM_ISOLATION_ATTACKS), one
# "NAME EXPECT [ATTACK-OPTION...]" per line in attacks.txt.  Prints TAP;
# exit 0 = pass.
dir=/opt/tandem/isolation
T=/opt/tandem/bin/tandem
PATH=$dir/gnu:$PATH
export PATH
# bash's process substitution (run_attack.sh's diff of the host files) needs /dev/fd.
[ -e /dev/fd ] || ln -s /proc/self/fd /dev/fd
n=0 bad=0
check() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; bad=1; fi; }
complaints() { dmesg | grep -cE "Oops|BUG|WARNING|Call Trace|general protection|segfault"; }

[ -s $dir/attacks.txt ]; check $? "the attack list is there ($(wc -l <$dir/attacks.txt) attacks)"
while read -r attack expect options; do
    [ -n "$attack" ] || continue
    if [ "$expect" = open-defect ]; then
        n=$((n + 1))
        echo "ok $n - $attack # SKIP open defect in composite mode (tests/isolation/CMakeLists.txt)"
        continue
    fi
    before=$(complaints)
    t0=$(date +%s)
    /bin/bash $dir/run_attack.sh $T $dir/tandem-redteam $dir/isolation-host /opt/tandem/guests/kernel.elf \
        "$attack" "$expect" composite $options </dev/null >/tmp/attack.log 2>&1
    st=$?
    t1=$(date +%s)
    grep -E '^(attack |  |contained|ESCAPED|LEAK|FAIL|PASS)' /tmp/attack.log | head -n 30 | sed 's/^/# /'
    [ $st = 0 ] || sed 's/^/#   /' /tmp/attack.log
    check $st "$attack ($expect${options:+, $options}): run_attack.sh's host checks in composite mode ($((t1 - t0)) s)"
    after=$(complaints)
    [ "$after" = "$before" ]; check $? "$attack: the kernel log gained no complaint"
    [ "$after" = "$before" ] || dmesg | grep -E "Oops|BUG|WARNING|Call Trace|general protection|segfault" | sed 's/^/#   /'
done <$dir/attacks.txt
echo "1..$n"
exit $bad
