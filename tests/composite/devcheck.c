/*
 * devcheck: the /dev/tandem API, checked from user space.  It runs inside
 * the qemu guest (as root, after insmod tandem.ko), printing TAP; exit
 * status 0 = all ok.
 *
 * What it checks: the device opens, the API version is the contract's, a VM
 * can be created over an mmap'd region (once per file, once per file in two
 * files at the same time), bad create requests fail with the right errno,
 * vCPU requests without a VM fail with ENXIO, RUN before SET_VMLIB with
 * ENOEXEC and before SET_STATE with EINVAL, a SET_VMLIB naming memory
 * outside the guest with EINVAL, interrupt injection into a VM without
 * vmlib (nothing to deliver to) or of no line with EINVAL, a SET_PROFILE
 * naming a ring or a name table outside guest memory, a misaligned ring, an
 * interval out of bounds or flags with EINVAL, foreign requests with
 * ENOTTY, and every open file holds a module reference.
 * tandem-worldswitch tests the rest.
 */
#define _GNU_SOURCE
#ifndef TANDEM_WANT_IOCTLS
#define TANDEM_WANT_IOCTLS
#endif
#include <tandem/platform.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int test_count;
static int failures;

/* Prints one TAP line and remembers failures, so main() can end with a plan and a status. */
static void ok(int cond, const char *what, const char *detail)
{
    ++test_count;
    if (!cond)
        ++failures;
    printf("%s %d - %s", cond ? "ok" : "not ok", test_count, what);
    if (detail && *detail)
        printf(" (%s)", detail);
    printf("\n");
    fflush(stdout);
}

/* Issues one request and reports whether it failed with exactly the expected errno. */
static void expect_errno(int fd, unsigned long request, void *arg, int want, const char *what)
{
    char detail[96];
    errno = 0;
    int r = ioctl(fd, request, arg);
    int err = errno;
    snprintf(detail, sizeof detail, "returned %d, errno %s, wanted %s", r,
             r < 0 ? strerrorname_np(err) : "-", strerrorname_np(want));
    ok(r == -1 && err == want, what, detail);
}

/* Reads /sys/module/tandem/refcnt: how many references hold the module (open files count). */
static long module_refcount(void)
{
    FILE *f = fopen("/sys/module/tandem/refcnt", "r");
    long n = -1;
    if (f) {
        if (fscanf(f, "%ld", &n) != 1)
            n = -1;
        fclose(f);
    }
    return n;
}

int main(void)
{
    char detail[128];
    const size_t mem_size = TANDEM_MEMORY_MIN;

    printf("TAP version 13\n");

    int fd = open(TANDEM_DEVICE_PATH, O_RDWR | O_CLOEXEC);
    snprintf(detail, sizeof detail, "%s", fd < 0 ? strerror(errno) : "");
    ok(fd >= 0, "open " TANDEM_DEVICE_PATH, detail);
    if (fd < 0) {
        printf("1..%d\n", test_count);
        return 1;
    }

    int version = ioctl(fd, TANDEM_IOC_API_VERSION, 0);
    snprintf(detail, sizeof detail, "module says %d, contract says %u", version, TANDEM_ABI_VERSION);
    ok(version == (int)TANDEM_ABI_VERSION, "API version matches TANDEM_ABI_VERSION", detail);

    /* Guest memory as vmproc will have it: a private region of this process. */
    void *mem = mmap(NULL, mem_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    ok(mem != MAP_FAILED, "mmap guest memory", mem == MAP_FAILED ? strerror(errno) : "");
    if (mem == MAP_FAILED) {
        printf("1..%d\n", test_count);
        return 1;
    }

    /* Bad requests first, on a file with no VM yet, so EBUSY cannot mask them. */
    struct tandem_create_vm bad = { (tandem_u64)(uintptr_t)mem + 8, mem_size, 0 };
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &bad, EINVAL, "create with unaligned address fails");
    bad = (struct tandem_create_vm){ (tandem_u64)(uintptr_t)mem, mem_size - 100, 0 };
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &bad, EINVAL, "create with unaligned size fails");
    bad = (struct tandem_create_vm){ (tandem_u64)(uintptr_t)mem, TANDEM_PHYS_MAX + TANDEM_PAGE_SIZE, 0 };
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &bad, EINVAL, "create larger than TANDEM_PHYS_MAX fails");
    bad = (struct tandem_create_vm){ (tandem_u64)(uintptr_t)mem, TANDEM_PAGE_SIZE, 0 };
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &bad, EINVAL, "create smaller than TANDEM_MEMORY_MIN fails");
    bad = (struct tandem_create_vm){ (tandem_u64)(uintptr_t)mem, mem_size, 1 };
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &bad, EINVAL, "create with unknown flags fails");
    bad = (struct tandem_create_vm){ 0xffff888000000000ull, mem_size, 0 };
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &bad, EFAULT, "create over kernel addresses fails");
    expect_errno(fd, TANDEM_IOC_CREATE_VM, NULL, EFAULT, "create with a NULL argument fails");

    struct tandem_create_vm req = { (tandem_u64)(uintptr_t)mem, mem_size, 0 };
    int r = ioctl(fd, TANDEM_IOC_CREATE_VM, &req);
    snprintf(detail, sizeof detail, "%s", r ? strerror(errno) : "");
    ok(r == 0, "create VM over 16 MiB of mmap'd memory", detail);
    expect_errno(fd, TANDEM_IOC_CREATE_VM, &req, EBUSY, "second create on the same file fails");

    /* A second file is a second, independent VM (a second tandem process). */
    int fd2 = open(TANDEM_DEVICE_PATH, O_RDWR | O_CLOEXEC);
    r = fd2 >= 0 ? ioctl(fd2, TANDEM_IOC_CREATE_VM, &req) : -1;
    snprintf(detail, sizeof detail, "%s", r ? strerror(errno) : "");
    ok(r == 0, "a second open file creates its own VM", detail);

    long refs = module_refcount();
    snprintf(detail, sizeof detail, "refcnt %ld", refs);
    ok(refs == 2, "each open file holds one module reference", detail);
    if (fd2 >= 0)
        close(fd2);
    refs = module_refcount();
    snprintf(detail, sizeof detail, "refcnt %ld", refs);
    ok(refs == 1, "closing a file drops its reference", detail);

    /* The vCPU requests need a VM (ENXIO without one); RUN needs a state first. */
    struct tandem_vcpu_state state;
    struct tandem_run run;
    struct tandem_irq irq = { 1 };
    static struct tandem_stats stats;
    memset(&state, 0, sizeof state);
    memset(&run, 0, sizeof run);
    int novm = open(TANDEM_DEVICE_PATH, O_RDWR | O_CLOEXEC);
    expect_errno(novm, TANDEM_IOC_SET_STATE, &state, ENXIO, "SET_STATE without a VM is ENXIO");
    expect_errno(novm, TANDEM_IOC_GET_STATE, &state, ENXIO, "GET_STATE without a VM is ENXIO");
    expect_errno(novm, TANDEM_IOC_RUN, &run, ENXIO, "RUN without a VM is ENXIO");
    expect_errno(novm, TANDEM_IOC_GET_STATS, &stats, ENXIO, "GET_STATS without a VM is ENXIO");
    expect_errno(novm, TANDEM_IOC_INJECT_IRQ, &irq, ENXIO, "INJECT_IRQ without a VM is ENXIO");
    struct tandem_profile_config prof;
    memset(&prof, 0, sizeof prof);
    expect_errno(novm, TANDEM_IOC_SET_PROFILE, &prof, ENXIO, "SET_PROFILE without a VM is ENXIO");
    close(novm);
    /* A VM runs only with vmlib described (SET_VMLIB), then only from a state (SET_STATE). */
    expect_errno(fd, TANDEM_IOC_RUN, &run, ENOEXEC, "RUN before SET_VMLIB is ENOEXEC");
    r = ioctl(fd, TANDEM_IOC_GET_STATS, &stats);
    ok(r == 0 && stats.events[TANDEM_STAT_WORLD_SWITCH] == 0, "GET_STATS of a VM that never ran: all zero", "");
    /* Injection needs vmlib's virtual CPU (SET_VMLIB) and at least one line. */
    expect_errno(fd, TANDEM_IOC_INJECT_IRQ, &irq, EINVAL, "INJECT_IRQ before SET_VMLIB is EINVAL");
    irq.lines = 0;
    expect_errno(fd, TANDEM_IOC_INJECT_IRQ, &irq, EINVAL, "INJECT_IRQ of no line is EINVAL");
    expect_errno(fd, TANDEM_IOC_INJECT_IRQ, (void *)8, EFAULT, "INJECT_IRQ with a bad pointer is EFAULT");
    struct tandem_cp_config cp;
    memset(&cp, 0, sizeof cp);
    cp.boot_rip = cp.event_rip = cp.text_start = cp.text_end = TANDEM_PHYS_TO_VIRT(0x100000);
    cp.boot_rsp = cp.event_rsp = cp.private_stack_lo = cp.private_stack_hi = TANDEM_PHYS_TO_VIRT(0x120000);
    cp.event_va = TANDEM_PHYS_TO_VIRT(0x110000);
    cp.vcpu_va = TANDEM_PHYS_TO_VIRT(0x111000);
    cp.run_va = TANDEM_PHYS_TO_VIRT(mem_size); /* just past guest memory */
    cp.clock.tsc_to_ns_mult = 1;
    expect_errno(fd, TANDEM_IOC_SET_VMLIB, &cp, EINVAL, "SET_VMLIB naming memory outside the guest is EINVAL");
    cp.run_va = TANDEM_PHYS_TO_VIRT(0x112000);
    r = ioctl(fd, TANDEM_IOC_SET_VMLIB, &cp);
    snprintf(detail, sizeof detail, "%s", r ? strerror(errno) : "");
    ok(r == 0, "SET_VMLIB with addresses inside guest memory", detail);
    expect_errno(fd, TANDEM_IOC_RUN, &run, EINVAL, "RUN after SET_VMLIB but before SET_STATE is EINVAL");
    /* The profiler writes only into guest memory, at a sane rate (kmod/profile.c). */
    prof.ring_va = TANDEM_PHYS_TO_VIRT(0x130000);
    prof.names_va = TANDEM_PHYS_TO_VIRT(0x150000);
    prof.interval_ns = TANDEM_PROFILE_INTERVAL_NS;
    r = ioctl(fd, TANDEM_IOC_SET_PROFILE, &prof);
    snprintf(detail, sizeof detail, "%s", r ? strerror(errno) : "");
    ok(r == 0, "SET_PROFILE with a ring and a name table inside guest memory", detail);
    prof.ring_va = TANDEM_PHYS_TO_VIRT(mem_size - sizeof(struct tandem_profile_ring) / 2);
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE with a ring reaching past guest memory is EINVAL");
    prof.ring_va = TANDEM_PHYS_TO_VIRT(0x130004);
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE with a misaligned ring is EINVAL");
    prof.ring_va = 0xffff888000000000ull;
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE with a ring at a kernel address is EINVAL");
    prof.ring_va = TANDEM_PHYS_TO_VIRT(0x130000);
    prof.names_va = TANDEM_PHYS_TO_VIRT(mem_size);
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE with a name table outside guest memory is EINVAL");
    prof.names_va = 0;
    prof.interval_ns = TANDEM_PROFILE_INTERVAL_MIN_NS - 1;
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE sampling faster than 10 kHz is EINVAL");
    prof.interval_ns = TANDEM_PROFILE_INTERVAL_MAX_NS + 1;
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE sampling slower than 1 Hz is EINVAL");
    prof.interval_ns = TANDEM_PROFILE_INTERVAL_NS;
    prof.flags = 1;
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE with unknown flags is EINVAL");
    memset(&prof, 0, sizeof prof);
    prof.interval_ns = TANDEM_PROFILE_INTERVAL_NS;
    expect_errno(fd, TANDEM_IOC_SET_PROFILE, &prof, EINVAL, "SET_PROFILE off (no ring) with an interval is EINVAL");
    prof.interval_ns = 0;
    r = ioctl(fd, TANDEM_IOC_SET_PROFILE, &prof);
    snprintf(detail, sizeof detail, "%s", r ? strerror(errno) : "");
    ok(r == 0, "SET_PROFILE with an all-zero argument turns the profiler off", detail);
    expect_errno(fd, _IO(TANDEM_IOC_TYPE, 0x7f), NULL, ENOTTY, "an unknown tandem request is ENOTTY");
    expect_errno(fd, _IO('T', 0x01), NULL, ENOTTY, "a foreign request is ENOTTY");

    close(fd);
    munmap(mem, mem_size);
    printf("1..%d\n", test_count);
    return failures ? 1 : 0;
}
