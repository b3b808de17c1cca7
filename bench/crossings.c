// bench/crossings: what each crossing of the user-only platform costs on this host.
//
// The user-only design (docs/PLATFORM.md, "User-only mode: processes and
// trust") is built from a handful of host primitives: a guest system call
// caught by Syscall User Dispatch, a first touch reflected with mmap of a
// memfd page, a hand-off of the one vCPU between two host processes through a
// futex in shared memory, a user-window flush, a POSIX timer re-armed, an FPU
// image moved, a new address-space process forked.  This program times each
// of them natively, and again under a seccomp allow-list (with the kernel's
// default speculation mitigation for seccomp'd tasks, and without it), so
// that the design's cost model is measured on this host and not assumed.  It
// is a host program (it never runs inside a guest); bench/run does not call
// it.  Run it by hand, pinned:
//
//   taskset -c 1 build/bench/crossings [--reps N] [--only NAME[,NAME...]]
//
// (unpinned, the cross-CPU hand-offs run too).  Output: one CSV line per
// primitive, in nanoseconds per operation,
//   crossing,NAME,REPS,BATCH,MEDIAN_NS,MIN_NS,MAX_NS,NOTE
// and a primitive that cannot run prints NA and why.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef PR_SET_SYSCALL_USER_DISPATCH
#define PR_SET_SYSCALL_USER_DISPATCH 59
#define PR_SYS_DISPATCH_OFF 0
#define PR_SYS_DISPATCH_ON 1
#define SYSCALL_DISPATCH_FILTER_ALLOW 0
#define SYSCALL_DISPATCH_FILTER_BLOCK 1
#endif
#ifndef SECCOMP_FILTER_FLAG_SPEC_ALLOW
#define SECCOMP_FILTER_FLAG_SPEC_ALLOW (1UL << 2)
#endif

// ---- timing and output ----------------------------------------------------------

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

enum { MAX_REPS = 200 };
static int reps = 11;
static const char *only;

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

// Prints one primitive's median and range over its batches.
static void report(const char *name, double *per_op, int n, long batch, const char *note) {
    if (n == 0) {
        printf("crossing,%s,0,%ld,NA,NA,NA,%s\n", name, batch, note);
        fflush(stdout);
        return;
    }
    qsort(per_op, (size_t)n, sizeof per_op[0], cmp_double);
    double med = n % 2 ? per_op[n / 2] : (per_op[n / 2 - 1] + per_op[n / 2]) / 2;
    printf("crossing,%s,%d,%ld,%.1f,%.1f,%.1f,%s\n", name, n, batch, med, per_op[0], per_op[n - 1], note);
    fflush(stdout);
}

static void not_available(const char *name, const char *why) {
    printf("crossing,%s,0,0,NA,NA,NA,not available: %s\n", name, why);
    fflush(stdout);
}

static int wanted(const char *name) {
    if (!only) return 1;
    size_t len = strlen(name);
    for (const char *p = only; (p = strstr(p, name)); p += len)
        if ((p == only || p[-1] == ',') && (p[len] == ',' || p[len] == 0)) return 1;
    return 0;
}

// Times `reps` batches of `batch` runs of `op` after one untimed warm-up batch.
#define TIME(name, batch, op, note)                                                        \
    do {                                                                                   \
        double v_[MAX_REPS];                                                               \
        int n_ = 0;                                                                        \
        for (int r_ = -1; r_ < reps; r_++) {                                               \
            uint64_t t0_ = now_ns();                                                       \
            for (long i_ = 0; i_ < (batch); i_++) {                                        \
                op;                                                                        \
            }                                                                              \
            uint64_t t1_ = now_ns();                                                       \
            if (r_ >= 0) v_[n_++] = (double)(t1_ - t0_) / (double)(batch);                 \
        }                                                                                  \
        report(name, v_, n_, batch, note);                                                 \
    } while (0)

// ---- seccomp: a filter of the size the guest processes run under ----------------------

// Installs an allow-list filter of about the length of the guest processes'
// (an architecture check, then one compare per allowed call); every call
// this program makes is on it, so what is measured is the evaluation and the
// kernel's treatment of a seccomp'd task, never a refusal.
static int install_filter(unsigned long flags) {
    static const int allowed[] = {SYS_rt_sigreturn, SYS_futex, SYS_mmap, SYS_munmap, SYS_mprotect,
                                  SYS_timer_settime, SYS_exit, SYS_exit_group, SYS_getppid, SYS_clone,
                                  SYS_wait4, SYS_write, SYS_clock_gettime, SYS_sched_getaffinity,
                                  SYS_sched_setaffinity, SYS_getpid, SYS_kill, SYS_timer_create,
                                  SYS_rt_sigaction, SYS_rt_sigprocmask, SYS_prctl, SYS_memfd_create,
                                  SYS_ftruncate, SYS_close, SYS_sched_yield, SYS_madvise, SYS_arch_prctl,
                                  SYS_newfstatat, SYS_getrandom, SYS_brk, SYS_set_robust_list,
                                  SYS_rseq, SYS_timer_delete, SYS_fstat, SYS_read, SYS_getcpu};
    enum { N = sizeof allowed / sizeof allowed[0] };
    struct sock_filter f[4 + 2 * N + 1];
    int k = 0;
    f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    f[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e /* AUDIT_ARCH_X86_64 */, 1, 0);
    f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
    for (int i = 0; i < N; i++) {
        f[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)allowed[i], 0, 1);
        f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    }
    f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    struct sock_fprog prog = {.len = (unsigned short)k, .filter = f};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) return -1;
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

// ---- the primitives ------------------------------------------------------------------

// A host system call that does nothing: the floor under every other figure.
static void null_syscall(const char *name) {
    TIME(name, 20000, syscall(SYS_getppid), "getppid: a host system call the filter allows");
}

// Syscall User Dispatch: the guest's `syscall` raises SIGSYS; the handler
// answers it and returns.  The handler sets the selector to ALLOW so that its
// own rt_sigreturn is not dispatched again (vmlib keeps its restorer in the
// allowed range instead).
static volatile char sud_selector = SYSCALL_DISPATCH_FILTER_ALLOW;
static void on_sigsys(int sig, siginfo_t *si, void *ctx) {
    (void)sig, (void)si;
    ucontext_t *uc = ctx;
    uc->uc_mcontext.gregs[REG_RAX] = 0;
    sud_selector = SYSCALL_DISPATCH_FILTER_ALLOW;
}
static __attribute__((noinline)) long dispatched_syscall(void) {
    long ret;
    sud_selector = SYSCALL_DISPATCH_FILTER_BLOCK;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(SYS_getppid) : "rcx", "r11", "memory");
    return ret;
}
static void sud_roundtrip(const char *name) {
    struct sigaction sa = {0};
    sa.sa_sigaction = on_sigsys;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSYS, &sa, NULL);
    // An empty allowed range: every system call is dispatched while BLOCK.
    if (prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, 0, 0, &sud_selector)) {
        not_available(name, "prctl(PR_SET_SYSCALL_USER_DISPATCH) failed");
        return;
    }
    TIME(name, 5000, dispatched_syscall(),
         "guest syscall caught by Syscall User Dispatch, SIGSYS handled, rt_sigreturn");
    prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0);
}

// First touch of a user-window page: SIGSEGV, mmap of one memfd page over
// the reservation, retry (what user-only mode does per reflected page).
static int g_memfd = -1;
static char *g_window;
enum { kWindowPages = 4096 };
static void on_segv(int sig, siginfo_t *si, void *ctx) {
    (void)sig, (void)ctx;
    uintptr_t page = (uintptr_t)si->si_addr & ~4095ul;
    long off = (long)(page - (uintptr_t)g_window);
    mmap((void *)page, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, g_memfd, off);
}
static int window_setup(void) {
    if (g_memfd < 0) {
        g_memfd = (int)syscall(SYS_memfd_create, "crossings", 0);
        if (g_memfd < 0 || ftruncate(g_memfd, (long)kWindowPages * 4096)) return -1;
    }
    if (!g_window) {
        g_window = mmap(NULL, (size_t)kWindowPages * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (g_window == MAP_FAILED) {
            g_window = NULL;
            return -1;
        }
    }
    struct sigaction sa = {0};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    return sigaction(SIGSEGV, &sa, NULL);
}
// Turns the whole window back into one inaccessible reservation (a flush).
static void window_reset(void) {
    mmap(g_window, (size_t)kWindowPages * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED,
         -1, 0);
}
static void touch_pages(long pages) {
    for (long i = 0; i < pages; i++) ((volatile char *)g_window)[i * 2 * 4096] = 1;
}
static void first_touch(const char *name) {
    if (window_setup()) {
        not_available(name, "memfd or window");
        return;
    }
    // Every other page, so that no two mappings merge into one VMA (as in a guest).
    double v[MAX_REPS];
    int n = 0;
    const long batch = kWindowPages / 2;
    for (int r = -1; r < reps; r++) {
        window_reset();
        uint64_t t0 = now_ns();
        touch_pages(batch);
        uint64_t t1 = now_ns();
        if (r >= 0) v[n++] = (double)(t1 - t0) / (double)batch;
    }
    report(name, v, n, batch, "SIGSEGV on the reservation, mmap one memfd page MAP_FIXED, retry");
}

// A user-window flush with `pages` single-page mappings in it: one
// mmap(PROT_NONE, MAP_FIXED) over the whole window.
static void flush_cost(const char *name, long pages) {
    if (window_setup()) {
        not_available(name, "memfd or window");
        return;
    }
    double v[MAX_REPS];
    int n = 0;
    for (int r = -1; r < reps; r++) {
        touch_pages(pages);
        uint64_t t0 = now_ns();
        window_reset();
        uint64_t t1 = now_ns();
        if (r >= 0) v[n++] = (double)(t1 - t0) / (double)pages;
    }
    char note[128];
    snprintf(note, sizeof note, "one flush of a window holding %ld separately mapped pages, per page", pages);
    report(name, v, n, pages, note);
}

// Re-touching a resident page that is still mapped: what a kept address space pays.
static void retouch_kept(const char *name) {
    if (window_setup()) {
        not_available(name, "memfd or window");
        return;
    }
    window_reset();
    touch_pages(512);
    TIME(name, 512, ((volatile char *)g_window)[i_ * 2 * 4096]++, "a page still mapped in the host process (no fault)");
}

// Reflecting a run of guest pages and unreflecting it again, in a window
// with many such runs (scattered 64 KiB blocks of a 1 GiB window), either
// back into a PROT_NONE reservation or as a hole (munmap): what a space
// pays per mapped run, by the way the window keeps what is not mapped.
static void run_cycle(const char *name, int holes) {
    enum { kRuns = 2048, kRunPages = 4 };
    const size_t span = 1ul << 30;
    if (window_setup()) {
        not_available(name, "memfd or window");
        return;
    }
    char *w = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (w == MAP_FAILED) {
        not_available(name, "1 GiB window");
        return;
    }
    if (holes) munmap(w, span);
    static long slot[kRuns];
    unsigned x = 12345;
    for (int i = 0; i < kRuns; i++) {
        x = x * 1103515245u + 12345u;
        slot[i] = (long)((x >> 8) % (span / 65536)) * 65536;
    }
    double v[MAX_REPS];
    int n = 0;
    for (int r = -1; r < reps; r++) {
        uint64_t t0 = now_ns();
        for (int i = 0; i < kRuns; i++)
            mmap(w + slot[i], kRunPages * 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, g_memfd,
                 (long)(i % (kWindowPages / kRunPages)) * kRunPages * 4096);
        for (int i = 0; i < kRuns; i++) {
            if (holes) munmap(w + slot[i], kRunPages * 4096);
            else
                mmap(w + slot[i], kRunPages * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED,
                     -1, 0);
        }
        uint64_t t1 = now_ns();
        if (r >= 0) v[n++] = (double)(t1 - t0) / (double)kRuns;
    }
    munmap(w, span);
    report(name, v, n, kRuns,
           holes ? "mmap a 4-page run MAP_FIXED into a hole, then munmap it (2048 runs in 1 GiB)"
                 : "mmap a 4-page run MAP_FIXED over a PROT_NONE reservation, then reserve it again (2048 runs in 1 GiB)");
}

// Futex hand-off of one token between two processes over shared memory, the
// way the vCPU moves between address-space processes or to the device
// process: store the owner word, FUTEX_WAKE the other, FUTEX_WAIT on it.
static long futex(volatile int *addr, int op, int val) {
    return syscall(SYS_futex, addr, op, val, NULL, NULL, 0);
}
static void handoff(const char *name, int same_cpu, int spin) {
    cpu_set_t saved, set;
    sched_getaffinity(0, sizeof saved, &saved);
    int cpu = sched_getcpu(), other = -1;
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &saved) && c != cpu) {
            other = c;
            break;
        }
    if (!same_cpu && other < 0) {
        not_available(name, "one CPU in the affinity mask (run unpinned)");
        return;
    }
    volatile int *owner = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (owner == MAP_FAILED) {
        not_available(name, "mmap");
        return;
    }
    *owner = 0;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
    const long batch = 2000;
    pid_t pid = fork();
    if (pid == 0) {
        if (!same_cpu) {
            CPU_ZERO(&set);
            CPU_SET(other, &set);
            sched_setaffinity(0, sizeof set, &set);
        }
        for (;;) {
            int w;
            while ((w = *owner) != 1) {
                if (w == 3) _exit(0);
                if (!spin) futex(owner, FUTEX_WAIT, w);
            }
            *owner = 0;
            if (!spin) futex(owner, FUTEX_WAKE, 1);
        }
    }
    double v[MAX_REPS];
    int n = 0;
    for (int r = -1; r < reps; r++) {
        uint64_t t0 = now_ns();
        for (long i = 0; i < batch; i++) {
            *owner = 1;
            if (!spin) futex(owner, FUTEX_WAKE, 1);
            while (*owner != 0)
                if (!spin) futex(owner, FUTEX_WAIT, 1);
        }
        uint64_t t1 = now_ns();
        if (r >= 0) v[n++] = (double)(t1 - t0) / (double)(2 * batch);
    }
    *owner = 3;
    futex(owner, FUTEX_WAKE, 1);
    waitpid(pid, NULL, 0);
    sched_setaffinity(0, sizeof saved, &saved);
    munmap((void *)owner, 4096);
    report(name, v, n, 2 * batch,
           spin ? "one hand-off between two processes, spinning on the shared word (no system call)"
                : "one hand-off between two processes: store, FUTEX_WAKE, FUTEX_WAIT (half a round trip)");
}

// Re-arming the guest's deadline on the host timer of the process that takes the vCPU.
static void timer_rearm(const char *name) {
    timer_t t;
    struct sigevent sev = {0};
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGRTMIN + 1;
    signal(SIGRTMIN + 1, SIG_IGN);
    if (timer_create(CLOCK_MONOTONIC, &sev, &t)) {
        not_available(name, "timer_create");
        return;
    }
    struct itimerspec on = {.it_value = {.tv_sec = 100}}, off = {0};
    TIME(name, 10000, (timer_settime(t, 0, &on, NULL), timer_settime(t, 0, &off, NULL)),
         "timer_settime arm + disarm (both halves of moving the deadline to another process)");
    timer_delete(t);
}

// Moving the guest FPU image: xsave in one process, xrstor in the next.
static void fpu_move(const char *name) {
    static __attribute__((aligned(64))) char area[16384];
    memset(area, 0, sizeof area);
    __asm__ volatile("xsave64 (%0)" ::"r"(area), "a"(~0u), "d"(~0u) : "memory");
    TIME(name, 20000, ({
             __asm__ volatile("xsave64 (%0)" ::"r"(area), "a"(~0u), "d"(~0u) : "memory");
             __asm__ volatile("xrstor64 (%0)" ::"r"(area), "a"(~0u), "d"(~0u) : "memory");
         }),
         "xsave64 + xrstor64 of every enabled state component");
}

// A new address-space process: fork of a small process and its exit.
static void fork_small(const char *name) {
    TIME(name, 200, ({
             pid_t p = fork();
             if (p == 0) _exit(0);
             waitpid(p, NULL, 0);
         }),
         "fork + child _exit + waitpid of this small static process");
}

// Runs every wanted primitive once, each name with `suffix`.
static void run_all(const char *suffix) {
    char name[96];
#define RUN(base, call)                                                                    \
    if (wanted(base)) {                                                                    \
        snprintf(name, sizeof name, "%s%s", base, suffix);                                 \
        call;                                                                              \
    }
    RUN("null_syscall", null_syscall(name));
    RUN("sud_sigsys", sud_roundtrip(name));
    RUN("first_touch", first_touch(name));
    RUN("retouch_kept", retouch_kept(name));
    RUN("flush_256", flush_cost(name, 256));
    RUN("flush_2048", flush_cost(name, 2048));
    RUN("run_cycle_reserved", run_cycle(name, 0));
    RUN("run_cycle_hole", run_cycle(name, 1));
    RUN("handoff_same_cpu", handoff(name, 1, 0));
    RUN("handoff_cross_cpu", handoff(name, 0, 0));
    RUN("handoff_spin_cross_cpu", handoff(name, 0, 1));
    RUN("timer_rearm", timer_rearm(name));
    RUN("fpu_move", fpu_move(name));
    RUN("fork_small", fork_small(name));
#undef RUN
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else {
            fprintf(stderr, "usage: crossings [--reps N] [--only NAME[,NAME...]]\n"
                            "Times the host primitives of user-only mode's design (docs/PLATFORM.md);\n"
                            "run it pinned (taskset -c N) for the same-CPU figures.\n");
            return 2;
        }
    }
    if (reps < 1 || reps > MAX_REPS) reps = 11;
    printf("# crossing,NAME,REPS,BATCH,MEDIAN_NS,MIN_NS,MAX_NS,NOTE (ns per operation)\n");
    run_all("");
    // The same again under a seccomp allow-list, as the guest processes run:
    // with the kernel's default speculation mitigation for seccomp'd tasks,
    // and with SECCOMP_FILTER_FLAG_SPEC_ALLOW.  Each in a child: a filter
    // cannot be removed.
    static const struct {
        const char *suffix;
        unsigned long flags;
    } variants[] = {{"_seccomp", 0}, {"_seccomp_spec_allow", SECCOMP_FILTER_FLAG_SPEC_ALLOW}};
    for (unsigned v = 0; v < 2; v++) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            if (install_filter(variants[v].flags)) {
                char name[64];
                snprintf(name, sizeof name, "filter%s", variants[v].suffix);
                not_available(name, strerror(errno));
                _exit(0);
            }
            g_window = NULL;
            run_all(variants[v].suffix);
            _exit(0);
        }
        waitpid(pid, NULL, 0);
    }
    return 0;
}
