#!/bin/sh
# composite.kernel (runs inside the qemu VM, under busybox, with the host's
# root read-only at /host over 9p): the full guest kernel runs a host shell
# pipeline in composite mode, and prints what it prints in user-only mode.
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
echo "1..$n"
exit $bad
