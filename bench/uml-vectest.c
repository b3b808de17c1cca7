// bench/uml-vectest: are a process's vector registers kept across page faults?
// bench/run runs it inside UML before every UML job: Debian 12's UML lost the
// upper halves of ymm, zmm16-31 and k0-7 at every page fault on this host
// (see bench/uml-xstate-shim.c), which corrupted glibc's string copies.
//
// usage: uml-vectest [FAULTS]   (default 200)
//        uml-vectest --signal   (a known limit of UML 6.1, not checked by bench/run)
// Prints one line; exit status 0 when nothing was lost.
#define _GNU_SOURCE
#include <cpuid.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>

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

// yield_lost512: ymm3, zmm17 and k1 across a sched_yield system call; two
// threads run it, so under UML two tasks share one host process.
__attribute__((target("avx512f"))) static int yield_lost512(const unsigned char in[64], unsigned long long kin) {
    unsigned char out[64] = {0}, y[32] = {0};
    unsigned long long k = 0;
    __asm__ volatile("vmovdqu64 %3, %%zmm17\n\tvmovdqu %3, %%ymm3\n\tkmovq %4, %%k1\n\t"
                     "movl $24, %%eax\n\tsyscall\n\t"
                     "vmovdqu64 %%zmm17, %0\n\tvmovdqu %%ymm3, %1\n\tkmovq %%k1, %2"
                     : "=m"(*(unsigned char(*)[64])out), "=m"(*(unsigned char(*)[32])y), "=r"(k)
                     : "m"(*(const unsigned char(*)[64])in), "r"(kin)
                     : "rax", "rcx", "r11", "xmm17", "xmm3", "k1", "memory");
    return memcmp(in, y, 32) != 0 || memcmp(in, out, 64) != 0 || k != kin;
}

// yield_lost256: the same for ymm3 alone, on hosts without AVX-512.
__attribute__((target("avx"))) static int yield_lost256(const unsigned char in[64]) {
    unsigned char y[32] = {0};
    __asm__ volatile("vmovdqu %1, %%ymm3\n\tmovl $24, %%eax\n\tsyscall\n\tvmovdqu %%ymm3, %0"
                     : "=m"(*(unsigned char(*)[32])y)
                     : "m"(*(const unsigned char(*)[32])in)
                     : "rax", "rcx", "r11", "xmm3", "memory");
    return memcmp(in, y, 32) != 0;
}

static int yield_rounds, yield_avx512, yield_bad[2];

// yield_thread: one of the two threads of the yield check.
static void *yield_thread(void *arg) {
    int id = (int)(long)arg;
    unsigned char in[64];
    for (int r = 0; r < yield_rounds; r++) {
        for (int i = 0; i < 64; i++)
            in[i] = (unsigned char)(id * 100 + i + r);
        yield_bad[id] += yield_avx512 ? yield_lost512(in, 0x1000 + id * 7 + r) : yield_lost256(in);
    }
    return NULL;
}

static volatile sig_atomic_t sig_hits;

// sig_handler: a SIGALRM handler that overwrites ymm3, zmm17 and k1.
__attribute__((target("avx512f"))) static void sig_handler(int sig) {
    (void)sig;
    __asm__ volatile("vpternlogd $0xff, %%zmm17, %%zmm17, %%zmm17\n\tvpcmpeqb %%ymm3, %%ymm3, %%ymm3\n\t"
                     "kxnorw %%k1, %%k1, %%k1" ::: "xmm17", "xmm3", "k1");
    sig_hits++;
}

// signal_check: --signal: do ymm3, zmm17 and k1 survive a signal handler
// that changes them?  (UML 6.1's signal frames hold x87, SSE and AVX only.)
__attribute__((target("avx512f"))) static int signal_check(void) {
    unsigned char in[64], out[64], y[32];
    for (int i = 0; i < 64; i++)
        in[i] = (unsigned char)i;
    signal(SIGALRM, sig_handler);
    struct itimerval it = {{0, 1000}, {0, 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
    int z = 0, yl = 0, kl = 0, rounds = 0;
    while (sig_hits < 200) {
        unsigned long long k;
        __asm__ volatile("vmovdqu64 %3, %%zmm17\n\tvmovdqu %3, %%ymm3\n\tmovl $0x77, %%eax\n\tkmovw %%eax, %%k1\n\t"
                         "movl $2000000, %%ecx\n1:\tdecl %%ecx\n\tjnz 1b\n\t"
                         "vmovdqu64 %%zmm17, %0\n\tvmovdqu %%ymm3, %1\n\tkmovw %%k1, %%eax\n\tmovq %%rax, %2"
                         : "=m"(*(unsigned char(*)[64])out), "=m"(*(unsigned char(*)[32])y), "=r"(k)
                         : "m"(*(unsigned char(*)[64])in)
                         : "rax", "rcx", "xmm17", "xmm3", "k1", "memory");
        rounds++;
        z += memcmp(in, out, 64) != 0;
        yl += memcmp(in, y, 32) != 0;
        kl += (k & 0xffff) != 0x77;
    }
    setitimer(ITIMER_REAL, &(struct itimerval){0}, NULL);
    printf("uml-vectest --signal: %d handler runs over %d rounds: zmm17 changed %d, ymm3 changed %d, k1 changed %d\n",
           (int)sig_hits, rounds, z, yl, kl);
    return z || yl || kl;
}

// main: runs each check FAULTS times and prints the counts on one line.
int main(int argc, char **argv) {
    unsigned char in[64];
    for (int i = 0; i < 64; i++)
        in[i] = (unsigned char)(i * 7 + 1);
    unsigned long long x = xcr0();
    unsigned a, b, c, d;
    __cpuid_count(7, 0, a, b, c, d);
    int avx = (x & 0x6) == 0x6, avx512 = avx && (b & (1u << 16)) && (x & 0xe0) == 0xe0;
    if (argc > 1 && strcmp(argv[1], "--signal") == 0) {
        if (!avx512) {
            printf("uml-vectest --signal: no AVX-512\n");
            return 0;
        }
        return signal_check();
    }
    int n = argc > 1 ? atoi(argv[1]) : 200;
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
    yield_rounds = avx ? n * 10 : 0;
    yield_avx512 = avx512;
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, yield_thread, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    int yields = yield_bad[0] + yield_bad[1];
    int bad = ymm || zmm || kreg || copies || yields;
    printf("uml-vectest: %s: %d page faults each: ymm upper halves lost %d%s, zmm17 lost %d, k1 lost %d%s; "
           "memcpy into fresh pages corrupted %d of %d; 2 threads x %d sched_yield: state lost %d\n",
           bad ? "FAILED" : "ok", n, ymm, avx ? "" : " (no AVX)", zmm, kreg, avx512 ? "" : " (no AVX-512)",
           copies, n, yield_rounds, yields);
    return bad;
}
