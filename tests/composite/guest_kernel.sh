#!/bin/sh
# composite.kernel (runs inside the qemu VM, under busybox, with the host's
# root read-only at /host over 9p): the full guest kernel runs a host shell
# pipeline in composite mode, and compiles and runs a program with the
# host's gcc in a bound directory (issue 3's acceptance 1 and 2); the gcc
# run is timed in both modes (TCG: a ratio, not a measurement of hardware).
# Prints TAP; exit 0 = pass.
T=/opt/tandem/bin/tandem
n=0 bad=0
check() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; bad=1; fi; }
cmd='echo hello | tr a-z A-Z'

timeout 120 $T run --mode user --root /host -- /bin/sh -c "$cmd" </dev/null >/tmp/k-uo.out 2>/tmp/k-uo.err
echo "# user-only mode: status $?, output '$(cat /tmp/k-uo.out)'"
timeout 120 $T run --mode composite --root /host --stats -- /bin/sh -c "$cmd" </dev/null >/tmp/k-cp.out 2>/tmp/k-cp.err
st=$?
check $st "composite mode: the guest kernel runs /bin/sh -c '$cmd' (status $st)"
[ "$(cat /tmp/k-cp.out)" = HELLO ]; check $? "composite mode prints HELLO ('$(cat /tmp/k-cp.out)')"
grep '^tandem:' /tmp/k-cp.err | head -5 | sed 's/^/# /'
grep -E "module: (system calls entered|exceptions delivered|user pages filled|guest FPU)|module: trap #PF|exits by reason" /tmp/k-cp.err | sed 's/^/# /'
mkdir -p /tmp/w
prog='printf "#include <stdio.h>\nint main(){puts(\"hi\");return 5;}\n" > a.c && gcc -O2 a.c -o a && ./a'
t0=$(date +%s)
timeout 240 $T run --mode composite --root /host --bind /tmp/w:/work --workdir /work -- /bin/sh -c "$prog" </dev/null >/tmp/g-cp.out 2>/tmp/g-cp.err
st=$?
t1=$(date +%s)
[ $st = 5 ] && [ "$(cat /tmp/g-cp.out)" = hi ]; check $? "composite mode: gcc compiles and runs a program in the guest (status $st, '$(cat /tmp/g-cp.out)')"
[ -x /tmp/w/a ]; check $? "composite mode: the program was written to the bound host directory"
rm -f /tmp/w/a /tmp/w/a.c
timeout 240 $T run --mode user --root /host --bind /tmp/w:/work --workdir /work -- /bin/sh -c "$prog" </dev/null >/tmp/g-uo.out 2>&1
su=$?
t2=$(date +%s)
echo "# gcc compile+run under TCG: composite $((t1 - t0)) s, user-only $((t2 - t1)) s (user-only status $su)"
# Costs, natively in this VM and in the guest (the initramfs is the guest's root here).
echo "# microbench native:     $(/opt/tandem/bin/microbench)"
echo "# microbench user-only:  $(timeout 120 $T run --mode user --root / -- /opt/tandem/bin/microbench </dev/null 2>&1)"
echo "# microbench composite:  $(timeout 120 $T run --mode composite --root / --stats -- /opt/tandem/bin/microbench </dev/null 2>/tmp/mb-cp.err)"
# The switcher's fast paths (kmod/fastpath.c) took the system calls, and the same without them.
fsys=$(grep -F "module: system calls entered at LSTAR in the switcher" /tmp/mb-cp.err | grep -oE '[0-9]+ *$' | tr -d ' ')
fent=$(grep -F "module: user entries made in the switcher" /tmp/mb-cp.err | grep -oE '[0-9]+ *$' | tr -d ' ')
ftsc=$(grep -F "module: TSC ticks spent in the switcher's fast paths" /tmp/mb-cp.err | grep -oE '[0-9]+ *$' | tr -d ' ')
[ "${fsys:-0}" -gt 15000 ] && [ "${fent:-0}" -gt 15000 ]; check $? "composite mode: the switcher's fast paths took the system calls (${fsys:-0} syscalls, ${fent:-0} user entries)"
echo "# fast paths: $((${fsys:-0} + ${fent:-0})) transitions, mean $(( ${ftsc:-0} / (${fsys:-0} + ${fent:-0} + 1) )) TSC ticks each (TCG)"
echo 0 >/sys/module/tandem/parameters/fastpath
echo "# microbench composite, fast paths off:  $(timeout 120 $T run --mode composite --root / -- /opt/tandem/bin/microbench </dev/null 2>&1)"
echo 1 >/sys/module/tandem/parameters/fastpath
echo "1..$n"
exit $bad
