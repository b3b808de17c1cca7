/* Copy-on-write after fork, written in runs: the parent fills BLOCKS 64 KiB
 * blocks, forks twice; the first child exits at once, the second waits on
 * a pipe.  The parent then writes every page (each still shared with the
 * second child: copies, a block per fault), the second child exits, and the
 * parent writes every page again (now its own: the last user takes them
 * over).  Every value is checked on both sides: the second child must
 * still read what was there at the fork, the parent what it wrote.
 * tests/integration/guest_cow_around.sh reads the guest kernel's counts.
 * Usage: cowwrite [BLOCKS] */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define PAGE 4096
#define BLOCK (16 * PAGE)

static int check(const char *who, const char *p, size_t len, char want) {
    for (size_t i = 0; i < len; i += PAGE)
        if (p[i] != want) {
            fprintf(stderr, "cowwrite: %s: page %zu holds %d, want %d\n", who, i / PAGE, p[i], want);
            return 1;
        }
    return 0;
}

static void fill(char *p, size_t len, char v) {
    for (size_t i = 0; i < len; i += PAGE) p[i] = v;
}

int main(int argc, char **argv) {
    int blocks = argc > 1 ? atoi(argv[1]) : 16;
    size_t len = (size_t)blocks * BLOCK;
    char *p = mmap(NULL, len + BLOCK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("cowwrite: mmap");
        return 1;
    }
    p = (char *)(((unsigned long)p + BLOCK - 1) & ~(unsigned long)(BLOCK - 1)); /* whole blocks */
    fill(p, len, 1);

    pid_t quick = fork();
    if (quick == 0) _exit(0);
    int gate[2];
    if (pipe(gate) != 0) return 1;
    pid_t slow = fork();
    if (slow == 0) {
        char c;
        close(gate[1]);
        if (read(gate[0], &c, 1) != 1) _exit(2);
        _exit(check("second child", p, len, 1) ? 3 : 0); /* the fork's values, not the parent's */
    }
    int st;
    waitpid(quick, &st, 0);
    fill(p, len, 2); /* shared with the second child: copied, a block per fault */
    if (check("parent, shared", p, len, 2)) return 1;
    if (write(gate[1], "x", 1) != 1) return 1;
    waitpid(slow, &st, 0);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        fprintf(stderr, "cowwrite: second child failed (status 0x%x)\n", st);
        return 1;
    }

    pid_t again = fork(); /* share them once more; the child exits at once */
    if (again == 0) _exit(0);
    waitpid(again, &st, 0);
    fill(p, len, 3); /* the last user: taken over, a block at a time */
    if (check("parent, own", p, len, 3)) return 1;
    printf("cowwrite: %d blocks ok\n", blocks);
    return 0;
}
