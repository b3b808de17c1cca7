/* Makes a system call the guest kernel does not implement (io_pgetevents,
 * 333) twice: it must fail with ENOSYS, be counted, and --stats lists it. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

int main(void) {
    long a = syscall(333, 0, 0, 0, 0, 0, 0);
    int ea = errno;
    long b = syscall(333, 0, 0, 0, 0, 0, 0);
    printf("enosys: %s\n", a == -1 && b == -1 && ea == ENOSYS && errno == ENOSYS ? "yes" : "no");
    return 0;
}
