/* Bad user pointers given to system calls must fail with EFAULT, never
 * crash the kernel: null, kernel-half, unmapped and read-only buffers.
 * Also an unknown system call fails with ENOSYS.  Prints "efault ok". */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int failures;

static void expect(long ret, int err, const char *what) {
    if (ret != -1 || errno != err) {
        printf("FAIL: %s: ret %ld errno %d (wanted %d)\n", what, ret, errno, err);
        failures++;
    }
}

int main(void) {
    void *kernel = (void *)0x108000200000ul; /* the guest kernel image */
    void *unmapped = (void *)0x7000000000ul;
    expect(syscall(SYS_write, 1, NULL, 10), EFAULT, "write from NULL");
    expect(syscall(SYS_write, 1, kernel, 10), EFAULT, "write from kernel memory");
    expect(syscall(SYS_write, 1, unmapped, 10), EFAULT, "write from unmapped memory");
    expect(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, kernel), EFAULT, "clock_gettime into kernel memory");
    expect(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, unmapped), EFAULT, "clock_gettime into unmapped memory");
    expect(syscall(SYS_uname, (void *)-4096l), EFAULT, "uname into the top of the address space");

    char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    expect(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, ro), EFAULT, "clock_gettime into read-only memory");
    expect(syscall(SYS_getrandom, ro, 16, 0), EFAULT, "getrandom into read-only memory");

    /* A buffer that runs off the end of a mapping: partial copies fail too. */
    char *rw = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(rw + 4096, 4096);
    expect(syscall(SYS_uname, rw + 4096 - 100), EFAULT, "uname across the end of a mapping");

    expect(syscall(SYS_readlink, kernel, rw, 100), EFAULT, "readlink of a kernel path pointer");
    expect(syscall(SYS_write, 99, rw, 1), EBADF, "write to a closed fd");
    expect(syscall(1000), ENOSYS, "unknown system call");

    if (failures) return 1;
    puts("efault ok");
    return 0;
}
