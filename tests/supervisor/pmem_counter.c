/* Issue 15, acceptance 4: run inside the guest under --restart and --pmem.
 * Takes the time first (the restart bench measures from the failure to
 * here), then increments a counter at the start of /dev/pmem0 through a
 * MAP_SHARED mapping, checks that read() sees the same value, prints the
 * run and the failure record, and panics the guest kernel on purpose.
 * Usage: pmem_counter [--no-panic] */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

/* The value of "KEY N" in /proc/tandem/last_failure, or 0. */
static unsigned long long failure_field(const char* text, const char* key) {
    const char* at = strstr(text, key);
    return at ? strtoull(at + strlen(key), NULL, 10) : 0;
}

int main(int argc, char** argv) {
    struct timespec now, up;
    clock_gettime(CLOCK_REALTIME, &now);
    clock_gettime(CLOCK_MONOTONIC, &up); /* the guest's clock starts at its boot */
    int panic = !(argc > 1 && strcmp(argv[1], "--no-panic") == 0);

    char record[512] = "";
    int rf = open("/proc/tandem/last_failure", O_RDONLY);
    if (rf < 0) { perror("/proc/tandem/last_failure"); return 2; }
    ssize_t got = read(rf, record, sizeof record - 1);
    close(rf);
    if (got < 0) { perror("read last_failure"); return 2; }
    record[got] = 0;

    int fd = open("/dev/pmem0", O_RDWR);
    if (fd < 0) { perror("/dev/pmem0"); return 2; }
    off_t size = lseek(fd, 0, SEEK_END);
    volatile uint64_t* counter = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (counter == MAP_FAILED) { perror("mmap /dev/pmem0"); return 2; }
    uint64_t run = *counter + 1;
    *counter = run; /* the store through the mapping is the region's */
    uint64_t seen = 0;
    if (pread(fd, &seen, sizeof seen, 0) != (ssize_t)sizeof seen || seen != run) {
        fprintf(stderr, "read() sees %llu, the mapping %llu\n", (unsigned long long)seen, (unsigned long long)run);
        return 3;
    }

    /* A mark in this guest's ordinary memory: the next guest's memory (and
     * so its core) must not have it (the restart test looks). */
    char* mark = malloc(64);
    if (!mark) return 2;
    snprintf(mark, 64, "tandem-mark-of-run-%llu.", (unsigned long long)run);

    unsigned long long failures = failure_field(record, "count ");
    unsigned long long failed_ns = failure_field(record, "time_ns ");
    printf("run %llu pmem %lld bytes, failures before %llu, mark %zu bytes\n", (unsigned long long)run,
           (long long)size, failures, strlen(mark));
    if (failures) {
        long long at_ns = (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
        printf("restart_latency_ns %lld boot_to_main_ns %lld\n", at_ns - (long long)failed_ns,
               (long long)up.tv_sec * 1000000000LL + up.tv_nsec);
        const char* reason = strstr(record, "reason ");
        if (reason) printf("last failure: %s", reason + 7);
    }
    fflush(stdout);
    if (!panic) return 0;
    int t = open("/proc/sysrq-trigger", O_WRONLY);
    if (t < 0 || write(t, "c", 1) != 1) { perror("sysrq-trigger"); return 4; }
    return 5; /* not reached: the guest kernel panicked */
}
