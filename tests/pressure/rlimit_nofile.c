/* Issue 13 item 6: RLIMIT_NOFILE in the guest is honoured or refused, never
 * accepted and ignored.  Lowering the soft limit makes open() fail with
 * EMFILE at the limit and dup2() beyond it with EBADF; a limit above what
 * the kernel can hold is refused (EPERM) and leaves the old one.  Prints
 * "rlimit ok" when all of that holds. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char* what) {
    printf("%s: %s\n", ok ? "ok" : "FAIL", what);
    if (!ok) failures++;
}

int main(void) {
    struct rlimit rl = {16, 16};
    check(setrlimit(RLIMIT_NOFILE, &rl) == 0, "setrlimit(NOFILE, 16)");
    int last = -1, err = 0;
    for (int i = 0; i < 64; i++) {
        int fd = open("/dev/null", O_RDONLY);
        if (fd < 0) {
            err = errno;
            break;
        }
        last = fd;
    }
    printf("highest fd opened: %d (%s)\n", last, strerror(err));
    check(last == 15 && err == EMFILE, "open stops at the soft limit with EMFILE");
    check(dup2(0, 20) < 0 && errno == EBADF, "dup2 beyond the limit is EBADF");
    check(fcntl(0, F_DUPFD, 20) < 0 && errno == EINVAL, "F_DUPFD beyond the limit is EINVAL");

    struct rlimit huge = {1 << 20, 1 << 20};
    check(setrlimit(RLIMIT_NOFILE, &huge) < 0 && errno == EPERM, "a limit the kernel cannot hold is refused");
    struct rlimit now;
    check(getrlimit(RLIMIT_NOFILE, &now) == 0 && now.rlim_cur == 16, "the refused limit left the old one");

    struct rlimit more = {64, 64};
    check(setrlimit(RLIMIT_NOFILE, &more) == 0, "setrlimit(NOFILE, 64)");
    int fd = open("/dev/null", O_RDONLY);
    check(fd == 16, "open works again above the old limit");
    if (failures) return 1;
    puts("rlimit ok");
    return 0;
}
