#!/bin/sh
# composite.profile.* (runs inside the qemu VM, under busybox, with tandem.ko
# loaded by init.sh): `tandem run --profile` in composite mode (issue 16
# acceptance 3).  The same check as guest.profile in user-only mode
# (tests/integration/guest_profile.sh, run with bash and nm carried into the
# VM): profspin spins three seconds in one user function and three in one
# guest kernel function (__clear_user), and both must dominate the profile,
# sampled by the module at the host interrupts that end the guest's time
# slices, with no sample lost.  Prints TAP; exit 0 = pass.
T=/opt/tandem/bin/tandem
n=0 bad=0
check() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; bad=1; fi; }
# bash's process substitution (guest_profile.sh reads nm's output so) needs /dev/fd.
[ -e /dev/fd ] || ln -s /proc/self/fd /dev/fd

# Three seconds in each: more samples than the ring holds, during a RUN
# that never returns to vmproc (the spins make no exit).
/bin/bash /opt/tandem/tests/guest_profile.sh $T /opt/tandem/bin/profspin composite 3 </dev/null >/tmp/prof.log 2>&1
st=$?
sed 's/^/# /' /tmp/prof.log
check $st "composite mode: profspin's user loop and __clear_user dominate its profile, no sample lost"
echo "1..$n"
exit $bad
