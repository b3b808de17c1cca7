/* Writes N MiB (argv[1], default 64) with a pattern that differs in every
 * word, then reads it all back twice, so that each page is touched again
 * after all the others: under a memory limit smaller than N the host must
 * have swapped pages out and in between.  Prints one line; exit 0 = intact. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

/* The value of word i: distinct for every word, never zero. */
static uint64_t pattern(uint64_t i) { return (i + 1) * 0x9e3779b97f4a7c15ull; }

int main(int argc, char **argv) {
    unsigned long mib = argc > 1 ? strtoul(argv[1], NULL, 10) : 64;
    size_t words = (size_t)mib << 17;
    uint64_t *p = mmap(NULL, words * 8, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("memverify: mmap");
        return 2;
    }
    for (size_t i = 0; i < words; i++) p[i] = pattern(i);
    for (int pass = 1; pass <= 2; pass++)
        for (size_t i = 0; i < words; i++)
            if (p[i] != pattern(i)) {
                printf("memverify: pass %d: word %zu is %#llx, wrote %#llx\n", pass, i,
                       (unsigned long long)p[i], (unsigned long long)pattern(i));
                return 1;
            }
    printf("memverify: %lu MiB written and read back twice: intact\n", mib);
    return 0;
}
