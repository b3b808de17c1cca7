/* A memory hog: a child touches memory until the guest runs out; the
 * kernel must kill it (SIGKILL) rather than itself, and the parent goes on.
 * A second allocation pattern (huge mmap) must fail cleanly with ENOMEM. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    pid_t c = fork();
    if (c == 0) {
        for (;;) {
            char *p = mmap(NULL, 64 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) _exit(3);
            memset(p, 1, 64 << 20);
        }
    }
    int st;
    waitpid(c, &st, 0);
    printf("memhog: child killed by signal %d\n", WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    void *huge = mmap(NULL, 1ull << 46, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("memhog: 64 TiB mmap fails with ENOMEM: %s\n", huge == MAP_FAILED && errno == ENOMEM ? "yes" : "no");
    char *small = malloc(1 << 20);
    memset(small, 2, 1 << 20);
    printf("memhog: parent still allocates: %s\n", small[12345] == 2 ? "yes" : "no");
    return 0;
}
