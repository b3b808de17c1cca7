// bench/uml-vectest: are a process's vector registers kept across page faults?
// bench/run runs it inside UML before every UML job: Debian 12's UML lost the
// upper halves of ymm, zmm16-31 and k0-7 at every page fault on this host
// (see bench/uml-xstate-shim.c), which corrupted glibc's string copies.
//
// usage: uml-vectest [FAULTS]   (default 200)
// Prints one line; exit status 0 when nothing was lost.
#define _GNU_SOURCE
#include <cpuid.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum { PAGE = 4096 };

// fresh_page: a page that is not mapped in yet, so the first write faults.
static char *fresh_page(void) {
    char *p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("uml-vectest: mmap");
        exit(2);
    }
    return p;
}

// xcr0: which register states the OS has enabled (0 without OSXSAVE).
static unsigned long long xcr0(void) {
    unsigned a, b, c, d;
    __cpuid(1, a, b, c, d);
    if (!(c & (1u << 27)))
        return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (unsigned long long)hi << 32 | lo;
}

// ymm_lost: loads ymm3, faults, stores it; 1 when its upper half changed.
__attribute__((target("avx"))) static int ymm_lost(const unsigned char in[32]) {
    unsigned char out[32] = {0};
    char *p = fresh_page();
    __asm__ volatile("vmovdqu %1, %%ymm3\n\tmovb $1, (%2)\n\tvmovdqu %%ymm3, %0"
                     : "=m"(*(unsigned char(*)[32])out)
                     : "m"(*(const unsigned char(*)[32])in), "r"(p)
                     : "xmm3", "memory");
    munmap(p, PAGE);
    return memcmp(in + 16, out + 16, 16) != 0;
}

// zmm_k_lost: the same for zmm17 (bit 1) and the mask register k1 (bit 2).
__attribute__((target("avx512f"))) static int zmm_k_lost(const unsigned char in[64]) {
    unsigned char out[64] = {0};
    unsigned long long k = 0;
    char *p = fresh_page();
    __asm__ volatile("vmovdqu64 %2, %%zmm17\n\tmovl $0x5a5a, %%eax\n\tkmovw %%eax, %%k1\n\t"
                     "movb $1, (%3)\n\tvmovdqu64 %%zmm17, %0\n\tkmovw %%k1, %%eax\n\tmovq %%rax, %1"
                     : "=m"(*(unsigned char(*)[64])out), "=m"(k)
                     : "m"(*(const unsigned char(*)[64])in), "r"(p)
                     : "rax", "xmm17", "k1", "memory");
    munmap(p, PAGE);
    return (memcmp(in, out, 64) != 0) << 1 | (k != 0x5a5a) << 2;
}

// copy_lost: glibc's own memcpy into fresh pages; 1 when the copy differs.
static int copy_lost(const char *src, size_t len) {
    char *dst = mmap(NULL, len + PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (dst == MAP_FAILED) {
        perror("uml-vectest: mmap");
        exit(2);
    }
    memcpy(dst + 7, src, len);
    int bad = memcmp(dst + 7, src, len) != 0;
    munmap(dst, len + PAGE);
    return bad;
}

// main: runs each check FAULTS times and prints the counts on one line.
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 200;
    unsigned char in[64];
    for (int i = 0; i < 64; i++)
        in[i] = (unsigned char)(i * 7 + 1);
    unsigned long long x = xcr0();
    unsigned a, b, c, d;
    __cpuid_count(7, 0, a, b, c, d);
    int avx = (x & 0x6) == 0x6, avx512 = avx && (b & (1u << 16)) && (x & 0xe0) == 0xe0;
    size_t len = 3 * PAGE + 100;
    char *src = malloc(len);
    for (size_t i = 0; i < len; i++)
        src[i] = (char)('a' + i % 26);
    int ymm = 0, zmm = 0, kreg = 0, copies = 0;
    for (int i = 0; i < n; i++) {
        if (avx)
            ymm += ymm_lost(in);
        if (avx512) {
            int r = zmm_k_lost(in);
            zmm += (r >> 1) & 1;
            kreg += (r >> 2) & 1;
        }
        copies += copy_lost(src, len);
    }
    int bad = ymm || zmm || kreg || copies;
    printf("uml-vectest: %s: %d page faults each: ymm upper halves lost %d%s, zmm17 lost %d, k1 lost %d%s; "
           "memcpy into fresh pages corrupted %d of %d\n",
           bad ? "FAILED" : "ok", n, ymm, avx ? "" : " (no AVX)", zmm, kreg, avx512 ? "" : " (no AVX-512)",
           copies, n);
    return bad;
}
