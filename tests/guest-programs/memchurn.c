/* Memory churn: maps, touches and unmaps the same amount of anonymous memory
 * again and again (ROUNDS x MIB MiB in all), as a build's short-lived
 * processes do.  tests/integration/guest_memory_reuse.sh checks that the
 * guest kernel reuses the memory it freed rather than moving on through all
 * of guest memory (each new page costs the host an allocation).
 * Usage: memchurn [ROUNDS [MIB]] */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 32;
    size_t mib = argc > 2 ? (size_t)atoi(argv[2]) : 32;
    size_t len = mib << 20;
    for (int r = 0; r < rounds; r++) {
        char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            perror("memchurn: mmap");
            return 1;
        }
        for (size_t i = 0; i < len; i += 4096) p[i] = (char)(r + 1);
        for (size_t i = 0; i < len; i += 4096)
            if (p[i] != (char)(r + 1)) {
                fprintf(stderr, "memchurn: round %d: byte %zu lost\n", r, i);
                return 1;
            }
        munmap(p, len);
    }
    printf("memchurn: %d rounds of %zu MiB\n", rounds, mib);
    return 0;
}
