/* Resource exhaustion: the guest may exhaust only its own resources (its
 * memory, its process table, vmproc's bounded node table), never the
 * host's. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "redteam.h"

void attack_fork_bomb(void) {
    int* counts = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int gate[2];
    if (counts == MAP_FAILED || pipe(gate)) return;
    pid_t leader = getpid();
    for (int round = 0; round < 24; round++) {
        pid_t p = fork();
        if (p < 0) {
            __atomic_fetch_add(&counts[1], 1, __ATOMIC_SEQ_CST);
            break;
        }
        if (p > 0) __atomic_fetch_add(&counts[0], 1, __ATOMIC_SEQ_CST);
    }
    if (getpid() != leader) {
        char b;
        close(gate[1]);
        read(gate[0], &b, 1);
        _exit(0);
    }
    close(gate[1]);
    close(gate[0]);
    while (wait(NULL) > 0) {}
    note("fork bomb: %d processes created, %d forks refused", counts[0], counts[1]);
    if (counts[1])
        contained("the guest kernel's process limit stopped the fork bomb");
    else
        note("no fork was refused");
}

void attack_memory_hog(void) {
    pid_t p = fork();
    if (p == 0) {
        for (;;) {
            char* m = mmap(NULL, 16 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (m == MAP_FAILED) pause();
            for (size_t i = 0; i < (16u << 20); i += 4096) m[i] = 1;
        }
    }
    int st = 0;
    waitpid(p, &st, 0);
    note("memory hog: %s %d", WIFSIGNALED(st) ? "killed by signal" : "exited", WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    void* after = malloc(1 << 20);
    if (after) memset(after, 1, 1 << 20);
    contained("the guest's own memory ran out; the parent still allocates: %s", after ? "yes" : "no");
}

void attack_fs_node_exhaustion(void) {
    char name[64];
    int made = 0, err = 0;
    for (int i = 0; i < g_targets.files; i++) {
        snprintf(name, sizeof name, "/rw/n%d", i);
        int fd = open(name, O_CREAT | O_WRONLY, 0644);
        if (fd < 0) {
            err = errno;
            break;
        }
        close(fd);
        made++;
    }
    note("created %d files in the read-write export, then: %s", made, err ? strerror(err) : "no error");
    char buf[64] = {0};
    int fd = open("/watched.txt", O_RDONLY);
    note("reading a host file while exhausted: %s", fd >= 0 && read(fd, buf, sizeof buf - 1) > 0 ? "works" : strerror(errno));
    if (fd >= 0) close(fd);
    for (int i = 0; i < made; i++) {
        snprintf(name, sizeof name, "/rw/n%d", i);
        unlink(name);
    }
    fd = open("/rw/after", O_CREAT | O_WRONLY, 0644);
    note("creating a file after removing them: %s", fd >= 0 ? "works" : strerror(errno));
    if (fd >= 0) close(fd);
    contained("vmproc bounded what the guest holds; only the guest's own requests failed");
}
