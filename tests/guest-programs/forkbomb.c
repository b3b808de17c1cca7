/* A fork bomb that must end with EAGAIN inside the guest: every process
 * forks (exponential growth) until fork fails, then all exit.  Counters in a
 * MAP_SHARED page record successes and failures across all processes. */
#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

struct Counts {
    int created, limited;
};

int main(void) {
    struct Counts *c = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int gate[2];
    if (c == MAP_FAILED || pipe(gate) != 0) return 2;
    pid_t leader = getpid();
    for (int round = 0; round < 20; round++) {
        pid_t p = fork();
        if (p < 0) {
            if (errno == EAGAIN || errno == ENOMEM) __atomic_fetch_add(&c->limited, 1, __ATOMIC_SEQ_CST);
            break;
        }
        if (p > 0) __atomic_fetch_add(&c->created, 1, __ATOMIC_SEQ_CST);
    }
    if (getpid() != leader) {
        /* Wait until the leader opens the gate, then exit (children of
         * exited parents are re-parented to the leader, pid 1). */
        char b;
        close(gate[1]);
        read(gate[0], &b, 1);
        _exit(0);
    }
    close(gate[1]);
    close(gate[0]);
    while (wait(NULL) > 0) {}
    printf("fork bomb: stopped by EAGAIN/ENOMEM: %s; processes created below the limit: %s\n",
           c->limited > 0 ? "yes" : "no", c->created < 1100 ? "yes" : "no");
    printf("fork bomb: all reaped, first process alive\n");
    return 0;
}
