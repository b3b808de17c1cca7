/* Memory: anonymous and file mappings (private copy-on-write, shared
 * read-only), MAP_FIXED(_NOREPLACE), mprotect with a SIGSEGV handler,
 * mremap, madvise(DONTNEED), brk.  argv[1]: a scratch directory. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static sigjmp_buf g_jmp;
static void on_segv(int sig) { siglongjmp(g_jmp, sig); }

static int faults(volatile char *p, int write) {
    int sig = sigsetjmp(g_jmp, 1);
    if (sig) return sig == SIGBUS ? 2 : 1;
    if (write) *p = 1;
    else (void)*p;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2 || chdir(argv[1]) != 0) return 2;
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGSEGV, on_segv);
    signal(SIGBUS, on_segv);
    long pg = sysconf(_SC_PAGESIZE);
    printf("pagesize=%ld\n", pg);

    char *a = mmap(NULL, 8 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("anon ok=%d zero=%d\n", a != MAP_FAILED, a[5 * pg] == 0);
    memset(a, 7, 8 * pg);
    CHECK("mprotect ro", mprotect(a, pg, PROT_READ));
    printf("write ro faults=%d read ok=%d\n", faults(a, 1), !faults(a, 0));
    CHECK("mprotect none", mprotect(a + pg, pg, PROT_NONE));
    printf("read none faults=%d\n", faults(a + pg, 0));
    CHECK("mprotect rw", mprotect(a, 2 * pg, PROT_READ | PROT_WRITE));
    printf("kept=%d\n", a[pg] == 7);
    CHECK("madvise dontneed", madvise(a + 2 * pg, pg, MADV_DONTNEED));
    printf("zeroed=%d\n", a[2 * pg] == 0);
    CHECK("munmap middle", munmap(a + 3 * pg, pg));
    printf("hole faults=%d neighbours=%d\n", faults(a + 3 * pg, 0), a[4 * pg] == 7);
    char *f = mmap(a + 3 * pg, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("fixed at hole=%d\n", f == a + 3 * pg);
    char *nr = mmap(a, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("noreplace fails=%d %s\n", nr == MAP_FAILED, nr == MAP_FAILED ? ename(errno) : "");
    printf("unaligned fails=%d\n", mmap(a + 1, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED);

    /* mremap: grow in place or move, shrink */
    char *r = mremap(a, 8 * pg, 64 * pg, MREMAP_MAYMOVE);
    printf("mremap grow ok=%d kept=%d tail_zero=%d\n", r != MAP_FAILED, r[4 * pg] == 7, r[40 * pg] == 0);
    char *s = mremap(r, 64 * pg, 2 * pg, 0);
    printf("mremap shrink same=%d\n", s == r);
    CHECK("munmap", munmap(s, 2 * pg));

    /* file mappings */
    int fd = open("m.dat", O_CREAT | O_RDWR | O_TRUNC, 0644);
    char line[64];
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(line, sizeof line, "line %04d\n", i);
        write(fd, line, n);
    }
    char *m = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, pg);
    printf("file map ok=%d first=%.9s\n", m != MAP_FAILED, m + 6);
    m[0] = 'X'; /* private: the file keeps its bytes */
    char back[8] = {0};
    pread(fd, back, 1, pg);
    printf("private write stays private=%d\n", back[0] != 'X');
    pid_t c = fork();
    if (c == 0) {
        m[1] = 'Y';
        _exit(m[0] == 'X' ? 0 : 1);
    }
    int st;
    waitpid(c, &st, 0);
    printf("child saw parent copy=%d parent unaffected=%d\n", WEXITSTATUS(st) == 0, m[1] != 'Y');
    char *sh = mmap(NULL, pg, PROT_READ, MAP_SHARED, fd, 0);
    printf("shared ro map=%.9s\n", sh);
    printf("beyond eof faults=%d\n", faults(mmap(NULL, 4 * pg, PROT_READ, MAP_PRIVATE, fd, 0) + 3 * pg, 0));
    close(fd);
    printf("map after close=%.9s\n", sh + 10);

    /* brk */
    char *b0 = sbrk(0);
    char *b1 = sbrk(10 * pg);
    memset(b1, 1, 10 * pg);
    printf("brk grew=%d\n", b1 == b0 && sbrk(0) == b0 + 10 * pg);
    sbrk(-5 * pg);
    printf("brk shrank=%d\n", sbrk(0) == b0 + 5 * pg);
    /* a lot of malloc/free */
    size_t total = 0;
    for (int i = 1; i < 2000; i++) {
        char *x = malloc(i * 37);
        memset(x, i, i * 37);
        total += x[i] == (char)i;
        free(x);
    }
    printf("malloc churn=%zu\n", total);
    return 0;
}
