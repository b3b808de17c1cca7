/* Shared memory between processes: MAP_SHARED|MAP_ANONYMOUS and shared
 * /dev/zero pages first touched after fork, POSIX shared memory (shm_open
 * on /dev/shm) and MAP_SHARED tmpfs files, process-shared futexes (also at
 * different addresses in the two processes) and semaphores. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static long futex(uint32_t *w, int op, uint32_t val, const struct timespec *ts) {
    return syscall(SYS_futex, w, op, val, ts, NULL, 0);
}

static int child_status(pid_t c) {
    int st;
    if (waitpid(c, &st, 0) != c) return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* A child writes pages the parent never touched, and the parent writes
 * pages the child reads only after fork. */
static void shared_after_fork(const char *what, char *m, long pg) {
    m[0] = 'p'; /* touched before fork */
    pid_t c = fork();
    if (c == 0) {
        m[pg] = 'c';          /* first touch after fork, in the child */
        m[0] = 'C';           /* a page touched before fork */
        while (m[2 * pg] != 'P') usleep(1000); /* first touched by the parent */
        _exit(0);
    }
    m[2 * pg] = 'P';
    int st = child_status(c);
    printf("%s: child=%d sees child page=%d child write to old page=%d\n", what, st, m[pg] == 'c', m[0] == 'C');
}

/* The child waits on a futex word at its own address for the mapping;
 * the parent wakes it through its mapping.  Exit 0: woken (or the value
 * had changed), 1: timed out. */
static void futex_across(const char *what, uint32_t *pw, uint32_t *cw, uint32_t *ready) {
    *pw = 0;
    *ready = 0;
    pid_t c = fork();
    if (c == 0) {
        struct timespec ts = {5, 0};
        __atomic_store_n(ready, 1, __ATOMIC_SEQ_CST);
        while (__atomic_load_n(cw, __ATOMIC_SEQ_CST) == 0) {
            if (futex(cw, FUTEX_WAIT, 0, &ts) < 0 && errno == ETIMEDOUT) _exit(1);
        }
        _exit(0);
    }
    while (!__atomic_load_n(ready, __ATOMIC_SEQ_CST)) usleep(1000);
    usleep(100000); /* let it fall asleep */
    __atomic_store_n(pw, 1, __ATOMIC_SEQ_CST);
    futex(pw, FUTEX_WAKE, 1, NULL);
    printf("%s: child woken=%d\n", what, child_status(c) == 0);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    long pg = sysconf(_SC_PAGESIZE);

    char *a = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    printf("shared anon ok=%d zero=%d\n", a != MAP_FAILED, a[3 * pg] == 0);
    shared_after_fork("shared anon", a, pg);

    int zfd = open("/dev/zero", O_RDWR);
    char *z = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, zfd, 0);
    close(zfd);
    printf("shared /dev/zero ok=%d\n", z != MAP_FAILED);
    shared_after_fork("shared /dev/zero", z, pg);

    /* Private anonymous memory stays private. */
    char *p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    pid_t c = fork();
    if (c == 0) {
        p[pg] = 'c';
        _exit(0);
    }
    child_status(c);
    printf("private anon stays private=%d\n", p[pg] == 0);

    /* A page dropped with MADV_DONTNEED comes back with the shared data. */
    a[3 * pg] = 'k';
    CHECK("madvise dontneed shared", madvise(a + 3 * pg, pg, MADV_DONTNEED));
    printf("shared data kept=%d\n", a[3 * pg] == 'k');

    /* POSIX shared memory: a tmpfs file under /dev/shm. */
    struct stat st;
    printf("/dev/shm is a directory=%d\n", stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode));
    char name[64];
    snprintf(name, sizeof name, "/tandem-conf-shm-%d", (int)getpid());
    int fd = shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600);
    printf("shm_open ok=%d\n", fd >= 0);
    CHECK("ftruncate", ftruncate(fd, 4 * pg));
    char *s = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    shared_after_fork("shm file", s, pg);
    char buf[2] = {0};
    pread(fd, buf, 1, pg);
    printf("read() sees mapped write=%d\n", buf[0] == 'c');
    pwrite(fd, "w", 1, 3 * pg);
    printf("mapping sees write()=%d\n", s[3 * pg] == 'w');
    int fd2 = shm_open(name, O_RDWR, 0);
    char *s2 = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd2, pg);
    printf("second mapping same data=%d\n", s2 != MAP_FAILED && s2[0] == 'c');
    CHECK("shm_unlink", shm_unlink(name));
    CHECK("shm_open after unlink", shm_open(name, O_RDWR, 0));

    /* Futexes: same address in both (inherited), then different ones. */
    uint32_t *w = (uint32_t *)(a + 128);
    futex_across("futex shared anon", w, w, (uint32_t *)(a + 256));
    uint32_t *sw = (uint32_t *)(s + 2 * pg);
    /* The child maps the same page again elsewhere and waits there. */
    *(uint32_t *)(s + 64) = 0;
    sw[0] = 0;
    c = fork();
    if (c == 0) {
        uint32_t *mine = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd2, 2 * pg);
        if (mine == MAP_FAILED || (char *)mine == s + 2 * pg) _exit(2);
        struct timespec ts = {5, 0};
        __atomic_store_n((uint32_t *)(s + 64), 1, __ATOMIC_SEQ_CST);
        while (__atomic_load_n(mine, __ATOMIC_SEQ_CST) == 0)
            if (futex(mine, FUTEX_WAIT, 0, &ts) < 0 && errno == ETIMEDOUT) _exit(1);
        _exit(0);
    }
    while (!__atomic_load_n((uint32_t *)(s + 64), __ATOMIC_SEQ_CST)) usleep(1000);
    usleep(100000);
    __atomic_store_n(sw, 1, __ATOMIC_SEQ_CST);
    futex(sw, FUTEX_WAKE, 1, NULL);
    printf("futex at another address: child=%d\n", child_status(c));

    /* A private futex op does not reach another process. */
    uint32_t *pv = (uint32_t *)(a + 512);
    *pv = 0;
    c = fork();
    if (c == 0) {
        struct timespec ts = {0, 300000000};
        long r = futex(pv, FUTEX_WAIT, 0, &ts);
        _exit(r < 0 && errno == ETIMEDOUT ? 0 : 1);
    }
    usleep(100000);
    long n = futex(pv, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, NULL);
    printf("private wake woke=%ld child timed out=%d\n", n, child_status(c) == 0);

    /* Process-shared semaphore. */
    sem_t *sem = (sem_t *)(a + 1024);
    CHECK("sem_init pshared", sem_init(sem, 1, 0));
    c = fork();
    if (c == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 5;
        _exit(sem_timedwait(sem, &ts) == 0 ? 0 : 1);
    }
    usleep(100000);
    CHECK("sem_post", sem_post(sem));
    printf("sem child=%d\n", child_status(c));
    return 0;
}
