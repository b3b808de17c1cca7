#!/usr/bin/env bash
# bench/qemu-job.sh: runs one shell script inside qemu (TCG), in the host's own
# Debian userland, for the "*-in-qemu" benchmark configurations.
#
# It boots Debian's kernel (the one tandem.ko is built against) with a small
# initramfs (busybox-static, the 9p and virtio modules from the same kernel
# package, tandem.ko if given), shares the host's / read-only and WORKDIR
# read-write over virtio-9p, and the initramfs's /init chroots into the host
# root (WORKDIR mounted at the same path, tmpfs on /tmp) and runs SCRIPT with
# /bin/sh.  The script's exit status comes back in a marker line; the whole
# boot is bounded by --timeout.
#
# usage: qemu-job.sh --kernel VMLINUZ --workdir WORKDIR --script SCRIPT
#            [--module tandem.ko] [--cpu MODEL] [--memory SIZE] [--timeout S]
#            [--log FILE]
set -euo pipefail
kernel='' workdir='' script='' module='' cpu=max memory=3G timeout_s=1800 log=''
die() { echo "qemu-job: $*" >&2; exit 2; }
while (($#)); do
    case "$1" in
        --kernel) kernel=$2; shift 2 ;;
        --workdir) workdir=$2; shift 2 ;;
        --script) script=$2; shift 2 ;;
        --module) module=$2; shift 2 ;;
        --cpu) cpu=$2; shift 2 ;;
        --memory) memory=$2; shift 2 ;;
        --timeout) timeout_s=$2; shift 2 ;;
        --log) log=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done
[[ -n $kernel && -n $workdir && -n $script ]] || die "--kernel, --workdir and --script are required"
[[ -r $kernel ]] || die "cannot read $kernel"
workdir=$(cd "$workdir" && pwd)
script=$(cd "$(dirname "$script")" && pwd)/$(basename "$script")
busybox=$(command -v busybox) || die "busybox-static is missing"
kver=$(basename "$kernel"); kver=${kver#vmlinuz-}
moddir=/lib/modules/$kver
[[ -d $moddir ]] || die "no $moddir for $kernel"
log=${log:-$workdir/qemu-console.log}

root=$(mktemp -d "${TMPDIR:-/tmp}/qemu-job.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,proc,sys,dev,mnt,modules}
cp "$busybox" "$root/bin/busybox"
# The 9p and virtio modules with their dependencies, in load order (modules.dep).
mods=()
add_module() { # NAME.ko path relative to $moddir
    local rel=$1 dep
    for dep in "${mods[@]}"; do [[ $dep == "$rel" ]] && return 0; done
    local line
    line=$(grep -m1 "^$rel:" "$moddir/modules.dep") || die "$rel not in modules.dep"
    for dep in ${line#*:}; do add_module "$dep"; done
    mods+=("$rel")
}
for m in fs/9p/9p net/9p/9pnet_virtio drivers/virtio/virtio_pci; do
    rel=$(cd "$moddir" && ls kernel/$m.ko* | head -n1) || die "module $m not found in $moddir"
    add_module "$rel"
done
names=()
for rel in "${mods[@]}"; do
    n=$(basename "$rel"); n=${n%%.ko*}
    case $rel in
        *.xz) xz -dc "$moddir/$rel" >"$root/modules/$n.ko" ;;
        *) cp "$moddir/$rel" "$root/modules/$n.ko" ;;
    esac
    names+=("$n")
done
[[ -n $module ]] && cp "$module" "$root/tandem.ko"
cat >"$root/init" <<INIT
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
for m in ${names[*]}; do insmod /modules/\$m.ko || echo "QEMU-JOB: insmod \$m failed"; done
# cache=loose: the read-only host root does not change during a run, and
# without a page cache every header gcc opens is a 9p round trip for native
# runs, while tandem's guest kernel caches them (an unfair advantage).
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144,cache=loose hostroot /mnt || echo "QEMU-JOB: 9p root failed"
mount -t proc proc /mnt/proc; mount -t sysfs sysfs /mnt/sys; mount -t devtmpfs devtmpfs /mnt/dev
mount -t tmpfs tmpfs /mnt/tmp; mount -t tmpfs tmpfs /mnt/run; mount -t tmpfs tmpfs /mnt/dev/shm 2>/dev/null
mkdir -p /mnt$workdir 2>/dev/null
mount -t 9p -o trans=virtio,version=9p2000.L,rw,msize=262144,cache=loose work /mnt$workdir || echo "QEMU-JOB: 9p work failed"
if [ -f /tandem.ko ]; then insmod /tandem.ko && echo "QEMU-JOB: tandem.ko loaded" || echo "QEMU-JOB: insmod tandem.ko failed"; fi
echo "QEMU-JOB: cpu \$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), \$(nproc) cpus, kernel \$(uname -r)"
chroot /mnt /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C /bin/sh $script
echo "QEMU-JOB-STATUS: \$?"
sync
poweroff -f
INIT
chmod 755 "$root/init"
initrd=$root.cpio.gz
(cd "$root" && find . -print0 | LC_ALL=C sort -z | cpio --null -o -H newc -R 0:0 --quiet) | gzip -1 >"$initrd"
trap 'rm -rf "$root" "$initrd"' EXIT
set +e
timeout --kill-after=10 "$timeout_s" qemu-system-x86_64 -accel tcg -cpu "$cpu" -smp 1 -m "$memory" \
    -nographic -no-reboot -kernel "$kernel" -initrd "$initrd" \
    -append "console=ttyS0 panic=-1 quiet" \
    -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
    -virtfs local,path="$workdir",mount_tag=work,security_model=none \
    </dev/null >"$log" 2>&1
qs=$?
set -e
status=$(tr -d '\r' <"$log" | sed -n 's/^QEMU-JOB-STATUS: \([0-9]*\).*/\1/p' | tail -n1)
if [[ $qs -eq 124 || $qs -eq 137 ]]; then echo "qemu-job: timed out after ${timeout_s}s" >&2; exit 124; fi
[[ -n $status ]] || { echo "qemu-job: no status line (qemu exit $qs); see $log" >&2; exit 125; }
exit "$status"
