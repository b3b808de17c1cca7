/* A known hot spot for `tandem run --profile` (tests/integration/
 * guest_profile.sh): about a second spinning in one user function, then
 * about a second inside one guest kernel function (reading /dev/zero, which
 * the kernel fills with __clear_user). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The user-mode hot spot: plain arithmetic, no system calls inside. */
__attribute__((noinline)) unsigned long spin_in_user(unsigned long rounds) {
    volatile unsigned long x = 1;
    for (unsigned long i = 0; i < rounds; i++) x = x * 6364136223846793005ul + 1442695040888963407ul;
    return x;
}

int main(int argc, char** argv) {
    double seconds = argc > 1 ? atof(argv[1]) : 1.0;
    unsigned long sum = 0;
    double end = now() + seconds;
    while (now() < end) sum += spin_in_user(1000000);

    static char buf[1 << 20];
    int fd = open("/dev/zero", O_RDONLY);
    if (fd < 0) {
        perror("/dev/zero");
        return 1;
    }
    end = now() + seconds;
    while (now() < end)
        if (read(fd, buf, sizeof buf) != (ssize_t)sizeof buf) {
            perror("read");
            return 1;
        }
    printf("profspin done %lu\n", sum & 1);
    return 0;
}
