/* Memory management system calls: brk, anonymous mmap/munmap (with
 * MAP_FIXED), demand-zero paging over many pages, mprotect, madvise.
 * Prints "memory ok" and exits 0, or names the failed check and exits 1. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *what) {
    if (!ok) {
        printf("FAIL: %s\n", what);
        failures++;
    }
}

int main(void) {
    const size_t page = 4096;

    /* brk: grow, touch, shrink. */
    char *b0 = sbrk(0);
    check(b0 != (void *)-1, "sbrk(0)");
    check(sbrk(1 << 20) == b0, "sbrk grows");
    memset(b0, 0x5a, 1 << 20);
    check(b0[(1 << 20) - 1] == 0x5a, "brk memory is writable");
    check(sbrk(-(1 << 19)) != (void *)-1, "sbrk shrinks");
    check(sbrk(0) == b0 + (1 << 19), "break moved back");

    /* mmap: 16 MiB demand-zero, every page touched. */
    size_t len = 16u << 20;
    unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    check(m != MAP_FAILED, "mmap 16 MiB");
    int zero = 1;
    for (size_t off = 0; off < len; off += page) {
        if (m[off] != 0) zero = 0;
        m[off] = (unsigned char)(off / page);
    }
    check(zero, "fresh pages read as zero");
    int kept = 1;
    for (size_t off = 0; off < len; off += page)
        if (m[off] != (unsigned char)(off / page)) kept = 0;
    check(kept, "pages keep their contents");

    /* munmap a hole in the middle, then map it again with MAP_FIXED. */
    check(munmap(m + len / 2, 1 << 20) == 0, "munmap a hole");
    unsigned char *f = mmap(m + len / 2, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    check(f == m + len / 2, "MAP_FIXED reuses the hole");
    check(f[0] == 0 && f[page * 3] == 0, "remapped pages are zero");
    check(m[len / 2 - page] == (unsigned char)((len / 2 - page) / page), "neighbours survive munmap");

    /* madvise(DONTNEED) makes anonymous pages zero again. */
    m[0] = 99;
    check(madvise(m, page, MADV_DONTNEED) == 0, "madvise DONTNEED");
    check(m[0] == 0, "DONTNEED page reads as zero");

    /* mprotect read-only, then back to read-write. */
    check(mprotect(m, page * 4, PROT_READ) == 0, "mprotect read-only");
    check(m[page] == 1, "read-only page is readable");
    check(mprotect(m, page * 4, PROT_READ | PROT_WRITE) == 0, "mprotect read-write");
    m[page] = 7;
    check(m[page] == 7, "page writable again");
    check(munmap(m, len) == 0, "munmap all");

    /* Errors. */
    check(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED, "mmap length 0 fails");
    check(munmap((void *)0x10001, page) == -1, "munmap unaligned fails");
    check(mprotect(m, page, PROT_READ) == -1, "mprotect of unmapped memory fails");

    /* malloc on top of all that. */
    void *big = malloc(64u << 20);
    check(big != NULL, "malloc 64 MiB");
    if (big) {
        memset(big, 1, 64u << 20);
        free(big);
    }

    if (failures) return 1;
    puts("memory ok");
    return 0;
}
