/* Clocks advance and nanosleep sleeps at least as long as asked.
 * Prints "clock ok" and exits 0, or names the failed check and exits 1. */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void) {
    int failures = 0;
    struct timespec a, b, r;
    if (clock_gettime(CLOCK_MONOTONIC, &a) != 0) { puts("FAIL: clock_gettime"); return 1; }
    volatile unsigned long spin = 0;
    for (unsigned long i = 0; i < 10000000; i++) spin += i;
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (ns(b) <= ns(a)) { puts("FAIL: monotonic clock does not advance"); failures++; }

    struct timespec req = {0, 20 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &a);
    if (nanosleep(&req, NULL) != 0) { puts("FAIL: nanosleep"); failures++; }
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long slept = ns(b) - ns(a);
    if (slept < 20 * 1000 * 1000) { printf("FAIL: slept only %lld ns\n", slept); failures++; }
    if (slept > 2000LL * 1000 * 1000) { printf("FAIL: slept %lld ns\n", slept); failures++; }

    clock_gettime(CLOCK_REALTIME, &r);
    if (r.tv_sec < 1600000000) { puts("FAIL: realtime clock before 2020"); failures++; }
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (tv.tv_sec < r.tv_sec - 1 || tv.tv_sec > r.tv_sec + 5) { puts("FAIL: gettimeofday disagrees"); failures++; }
    time_t t = time(NULL);
    if (t < r.tv_sec - 1 || t > r.tv_sec + 5) { puts("FAIL: time disagrees"); failures++; }

    if (failures) return 1;
    puts("clock ok");
    return 0;
}
