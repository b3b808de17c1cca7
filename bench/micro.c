// bench/micro: microbenchmarks of the operations a guest kernel virtualizes.
//
// One static program, run unchanged natively, inside tandem (user-only mode),
// inside User-Mode Linux and inside qemu, so that each configuration is timed by
// the same code.  Every benchmark runs REPS batches of BATCH operations; a
// batch is timed with both clock_gettime(CLOCK_MONOTONIC) (ns) and the TSC
// (lfence;rdtsc ... rdtscp;lfence, in TSC reference cycles, not core cycles),
// and the per-operation cost of each batch is one sample.  The output is CSV,
// one line per benchmark, every line starting with "micro,":
//
//   micro,NAME,REPS,BATCH,MEDIAN_NS,MIN_NS,MAX_NS,MEDIAN_CYC,MIN_CYC,MAX_CYC,NOTE
//
// A benchmark that cannot run prints "micro,NAME,0,0,NA,NA,NA,NA,NA,NA,<why>";
// numbers are never invented.  The device benchmark writes newlines to stdout
// (the console in a guest), so a reader must keep only the "micro," lines.
//
// usage: micro [--reps N] [--scale F] [--dir DIR] [--only NAME[,NAME...]]
//        micro --exit          (the tiny exec target: exits 0 at once)
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

// ---- clocks -------------------------------------------------------------

// Reads the TSC at the start of a timed region: lfence keeps earlier
// instructions from drifting past the read.
static inline uint64_t tsc_begin(void) {
    uint32_t lo, hi;
    __asm__ volatile("lfence; rdtsc; lfence" : "=a"(lo), "=d"(hi)::"memory");
    return ((uint64_t)hi << 32) | lo;
}

// Reads the TSC at the end of a timed region: rdtscp waits for the region's
// instructions to finish, the lfence keeps later ones from starting early.
static inline uint64_t tsc_end(void) {
    uint32_t lo, hi, aux;
    __asm__ volatile("rdtscp; lfence" : "=a"(lo), "=d"(hi), "=c"(aux)::"memory");
    return ((uint64_t)hi << 32) | lo;
}

static inline uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static double tsc_per_ns; // measured at start-up, used to convert TSC deltas to time

// Calibrates the TSC against CLOCK_MONOTONIC over ~100 ms of wall time.
static void calibrate_tsc(void) {
    uint64_t n0 = now_ns(), t0 = tsc_begin();
    while (now_ns() - n0 < 100000000ull) {
    }
    uint64_t n1 = now_ns(), t1 = tsc_end();
    tsc_per_ns = (double)(t1 - t0) / (double)(n1 - n0);
}

// ---- samples and output -------------------------------------------------

enum { MAX_REPS = 1000 };
static int reps = 15;
static double scale = 1.0;
static const char *only;
static char out[1 << 16];
static size_t out_len;

typedef struct {
    double ns[MAX_REPS], cyc[MAX_REPS];
    int n;
} samples;

static void add(samples *s, uint64_t ns, uint64_t cyc, long ops) {
    if (s->n < MAX_REPS) {
        s->ns[s->n] = (double)ns / (double)ops;
        s->cyc[s->n] = (double)cyc / (double)ops;
        s->n++;
    }
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof v[0], cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Results are collected in memory and written at the end with one write()
// per line, so that the device benchmark's bytes never split a line.
static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out + out_len, sizeof out - out_len, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < sizeof out - out_len) out_len += (size_t)n;
}

static void report(const char *name, samples *s, long batch, const char *note) {
    if (s->n == 0) {
        emit("micro,%s,0,%ld,NA,NA,NA,NA,NA,NA,%s\n", name, batch, note);
        return;
    }
    double mn = median(s->ns, s->n), mc = median(s->cyc, s->n);
    emit("micro,%s,%d,%ld,%.1f,%.1f,%.1f,%.0f,%.0f,%.0f,%s\n", name, s->n, batch, mn, s->ns[0],
         s->ns[s->n - 1], mc, s->cyc[0], s->cyc[s->n - 1], note);
}

static void not_available(const char *name, const char *why) {
    emit("micro,%s,0,0,NA,NA,NA,NA,NA,NA,not available: %s\n", name, why);
}

static int wanted(const char *name) {
    if (!only) return 1;
    size_t len = strlen(name);
    for (const char *p = only; (p = strstr(p, name)); p += len)
        if ((p == only || p[-1] == ',') && (p[len] == ',' || p[len] == 0)) return 1;
    return 0;
}

static long scaled(long batch) {
    long b = (long)((double)batch * scale);
    return b < 1 ? 1 : b;
}

// Times `reps` batches of `batch` calls of `op` (plus one untimed warm-up).
#define TIME_BATCHES(s, batch, setup, op, teardown)                                      \
    do {                                                                                   \
        for (int r_ = -1; r_ < reps; r_++) {                                               \
            setup;                                                                         \
            uint64_t n0_ = now_ns(), t0_ = tsc_begin();                                    \
            for (long i_ = 0; i_ < (batch); i_++) {                                        \
                op;                                                                        \
            }                                                                              \
            uint64_t t1_ = tsc_end(), n1_ = now_ns();                                      \
            teardown;                                                                      \
            if (r_ >= 0) add(&(s), n1_ - n0_, t1_ - t0_, (batch));                         \
        }                                                                                  \
    } while (0)

static const char *self_path;
static char dir[4096] = "/tmp";

static void die_child(void) { _exit(127); }

// ---- the benchmarks -------------------------------------------------------

static void bench_getppid(void) {
    samples s = {0};
    long b = scaled(2000);
    TIME_BATCHES(s, b, , (void)getppid(), );
    report("null_syscall", &s, b, "getppid()");
}

static void bench_page_fault(void) {
    samples s = {0};
    long pages = scaled(256);
    long psz = sysconf(_SC_PAGESIZE);
    for (int r = -1; r < reps; r++) {
        char *p = mmap(NULL, (size_t)(pages * psz), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            not_available("page_fault", "mmap failed");
            return;
        }
        uint64_t n0 = now_ns(), t0 = tsc_begin();
        for (long i = 0; i < pages; i++) ((volatile char *)p)[i * psz] = 1;
        uint64_t t1 = tsc_end(), n1 = now_ns();
        munmap(p, (size_t)(pages * psz));
        if (r >= 0) add(&s, n1 - n0, t1 - t0, pages);
    }
    report("page_fault", &s, pages, "first write to a fresh anonymous page (mmap outside the timing)");
}

static int wait_ok(pid_t pid) {
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return 0;
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static void bench_fork(void) {
    samples s = {0};
    long b = scaled(20);
    int ok = 1;
    TIME_BATCHES(s, b, , {
        pid_t pid = fork();
        if (pid == 0) _exit(0);
        if (pid < 0 || !wait_ok(pid)) ok = 0;
    }, );
    if (!ok) s.n = 0;
    report("fork_exit_wait", &s, b, ok ? "fork(); child _exit(0); parent waitpid()" : "failed: fork or child status");
}

static void bench_fork_exec(void) {
    samples s = {0};
    long b = scaled(10);
    int ok = 1;
    char *const argv[] = {(char *)self_path, "--exit", NULL};
    TIME_BATCHES(s, b, , {
        pid_t pid = fork();
        if (pid == 0) {
            execv(self_path, argv);
            die_child();
        }
        if (pid < 0 || !wait_ok(pid)) ok = 0;
    }, );
    if (!ok) s.n = 0;
    report("fork_exec_wait", &s, b, ok ? "fork(); child execv(self --exit) (static); waitpid()" : "failed: fork/exec or child status");
}

// vfork in a frame of its own, so that the child (which borrows the
// parent's stack until execv) cannot clobber the caller's loop variables.
static __attribute__((noinline)) pid_t vfork_exec(const char *path, char *const argv[]) {
    pid_t pid = vfork();
    if (pid == 0) {
        execv(path, argv);
        _exit(127);
    }
    return pid;
}

static void bench_vfork_exec(void) {
    samples s = {0};
    long b = scaled(10);
    int ok = 1;
    char *const argv[] = {(char *)self_path, "--exit", NULL};
    TIME_BATCHES(s, b, , {
        pid_t pid = vfork_exec(self_path, argv);
        if (pid < 0 || !wait_ok(pid)) ok = 0;
    }, );
    if (!ok) s.n = 0;
    report("vfork_exec_wait", &s, b, ok ? "vfork(); child execv(self --exit) (static); waitpid()" : "failed: vfork/exec or child status");
}

// An exec of a dynamically linked program (the dynamic linker, libc, their
// relocations): what each command of a configure script or a make recipe
// costs beyond a static exec.  /bin/true, the environment's own.
static void bench_exec_dynamic(void) {
    samples s = {0};
    long b = scaled(10);
    int ok = access("/bin/true", X_OK) == 0;
    if (!ok) {
        not_available("exec_dynamic_wait", "no /bin/true");
        return;
    }
    char *const argv[] = {"/bin/true", NULL};
    TIME_BATCHES(s, b, , {
        pid_t pid = vfork_exec(argv[0], argv);
        if (pid < 0 || !wait_ok(pid)) ok = 0;
    }, );
    if (!ok) s.n = 0;
    report("exec_dynamic_wait", &s, b, ok ? "vfork(); child execv(/bin/true) (dynamic); waitpid()" : "failed: vfork/exec or child status");
}

static int pin_to_current_cpu(void) {
    int cpu = sched_getcpu();
    if (cpu < 0) return -1;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set);
}

// A child that echoes every byte the parent writes to it: the partner of
// the ping-pong benchmarks.  With `same_cpu` both are pinned to the CPU the
// parent is on (what a one-vCPU guest does), so a round trip is two context
// switches.
typedef struct {
    int to[2], from[2];
    pid_t pid;
    cpu_set_t saved;
} echo_child;

// Starts the child; -1 (reported as not available) when the pipes fail.
static int echo_start(echo_child *e, const char *name, int same_cpu) {
    if (pipe(e->to)) {
        not_available(name, "pipe failed");
        return -1;
    }
    if (pipe(e->from)) {
        close(e->to[0]);
        close(e->to[1]);
        not_available(name, "pipe failed");
        return -1;
    }
    sched_getaffinity(0, sizeof e->saved, &e->saved);
    if (same_cpu) pin_to_current_cpu();
    e->pid = fork();
    if (e->pid == 0) {
        char c;
        close(e->to[1]);
        close(e->from[0]);
        while (read(e->to[0], &c, 1) == 1)
            if (write(e->from[1], &c, 1) != 1) break;
        _exit(0);
    }
    close(e->to[0]);
    close(e->from[1]);
    return 0;
}

// One byte to the child and back; 0 when either direction failed.
static int echo_bounce(echo_child *e) {
    char c = 'x';
    return write(e->to[1], &c, 1) == 1 && read(e->from[0], &c, 1) == 1;
}

// Ends the child (it sees end of file) and puts the CPU affinity back.
static void echo_stop(echo_child *e) {
    close(e->to[1]);
    if (e->pid > 0) wait_ok(e->pid);
    close(e->from[0]);
    sched_setaffinity(0, sizeof e->saved, &e->saved);
}

// Pipe ping-pong between a parent and its echo child: one byte each way per
// round trip.
static int ping_pong(const char *name, long b, int same_cpu, const char *note) {
    echo_child e;
    if (echo_start(&e, name, same_cpu)) return -1;
    samples s = {0};
    int ok = e.pid > 0;
    if (ok) TIME_BATCHES(s, b, , ok &= echo_bounce(&e), );
    echo_stop(&e);
    if (!ok) s.n = 0;
    report(name, &s, b, ok ? note : "failed: pipe ping-pong");
    return 0;
}

static void bench_pipe(void) {
    ping_pong("pipe_pingpong", scaled(500), 0,
              "round trip: parent write+read 1 byte, child read+write 1 byte (no pinning)");
}

static void bench_ctxswitch(void) {
    // Half a pinned round trip: one switch plus one read and one write.
    echo_child e;
    if (echo_start(&e, "ctx_switch", 1)) return;
    samples s = {0};
    int ok = e.pid > 0;
    long b = scaled(500);
    if (ok) TIME_BATCHES(s, b, , ok &= echo_bounce(&e), );
    echo_stop(&e);
    for (int i = 0; i < s.n; i++) s.ns[i] /= 2, s.cyc[i] /= 2;
    if (!ok) s.n = 0;
    report("ctx_switch", &s, b * 2,
           ok ? "pipe ping-pong with both processes pinned to one CPU; per switch = round trip / 2 (includes 1 read + 1 write)"
              : "failed: pinned pipe ping-pong");
}

// Re-touching resident pages after a context switch: the cost an
// address-space switch leaves behind for the pages a process already had.
// The parent writes `pages` pages once, then each round bounces one byte off
// a child pinned to the same CPU (two switches) and times one read of every
// page.  Natively that is TLB refills; in user-only mode a host SIGSEGV and
// mmap per page when the switch dropped the reflected user window; in
// composite mode shadow-table fills from the guest's page tables.
static void bench_retouch(void) {
    const char *name = "retouch_after_switch";
    long pages = 64, psz = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, (size_t)(pages * psz), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        not_available(name, "mmap failed");
        return;
    }
    for (long i = 0; i < pages; i++) p[i * psz] = 1;
    echo_child e;
    if (echo_start(&e, name, 1)) {
        munmap(p, (size_t)(pages * psz));
        return;
    }
    samples s = {0};
    int ok = e.pid > 0;
    unsigned sum = 0;
    for (int r = -1; ok && r < reps; r++) {
        if (!echo_bounce(&e)) {
            ok = 0;
            break;
        }
        uint64_t n0 = now_ns(), t0 = tsc_begin();
        for (long i = 0; i < pages; i++) sum += ((volatile char *)p)[i * psz];
        uint64_t t1 = tsc_end(), n1 = now_ns();
        if (r >= 0) add(&s, n1 - n0, t1 - t0, pages);
    }
    echo_stop(&e);
    munmap(p, (size_t)(pages * psz));
    if (!ok || sum != (unsigned)(pages * (reps + 1))) s.n = 0;
    report(name, &s, pages,
           ok ? "read of one of 64 resident pages, right after a switch to another process and back (per page)"
              : "failed: pinned pipe round trip");
}

// FPU first use after a switch: the child dirties the vector registers
// (AVX ymm) before it answers; the parent then times one vector add right
// after its read returns.  The sample is that time minus the same add timed
// with no switch in between (so an eager FPU switch shows ~0; a lazy one
// shows the #NM trap and the state load).
static void bench_fpu(void) {
    int p2c[2], c2p[2];
    if (pipe(p2c) || pipe(c2p)) {
        not_available("fpu_first_use", "pipe failed");
        return;
    }
    cpu_set_t saved;
    sched_getaffinity(0, sizeof saved, &saved);
    pin_to_current_cpu();
    pid_t pid = fork();
    if (pid == 0) {
        char c;
        close(p2c[1]);
        close(c2p[0]);
        while (read(p2c[0], &c, 1) == 1) {
            __asm__ volatile("vpcmpeqd %%ymm0,%%ymm0,%%ymm0; vaddpd %%ymm0,%%ymm0,%%ymm1; "
                             "vaddpd %%ymm1,%%ymm1,%%ymm2" ::: "xmm0", "xmm1", "xmm2");
            if (write(c2p[1], &c, 1) != 1) break;
        }
        _exit(0);
    }
    close(p2c[0]);
    close(c2p[1]);
    samples s = {0};
    int ok = pid > 0;
    char c = 'x';
    long b = scaled(200);
    for (int r = -1; ok && r < reps; r++) {
        uint64_t sw_cyc = 0, warm_cyc = 0;
        for (long i = 0; i < b; i++) {
            if (write(p2c[1], &c, 1) != 1 || read(c2p[0], &c, 1) != 1) {
                ok = 0;
                break;
            }
            uint64_t t0 = tsc_begin();
            __asm__ volatile("vaddpd %%ymm3,%%ymm3,%%ymm4" ::: "xmm3", "xmm4");
            uint64_t t1 = tsc_end();
            __asm__ volatile("vaddpd %%ymm3,%%ymm3,%%ymm4" ::: "xmm3", "xmm4");
            uint64_t t2 = tsc_begin();
            __asm__ volatile("vaddpd %%ymm3,%%ymm3,%%ymm4" ::: "xmm3", "xmm4");
            uint64_t t3 = tsc_end();
            sw_cyc += t1 - t0;
            warm_cyc += t3 - t2;
        }
        double d = sw_cyc > warm_cyc ? (double)(sw_cyc - warm_cyc) : 0;
        if (r >= 0) add(&s, (uint64_t)(d / tsc_per_ns), (uint64_t)d, b);
    }
    close(p2c[1]);
    if (pid > 0) wait_ok(pid);
    close(c2p[0]);
    sched_setaffinity(0, sizeof saved, &saved);
    if (!ok) s.n = 0;
    report("fpu_first_use", &s, b,
           ok ? "extra cost of the first AVX op after a switch from a process that used AVX (pinned; ns from TSC)"
              : "failed: pipe ping-pong");
}

// Timer interrupt delivery latency: arm a one-shot ITIMER_REAL of 1 ms and
// spin; the SIGALRM handler reads the TSC first thing.  The sample is handler
// time minus the deadline (arm time + 1 ms): timer granularity, interrupt
// delivery and signal delivery to user mode together, on a busy CPU.
static volatile uint64_t alarm_tsc;
static void on_alarm(int sig) {
    (void)sig;
    alarm_tsc = tsc_end();
}

static void bench_timer(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGALRM, &sa, NULL)) {
        not_available("timer_latency", "sigaction failed");
        return;
    }
    samples s = {0};
    int n = reps < 5 ? 5 : reps;
    uint64_t period_ns = 1000000;
    for (int r = -1; r < n; r++) {
        alarm_tsc = 0;
        struct itimerval it = {{0, 0}, {0, (long)(period_ns / 1000)}};
        uint64_t t0 = tsc_end();
        if (setitimer(ITIMER_REAL, &it, NULL)) {
            not_available("timer_latency", "setitimer failed");
            return;
        }
        uint64_t limit = t0 + (uint64_t)(tsc_per_ns * 2e9);
        while (!alarm_tsc && tsc_end() < limit) {
        }
        if (!alarm_tsc) {
            not_available("timer_latency", "SIGALRM did not arrive within 2 s");
            return;
        }
        double late = (double)(alarm_tsc - t0) - tsc_per_ns * (double)period_ns;
        if (late < 0) late = 0;
        if (r >= 0) add(&s, (uint64_t)(late / tsc_per_ns), (uint64_t)late, 1);
    }
    signal(SIGALRM, SIG_DFL);
    report("timer_latency", &s, 1,
           "SIGALRM handler entry minus deadline of a 1 ms one-shot setitimer, CPU spinning (ns from TSC)");
}

// Reads /proc/tandem_irq_entry (tandem's guest kernel only): the sample
// count, then up to max of the newest samples (ns) into v; -1 if absent.
static long read_irq_entry(uint64_t *v, int max, int *n) {
    FILE *f = fopen("/proc/tandem_irq_entry", "r");
    if (!f) return -1;
    unsigned long long count = 0, x;
    uint64_t ring[256];
    int k = 0;
    if (fscanf(f, "count %llu", &count) != 1) count = 0;
    while (k < 256 && fscanf(f, "%llu", &x) == 1) ring[k++] = x;
    fclose(f);
    *n = 0;
    for (int i = k > max ? k - max : 0; i < k; i++) v[(*n)++] = ring[i];
    return (long)count;
}

// The interrupt-entry cost as the OS-isolation seed measured it, from the
// interrupt to the guest handler: tandem's guest kernel timestamps its timer
// handler against the deadline it programmed (/proc/tandem_irq_entry); this
// spins in user mode through one-shot 1 ms alarms so that each interrupt
// finds user code running.  Natively and under UML there is no such probe.
static void bench_irq_entry(void) {
    static uint64_t v[256];
    int n = 0;
    long c0 = read_irq_entry(v, 256, &n);
    if (c0 < 0) {
        not_available("interrupt_entry", "needs tandem's guest kernel (/proc/tandem_irq_entry: timer deadline to its interrupt handler)");
        return;
    }
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, &old);
    int rounds = reps < 5 ? 5 : reps;
    for (int r = 0; r < rounds; r++) {
        alarm_tsc = 0;
        struct itimerval it = {{0, 0}, {0, 1000}};
        uint64_t limit = tsc_end() + (uint64_t)(tsc_per_ns * 2e9);
        if (setitimer(ITIMER_REAL, &it, NULL)) break;
        while (!alarm_tsc && tsc_end() < limit) {
        }
    }
    sigaction(SIGALRM, &old, NULL);
    long c1 = read_irq_entry(v, 256, &n);
    int fresh = c1 - c0 < n ? (int)(c1 - c0) : n;
    samples s = {0};
    for (int i = n - fresh; i < n; i++) add(&s, v[i], (uint64_t)((double)v[i] * tsc_per_ns), 1);
    report("interrupt_entry", &s, 1,
           "timer interrupt while user code spins: programmed deadline to the guest kernel's handler (guest clock; cycles = ns x TSC rate)");
}

static void bench_nanosleep(void) {
    samples s = {0};
    int n = reps < 5 ? 5 : reps;
    for (int r = -1; r < n; r++) {
        struct timespec ts = {0, 100000};
        uint64_t n0 = now_ns(), t0 = tsc_begin();
        nanosleep(&ts, NULL);
        uint64_t t1 = tsc_end(), n1 = now_ns();
        uint64_t dn = n1 - n0 > 100000 ? n1 - n0 - 100000 : 0;
        double dc = (double)(t1 - t0) - tsc_per_ns * 100000;
        if (r >= 0) add(&s, dn, dc > 0 ? (uint64_t)dc : 0, 1);
    }
    report("nanosleep_overshoot", &s, 1, "nanosleep(100 us) wall time minus 100 us");
}

static void bench_device(void) {
    samples s = {0};
    long b = scaled(200);
    int ok = 1;
    TIME_BATCHES(s, b, , {
        if (write(1, "\n", 1) != 1) ok = 0;
    }, );
    if (!ok) s.n = 0;
    struct stat st;
    const char *kind = "stdout";
    if (fstat(1, &st) == 0) kind = S_ISFIFO(st.st_mode) ? "stdout (a pipe)" : S_ISCHR(st.st_mode) ? "stdout (a character device)" : "stdout (a file)";
    char note[128];
    snprintf(note, sizeof note, "write(1, 1 byte) to %s", kind);
    report("device_write", &s, b, ok ? note : "failed: write to stdout");
}

static char file64k[4096 + 32];

static int make_file(void) {
    snprintf(file64k, sizeof file64k, "%s/micro-64k.%d", dir, (int)getpid());
    int fd = open(file64k, O_CREAT | O_TRUNC | O_WRONLY, 0644);
    if (fd < 0) return -1;
    static char buf[65536];
    memset(buf, 'a', sizeof buf);
    int ok = write(fd, buf, sizeof buf) == (ssize_t)sizeof buf;
    close(fd);
    return ok ? 0 : -1;
}

static void bench_stat(void) {
    samples s = {0};
    long b = scaled(1000);
    struct stat st;
    int ok = stat(file64k, &st) == 0;
    if (ok) TIME_BATCHES(s, b, , ok &= stat(file64k, &st) == 0, );
    if (!ok) s.n = 0;
    report("stat", &s, b, ok ? "stat() of a cached 64 KiB file in --dir" : "failed: stat");
}

// A failed lookup, as a compiler's include-path search makes by the
// thousand: stat() of a name that does not exist in --dir.
static void bench_stat_missing(void) {
    samples s = {0};
    long b = scaled(1000);
    char missing[sizeof dir + 32];
    snprintf(missing, sizeof missing, "%s/micro-no-such-file.h", dir);
    struct stat st;
    int ok = stat(missing, &st) < 0 && errno == ENOENT;
    if (ok) TIME_BATCHES(s, b, , ok &= stat(missing, &st) < 0, );
    if (!ok) s.n = 0;
    report("stat_missing", &s, b, ok ? "stat() of a name that does not exist in --dir (ENOENT)" : "failed: stat of a missing name");
}

static void bench_read64k(void) {
    samples s = {0};
    long b = scaled(200);
    static char buf[65536];
    int fd = open(file64k, O_RDONLY);
    int ok = fd >= 0 && pread(fd, buf, sizeof buf, 0) == (ssize_t)sizeof buf;
    if (ok) TIME_BATCHES(s, b, , ok &= pread(fd, buf, sizeof buf, 0) == (ssize_t)sizeof buf, );
    if (fd >= 0) close(fd);
    if (!ok) s.n = 0;
    report("read_64k", &s, b, ok ? "pread() of a whole cached 64 KiB file (fd kept open)" : "failed: open/pread");
}

// Trap to user handler: lfence;rdtsc then ud2; the SIGILL handler's first
// instructions read the TSC.  This is the cost from a CPU exception in user
// mode to the first instruction of the process's own signal handler, through
// whatever kernel(s) are underneath: the nearest thing to an interrupt-entry
// cost a user program can time.
static volatile uint64_t trap_tsc;
void trap_handler_c(int sig, siginfo_t *si, void *uc_);
__asm__(".text\n.globl trap_stub\ntrap_stub:\n"
        "  mov %rdx, %r9\n  rdtsc\n  shl $32, %rdx\n  or %rdx, %rax\n"
        "  mov %rax, trap_tsc(%rip)\n  mov %r9, %rdx\n  jmp trap_handler_c\n");
void trap_stub(int, siginfo_t *, void *);
#include <ucontext.h>
void trap_handler_c(int sig, siginfo_t *si, void *uc_) {
    (void)sig;
    (void)si;
    ucontext_t *uc = uc_;
    uc->uc_mcontext.gregs[REG_RIP] += 2; // skip the ud2
}

static void bench_trap(void) {
    struct sigaction sa = {0}, old;
    sa.sa_sigaction = trap_stub;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGILL, &sa, &old)) {
        not_available("trap_to_user_handler", "sigaction failed");
        return;
    }
    samples s = {0};
    long b = scaled(200);
    for (int r = -1; r < reps; r++) {
        uint64_t sum = 0;
        for (long i = 0; i < b; i++) {
            trap_tsc = 0;
            uint64_t t0 = tsc_begin();
            __asm__ volatile("ud2" ::: "memory");
            sum += trap_tsc - t0;
        }
        if (r >= 0) add(&s, (uint64_t)((double)sum / tsc_per_ns), sum, b);
    }
    sigaction(SIGILL, &old, NULL);
    report("trap_to_user_handler", &s, b, "ud2 in user mode to the first instruction of its SIGILL handler (ns from TSC)");
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--exit")) return 0;
    self_path = argv[0];
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--scale") && i + 1 < argc) scale = atof(argv[++i]);
        else if (!strcmp(argv[i], "--dir") && i + 1 < argc) snprintf(dir, sizeof dir, "%s", argv[++i]);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else if (!strcmp(argv[i], "--self") && i + 1 < argc) self_path = argv[++i];
        else {
            fprintf(stderr, "usage: micro [--reps N] [--scale F] [--dir DIR] [--only A,B] [--self PATH]\n");
            return 2;
        }
    }
    if (reps < 1) reps = 1;
    if (reps > MAX_REPS) reps = MAX_REPS;
    if (!strchr(self_path, '/')) self_path = "/proc/self/exe";
    calibrate_tsc();
    emit("micro,#tsc_per_ns,%.4f\n", tsc_per_ns);
    emit("micro,#columns,name,reps,batch,median_ns,min_ns,max_ns,median_cyc,min_cyc,max_cyc,note\n");
    int have_file = make_file() == 0;

    if (wanted("null_syscall")) bench_getppid();
    if (wanted("page_fault")) bench_page_fault();
    if (wanted("fork_exit_wait")) bench_fork();
    if (wanted("fork_exec_wait")) bench_fork_exec();
    if (wanted("vfork_exec_wait")) bench_vfork_exec();
    if (wanted("exec_dynamic_wait")) bench_exec_dynamic();
    if (wanted("pipe_pingpong")) bench_pipe();
    if (wanted("ctx_switch")) bench_ctxswitch();
    if (wanted("retouch_after_switch")) bench_retouch();
    if (wanted("fpu_first_use")) bench_fpu();
    if (wanted("timer_latency")) bench_timer();
    if (wanted("nanosleep_overshoot")) bench_nanosleep();
    if (wanted("device_write")) bench_device();
    if (wanted("stat")) {
        if (have_file) bench_stat();
        else not_available("stat", "cannot create the test file in --dir");
    }
    if (wanted("stat_missing")) bench_stat_missing();
    if (wanted("read_64k")) {
        if (have_file) bench_read64k();
        else not_available("read_64k", "cannot create the test file in --dir");
    }
    if (wanted("trap_to_user_handler")) bench_trap();
    if (wanted("interrupt_entry")) bench_irq_entry();
    if (have_file) unlink(file64k);

    for (char *p = out; p < out + out_len;) {
        char *nl = memchr(p, '\n', (size_t)(out + out_len - p));
        size_t len = nl ? (size_t)(nl - p + 1) : (size_t)(out + out_len - p);
        if (write(1, p, len) < 0) return 1;
        p += len;
    }
    return 0;
}
