#!/bin/sh
# composite.pressure (runs inside the qemu VM, under busybox, with the
# host's root read-only at /host and a read-write /scratch over 9p): issue
# 13 items 1-3 under tandem.ko (user-only mode has them in tests/pressure).
#  3. a closed console pipe is EPIPE + SIGPIPE in the guest: yes | head -1
#     ends, tandem's status 141;
#  1. with ulimit -n 256 a walk of /usr/share/doc (far more nodes than 128,
#     the file service's fd budget) and ls / work;
#  2. 96 MiB written into a bind by a 32 MiB guest (file pages are
#     reclaimed), and MAP_SHARED writes reach the host file at exit.
# Prints TAP; exit 0 = pass.
T=/opt/tandem/bin/tandem
MS=/opt/tandem/bin/mmap_shared
n=0 bad=0
check() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; bad=1; fi; }

for mode in composite; do
    # Item 3.
    ( timeout 120 $T run --mode $mode --root /host -- /usr/bin/yes </dev/null 2>/tmp/p3.err; echo $? >/tmp/p3.st ) | head -1 >/tmp/p3.out
    st=$(cat /tmp/p3.st)
    [ "$st" = 141 ] && [ "$(cat /tmp/p3.out)" = y ]
    check $? "$mode mode: yes | head -1 ends, tandem's status 141 (status $st, '$(cat /tmp/p3.out)')"

    # Item 1.
    ( ulimit -n 256 && exec timeout 300 $T run --mode $mode --root /host --stats -- /bin/sh -c \
        'echo "walked $(find /usr/share/doc -xdev | wc -l)"; ls / | grep -c "^usr$"' </dev/null >/tmp/p1.out 2>/tmp/p1.err )
    st=$?
    walked=$(sed -n 's/^walked //p' /tmp/p1.out)
    [ $st = 0 ] && [ "${walked:-0}" -gt 1000 ] && [ "$(tail -1 /tmp/p1.out)" = 1 ] && ! grep -q "Too many open files" /tmp/p1.out /tmp/p1.err
    check $? "$mode mode, ulimit -n 256: find /usr/share/doc ($walked entries) then ls / (status $st)"
    grep -E "file service: (lookup|forget|open) " /tmp/p1.err | tr '\n' ';' | sed 's/^/# /'; echo

    # Item 2.
    rm -f /scratch/big
    timeout 600 $T run --mode $mode --memory 32M --root /host --bind /scratch:/w -- /bin/sh -c \
        'dd if=/dev/zero of=/w/big bs=1M count=96 2>/dev/null; echo "dd=$?"' </dev/null >/tmp/p2.out 2>/tmp/p2.err
    st=$?
    size=$(stat -c %s /scratch/big 2>/dev/null)
    [ $st = 0 ] && [ "$size" = 100663296 ]
    check $? "$mode mode: 96 MiB written by a 32 MiB guest (status $st, '$(cat /tmp/p2.out)', $size bytes)"
    rm -f /scratch/big
    head -c 12288 /dev/zero > /scratch/m
    # (--root /: the test program is in the VM's initramfs, not on the host)
    timeout 120 $T run --mode $mode --root / --bind /scratch:/w -- $MS /w/m exit </dev/null >/tmp/p2m.out 2>&1
    st=$?
    seen=$(tr -d '\000' < /scratch/m)
    [ $st = 0 ] && [ "$seen" = "written by exitwritten by exit" ]
    check $? "$mode mode: MAP_SHARED writes reach the host file at exit (status $st, '$seen')"
done
echo "1..$n"
exit $bad
