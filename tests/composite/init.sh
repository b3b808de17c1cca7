#!/bin/busybox sh
# /init of the composite-test initramfs (run-in-qemu.sh packs it).  It runs as
# PID 1 inside qemu under Debian's kernel and:
#   1. reports the host paging mode and KPTI state this CPU model gave, and
#      fails if it is not the one the test asked for (EXPECT);
#   2. loads /tandem.ko and checks its one-line banner agrees;
#   3. runs every program in TESTS (each prints TAP, exit 0 = pass);
#   4. checks that rmmod is refused while /dev/tandem is open, and works after;
#   5. fails on any Oops/BUG/WARNING/Call Trace in the kernel log;
# then prints "TANDEM-QEMU-RESULT: PASS" or "... FAIL" and powers off.
# run-in-qemu.sh's exit status follows that marker line.

/bin/busybox mkdir -p /proc /sys /dev /tmp /bin /sbin /usr/bin /usr/sbin
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
# The initramfs has no /dev/console node of its own; use devtmpfs's.
exec </dev/console >/dev/console 2>&1

result=PASS
say() { echo "TANDEM-QEMU: $*"; }
fail() { echo "TANDEM-QEMU: FAIL: $*"; result=FAIL; }
finish() {
    if [ "$result" != PASS ]; then
        echo "---- kernel log ----"; dmesg; echo "---- end of kernel log ----"
    fi
    echo "TANDEM-QEMU-RESULT: $result"
    sync
    poweroff -f
    sleep 5 # poweroff -f does not return; if it does, panic=-1 ends qemu
    exit 1
}

EXPECT=any
TESTS=
# shellcheck source=/dev/null
[ -f /etc/tandem-test.conf ] && . /etc/tandem-test.conf

# 1. What kind of host did this CPU model make?  The kernel clears the la57
# flag when it does not use 5-level paging, so the flag means "active".
say "kernel $(uname -r), cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1) ($(sed -n 's/^vendor_id[[:space:]]*: //p' /proc/cpuinfo | head -n1))"
if grep -qw la57 /proc/cpuinfo; then paging=5; else paging=4; fi
if dmesg | grep -q "Kernel/User page tables isolation: enabled"; then kpti=on; else kpti=off; fi
flags=
for f in smep smap umip fsgsbase pcid; do grep -qw $f /proc/cpuinfo && flags="$flags $f"; done
say "host paging: ${paging}-level, KPTI: $kpti, features:$flags"
case "$EXPECT" in
    la57off) [ $paging = 4 ] || fail "expected 4-level paging, got ${paging}-level" ;;
    la57) [ $paging = 5 ] || fail "expected 5-level paging (la57), got ${paging}-level" ;;
    kpti) [ $kpti = on ] || fail "expected KPTI on, it is off" ;;
    any) ;;
    *) fail "unknown EXPECT=$EXPECT" ;;
esac

# 2. Load the module; /dev/tandem must appear and the banner must agree.
if ! insmod /tandem.ko; then
    fail "insmod /tandem.ko failed"
    finish
fi
banner=$(dmesg | grep "tandem: version" | tail -n1)
say "module: ${banner#*] }"
case "$banner" in
    *"${paging}-level paging, KPTI $kpti"*) ;;
    *) fail "module banner disagrees with /proc (${paging}-level, KPTI $kpti)" ;;
esac
[ -c /dev/tandem ] || fail "/dev/tandem is missing or not a character device"

# 2b. The host's root, read-only, and a scratch directory, read-write, over 9p,
#     when the test asked for them.
if [ "$SHARE_ROOT" = 1 ]; then
    for m in /lib/tandem-9p/*.ko; do insmod "$m" || fail "insmod $m failed"; done
    mkdir -p /host
    if mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144 hostroot /host; then
        say "host root mounted read-only at /host (9p)"
    else
        fail "mounting the host root over 9p failed"
    fi
    mkdir -p /scratch
    mount -t 9p -o trans=virtio,version=9p2000.L,rw,msize=262144 scratch /scratch ||
        fail "mounting the scratch directory over 9p failed"
fi

# 3. The test programs.
for t in $TESTS; do
    say "running $t"
    if "/tests/$t"; then say "$t: pass"; else fail "$t exited with status $?"; fi
done

# 4. Unloading while a file is open must be refused, then work once closed.
exec 3</dev/tandem
if rmmod tandem 2>/tmp/rmmod.err; then
    fail "rmmod succeeded while /dev/tandem was open"
    exec 3<&-
else
    say "rmmod refused while /dev/tandem is open: $(cat /tmp/rmmod.err)"
    exec 3<&-
    if rmmod tandem; then
        say "rmmod after close: ok"
        [ -e /dev/tandem ] && fail "/dev/tandem still exists after rmmod"
        # Without the module, --mode composite refuses in one clear line.
        if [ -x /opt/tandem/bin/tandem ]; then
            msg=$(/opt/tandem/bin/tandem run --mode composite --kernel selftest </dev/null 2>&1)
            case "$msg" in
                "tandem: composite mode: not available"*) say "without the module: $msg" ;;
                *) fail "tandem --mode composite without the module said: $msg" ;;
            esac
        fi
    else
        fail "rmmod failed after the last close"
    fi
fi

# 5. Anything that looks like a kernel complaint fails the run.
if dmesg | grep -E "Oops|BUG|WARNING|Call Trace" >/tmp/complaints; then
    fail "kernel log has complaints:"
    cat /tmp/complaints
fi
finish
