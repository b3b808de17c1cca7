#!/usr/bin/env bash
# run-in-qemu.sh: the harness every composite-mode test uses.
#
# This machine cannot load kernel modules, so tandem.ko is tested inside
# qemu (TCG) booting Debian's own kernel.  The script packs an initramfs
# (busybox-static, tandem.ko, the test programs, init.sh as /init), boots it
# with the CPU model asked for, bounded by a timeout, and exits with the
# verdict of the guest's "TANDEM-QEMU-RESULT: PASS|FAIL" line: 0 for PASS,
# 1 for FAIL, a wedged or crashed boot, or no marker at all.
#
# usage: run-in-qemu.sh --kernel VMLINUZ --module tandem.ko --workdir DIR
#            [--cpu MODEL] [--expect la57off|la57|kpti|any]
#            [--test PROGRAM]... [--file SRC=DEST]... [--elf SRC=DEST]...
#            [--share-root]   (the host's / read-only at /host, and an empty
#                              WORKDIR/scratch read-write at /scratch, over 9p)
#            [--swap]         (zram and zsmalloc of the same kernel at /lib/tandem-swap)
#            [--busybox PATH] [--timeout SECONDS] [--memory SIZE] [--smp N]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
kernel='' module='' workdir='' cpu=max expect=any busybox='' timeout_s=120 memory=512M smp=1
tests=() files=() elfs=() share_root=0 swap=0

die() { echo "run-in-qemu: $*" >&2; exit 1; }

while (($#)); do
    case "$1" in
        --kernel) kernel=$2; shift 2 ;;
        --module) module=$2; shift 2 ;;
        --workdir) workdir=$2; shift 2 ;;
        --cpu) cpu=$2; shift 2 ;;
        --expect) expect=$2; shift 2 ;;
        --test) tests+=("$2"); shift 2 ;;
        --file) files+=("$2"); shift 2 ;;
        --elf) elfs+=("$2"); shift 2 ;;
        --share-root) share_root=1; shift ;;
        --swap) swap=1; shift ;;
        --busybox) busybox=$2; shift 2 ;;
        --timeout) timeout_s=$2; shift 2 ;;
        --memory) memory=$2; shift 2 ;;
        --smp) smp=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done

[[ -n $kernel && -n $module && -n $workdir ]] || die "--kernel, --module and --workdir are required"
[[ -r $kernel ]] || die "cannot read kernel image $kernel (Debian's /boot/vmlinuz-* is root-only)"
[[ -r $module ]] || die "cannot read module $module"
busybox=${busybox:-$(command -v busybox || true)}
[[ -n $busybox && -x $busybox ]] || die "busybox not found (apt-get install busybox-static)"
# /init runs before anything else exists: busybox must not need a dynamic loader.
if LC_ALL=C readelf -l "$busybox" 2>/dev/null | grep -q 'Requesting program interpreter'; then
    die "$busybox is dynamically linked; install busybox-static"
fi
command -v qemu-system-x86_64 >/dev/null || die "qemu-system-x86_64 not found (apt-get install qemu-system-x86)"
command -v cpio >/dev/null || die "cpio not found (apt-get install cpio)"

# 1. The initramfs, built from scratch in the work directory every run.
root=$workdir/root
rm -rf "$root"
mkdir -p "$root"/{bin,sbin,etc,proc,sys,dev,tmp,tests}
cp "$busybox" "$root/bin/busybox"
cp "$here/init.sh" "$root/init"
chmod 755 "$root/init"
cp "$module" "$root/tandem.ko"
names=()
for t in "${tests[@]}"; do
    [[ -x $t ]] || die "test program $t is not executable"
    cp "$t" "$root/tests/"
    names+=("$(basename "$t")")
done
for f in "${files[@]}"; do
    src=${f%%=*} dest=${f#*=}
    [[ $src != "$f" && $dest == /* ]] || die "--file wants SRC=/ABSOLUTE/DEST, got $f"
    mkdir -p "$root$(dirname "$dest")"
    cp -a "$src" "$root$dest"
done
# Dynamically linked programs (the tandem binary): the file plus every
# shared library ldd names, at the same paths, and the dynamic loader.
for f in "${elfs[@]}"; do
    src=${f%%=*} dest=${f#*=}
    [[ $src != "$f" && $dest == /* ]] || die "--elf wants SRC=/ABSOLUTE/DEST, got $f"
    mkdir -p "$root$(dirname "$dest")"
    cp "$src" "$root$dest"
    for lib in $(ldd "$src" | grep -oE '/[^ ]+' | sort -u); do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
done
# The 9p client modules of the same kernel, in dependency order, for --share-root.
virtfs=()
if ((share_root)); then
    release=$(basename "$kernel" | sed 's/^vmlinuz-//')
    mods=/lib/modules/$release/kernel
    mkdir -p "$root/lib/tandem-9p"
    i=0
    for m in drivers/virtio/virtio_ring drivers/virtio/virtio drivers/virtio/virtio_pci_modern_dev \
             drivers/virtio/virtio_pci_legacy_dev drivers/virtio/virtio_pci net/9p/9pnet net/9p/9pnet_virtio \
             fs/netfs/netfs fs/fscache/fscache fs/9p/9p; do
        [[ -r $mods/$m.ko ]] || die "--share-root: $mods/$m.ko not found"
        cp "$mods/$m.ko" "$root/lib/tandem-9p/$(printf %02d $i)-$(basename $m).ko"
        i=$((i + 1))
    done
    virtfs=(-virtfs "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap")
    # A writable host directory, as the benchmarks use: 9p's server may give
    # a removed file's inode number to the next new one, which a tmpfs never does.
    rm -rf "$workdir/scratch"
    mkdir -p "$workdir/scratch"
    virtfs+=(-virtfs "local,path=$workdir/scratch,mount_tag=scratch,security_model=none")
fi
# The compressed-RAM swap device's modules, for tests of guest memory the host swaps out.
if ((swap)); then
    release=$(basename "$kernel" | sed 's/^vmlinuz-//')
    mods=/lib/modules/$release/kernel
    mkdir -p "$root/lib/tandem-swap"
    for m in mm/zsmalloc drivers/block/zram/zram; do
        [[ -r $mods/$m.ko ]] || die "--swap: $mods/$m.ko not found"
    done
    cp "$mods/mm/zsmalloc.ko" "$root/lib/tandem-swap/1-zsmalloc.ko"
    cp "$mods/drivers/block/zram/zram.ko" "$root/lib/tandem-swap/2-zram.ko"
fi
printf 'EXPECT=%s\nTESTS="%s"\nSHARE_ROOT=%s\n' "$expect" "${names[*]}" "$share_root" > "$root/etc/tandem-test.conf"
initrd=$workdir/initrd.cpio.gz
(cd "$root" && find . -print0 | LC_ALL=C sort -z |
    cpio --null -o -H newc -R 0:0 --quiet) | gzip -1 > "$initrd"

# 2. Boot, bounded: a wedged guest is killed and fails the test.
log=$workdir/console.log
echo "run-in-qemu: cpu '$cpu', expect '$expect', kernel $kernel, timeout ${timeout_s}s"
start=$(date +%s.%N)
set +e
timeout --kill-after=5 "$timeout_s" \
    qemu-system-x86_64 -accel tcg -cpu "$cpu" -smp "$smp" -m "$memory" \
        -nographic -no-reboot \
        -kernel "$kernel" -initrd "$initrd" "${virtfs[@]}" \
        -append "console=ttyS0 panic=-1 quiet" \
        </dev/null >"$log" 2>&1
qemu_status=$?
set -e
end=$(date +%s.%N)
elapsed=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')

# 3. The verdict is the marker line, nothing else.
tr -d '\r' <"$log" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' >"$log.txt"
cat "$log.txt"
marker=$(grep -a '^TANDEM-QEMU-RESULT: ' "$log.txt" | tail -n1 || true)
if [[ $qemu_status -eq 124 || $qemu_status -eq 137 ]]; then
    echo "run-in-qemu: FAIL: qemu did not finish within ${timeout_s}s (killed)"
    exit 1
fi
case "$marker" in
    "TANDEM-QEMU-RESULT: PASS")
        echo "run-in-qemu: PASS in ${elapsed}s (cpu '$cpu')"; exit 0 ;;
    "TANDEM-QEMU-RESULT: FAIL")
        echo "run-in-qemu: FAIL in ${elapsed}s (cpu '$cpu')"; exit 1 ;;
    *)
        echo "run-in-qemu: FAIL: no result marker (qemu exit status $qemu_status after ${elapsed}s)"
        exit 1 ;;
esac
