/* Miscellaneous calls whose answers are deterministic enough to compare:
 * uname's system name, clocks moving forward, sleeping, getrandom,
 * resource limits, identities, umask. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    struct utsname u;
    CHECK("uname", uname(&u));
    printf("  sysname=%s machine=%s\n", u.sysname, u.machine);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct timespec d = {0, 20 * 1000 * 1000};
    CHECK("nanosleep", nanosleep(&d, NULL));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    printf("  slept>=20ms: %d\n", ms >= 20);
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    printf("  realtime after 2020: %d\n", rt.tv_sec > 1577836800);
    unsigned char rnd[64];
    CHECK("getrandom", getrandom(rnd, sizeof rnd, 0));
    struct rlimit rl;
    CHECK("getrlimit nofile", getrlimit(RLIMIT_NOFILE, &rl));
    rl.rlim_cur = 256;
    CHECK("setrlimit nofile", setrlimit(RLIMIT_NOFILE, &rl));
    CHECK("getrlimit again", getrlimit(RLIMIT_NOFILE, &rl));
    printf("  cur=%ld\n", (long)rl.rlim_cur);
    rl.rlim_cur = rl.rlim_max + 1;
    CHECK("setrlimit cur>max", setrlimit(RLIMIT_NOFILE, &rl));
    CHECK("umask", umask(027));
    CHECK("umask back", umask(022));
    /* The session id itself depends on where the test runs (0 when the
       session leader lives outside our pid namespace, as in CI
       containers), so only its consistency is compared. */
    CHECK("getsid self", getsid(0) == getsid(getpid()) && getsid(0) >= 0);
    CHECK("getsid bad pid", getsid(0x3fffffff));
    CHECK("sysconf clk_tck", sysconf(_SC_CLK_TCK));
    CHECK("bad clock", clock_gettime(12345, &rt));
    return 0;
}
