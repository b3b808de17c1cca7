/* The x86-64 address-space layout: where a program, its first mmap, its
 * stack and its heap land, with randomization (the default) and without
 * (personality(ADDR_NO_RANDOMIZE), as gdb and setarch -R run programs).
 * Randomized addresses are printed as the relations Linux guarantees;
 * fixed ones are printed as they are where the program alone decides them
 * (its load address, its break, the stack's end).  The first mmap's exact
 * address depends on what the kernel maps besides the program (a vdso), so
 * only its region is compared.  Built static (ET_EXEC at 0x400000) and
 * dynamic (PIE). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/wait.h>
#include <unistd.h>

extern char end[]; /* the linker's end of the program's bss */

static const uint64_t kTaskSize = 0x7ffffffff000ull;      /* 47-bit user space, less a page */
static const uint64_t kPieBase = 0x555555554000ull;       /* ELF_ET_DYN_BASE */
static const uint64_t kRandomSpan = 1ull << 40;           /* 28 bits of pages */
static const uint64_t kStackRandom = 16ull << 30;         /* STACK_RND_MASK pages */
static const uint64_t kBrkRandom = 1ull << 30;           /* 1 GiB since Linux 6.10, 32 MiB before */

struct sample {
    uint64_t main_at, mmap_at, stack_end, stack_var, brk_at, end_at;
};

/* The end of the [stack] mapping, from /proc/self/maps. */
static uint64_t stack_end(void) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    uint64_t lo, hi, found = 0;
    while (f && fgets(line, sizeof line, f))
        if (strstr(line, "[stack]") && sscanf(line, "%lx-%lx", &lo, &hi) == 2) found = hi;
    if (f) fclose(f);
    return found;
}

static struct sample take(void) {
    struct sample s;
    int local = 0;
    s.main_at = (uint64_t)(uintptr_t)&take;
    s.brk_at = (uint64_t)(uintptr_t)sbrk(0);
    s.end_at = (uint64_t)(uintptr_t)end;
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    s.mmap_at = p == MAP_FAILED ? 0 : (uint64_t)(uintptr_t)p;
    s.stack_end = stack_end();
    s.stack_var = (uint64_t)(uintptr_t)&local;
    return s;
}

static const char *yes(int c) { return c ? "yes" : "no"; }

/* Relations that hold for every randomized layout, on Linux and in the guest. */
static void print_relations(const struct sample *s, int pie) {
    uint64_t image = s->main_at & ~0xfffull;
    if (pie)
        printf("program in the PIE range [0x555555554000, +1 TiB): %s\n",
               yes(image >= kPieBase && image < kPieBase + kRandomSpan + (64ull << 20)));
    else
        printf("program at its link address: %s\n", yes(image >= 0x400000 && image < 0x10000000));
    printf("stack within 16 GiB of TASK_SIZE: %s\n",
           yes(s->stack_end <= kTaskSize && s->stack_end >= kTaskSize - kStackRandom - 4096));
    printf("stack variable below the stack's end: %s\n", yes(s->stack_var < s->stack_end));
    printf("first mmap below the stack by 128 MiB or more: %s\n", yes(s->mmap_at + (128ull << 20) <= s->stack_end));
    printf("first mmap within 1 TiB + 17 GiB of the stack: %s\n",
           yes(s->mmap_at + kRandomSpan + kStackRandom + (1ull << 30) > s->stack_end));
    printf("first mmap above the program: %s\n", yes(s->mmap_at > s->main_at));
    printf("heap after the program, within 1 GiB: %s\n",
           yes(s->brk_at >= s->end_at && s->brk_at < s->end_at + kBrkRandom + (1u << 20)));
    printf("all below 2^47: %s\n", yes(s->stack_end <= kTaskSize && s->mmap_at < kTaskSize));
}

/* Runs this program again (argv[0], with `mode` as its argument) and reads
 * the sample the child prints, raw. */
static int child_sample(const char *self, const char *mode, int no_randomize, struct sample *out) {
    int fds[2];
    if (pipe(fds)) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        if (no_randomize) personality(ADDR_NO_RANDOMIZE);
        dup2(fds[1], 1);
        close(fds[0]);
        execl(self, self, mode, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    FILE *f = fdopen(fds[0], "r");
    int n = fscanf(f, "%lx %lx %lx %lx %lx %lx", &out->main_at, &out->mmap_at, &out->stack_end, &out->stack_var,
                   &out->brk_at, &out->end_at);
    fclose(f);
    int status;
    waitpid(pid, &status, 0);
    return n == 6 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--sample")) {
        struct sample s = take();
        printf("%lx %lx %lx %lx %lx %lx\n", s.main_at, s.mmap_at, s.stack_end, s.stack_var, s.brk_at, s.end_at);
        return 0;
    }
    struct sample here = take();
    int pie = here.main_at >= kPieBase;
    printf("-- this process (randomized)\n");
    print_relations(&here, pie);

    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return 1;
    self[n] = 0;

    struct sample a, b;
    if (child_sample(self, "--sample", 0, &a) || child_sample(self, "--sample", 0, &b)) return 2;
    printf("-- two randomized children\n");
    print_relations(&a, pie);
    printf("program moved between them: %s\n", yes(pie ? a.main_at != b.main_at : a.main_at == b.main_at));
    printf("stack moved between them: %s\n", yes(a.stack_end != b.stack_end));
    printf("first mmap moved between them: %s\n", yes(a.mmap_at != b.mmap_at));

    if (child_sample(self, "--sample", 1, &a) || child_sample(self, "--sample", 1, &b)) return 3;
    printf("-- two children with ADDR_NO_RANDOMIZE\n");
    printf("program: %#lx\n", a.main_at);
    printf("heap: %#lx (program end %#lx)\n", a.brk_at, a.end_at);
    printf("stack end: %#lx\n", a.stack_end);
    printf("first mmap within 64 MiB below 0x7ffff7fff000: %s\n",
           yes(a.mmap_at < 0x7ffff7fff000ull && a.mmap_at >= 0x7ffff7fff000ull - (64ull << 20)));
    printf("the same twice: %s\n", yes(!memcmp(&a, &b, sizeof a)));
    return 0;
}
