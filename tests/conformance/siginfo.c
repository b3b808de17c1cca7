/* What a signal's siginfo says about where it came from: kill and tgkill
 * name the sender (si_pid/si_uid, SI_USER/SI_TKILL), SIGCHLD the child and
 * how it ended or stopped (si_code/si_status), SIGSEGV the faulting address
 * (SEGV_MAPERR on nothing mapped, SEGV_ACCERR on a protected page), a
 * SIGPIPE the writer itself; signalfd records and sigtimedwait (which
 * also times out, and is cut short by another signal) carry the same
 * fields.  Also
 * the small calls of issue 14: memory protection keys (answered here as
 * Linux answers them: whether a key can be allocated depends on the CPU,
 * so only the arguments' checks are compared), ioprio_get and
 * personality(ADDR_NO_RANDOMIZE). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static volatile siginfo_t g_info;
static volatile int g_got;
static sigjmp_buf g_jump;

/* Records the siginfo a handler receives. */
static void record(int sig, siginfo_t *si, void *uc) {
    (void)sig, (void)uc;
    g_info = *si;
    g_got++;
}

/* Records a fault's siginfo and leaves the faulting instruction. */
static void record_fault(int sig, siginfo_t *si, void *uc) {
    record(sig, si, uc);
    siglongjmp(g_jump, 1);
}

static void on(int sig, void (*fn)(int, siginfo_t *, void *)) {
    struct sigaction sa = {0};
    sa.sa_sigaction = fn;
    sa.sa_flags = SA_SIGINFO;
    sigaction(sig, &sa, NULL);
}

/* Prints the fields of the last recorded siginfo that the origin decides,
 * with pids as "self"/"child" (their values vary). */
static void show(const char *what, pid_t child) {
    siginfo_t si = *(siginfo_t *)&g_info;
    const char *who = si.si_pid == getpid() ? "self" : si.si_pid == child ? "child" : "other";
    printf("%s: got=%d signo=%d code=%d pid=%s uid=%s", what, g_got, si.si_signo, si.si_code, who,
           si.si_uid == getuid() ? "mine" : "other");
    if (si.si_signo == SIGCHLD) printf(" status=%d", si.si_status);
    printf("\n");
    g_got = 0;
}

static void sender_fields(void) {
    on(SIGUSR1, record);
    kill(getpid(), SIGUSR1);
    show("kill", -1);
    syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
    show("tgkill", -1);
    raise(SIGUSR1);
    show("raise", -1);
}

/* Waits (without collecting) until child c reports what `options` asks
 * for, with SIGCHLD blocked since before the event, then for the SIGCHLD
 * (Linux sends CLD_CONTINUED's only once the child runs again): its
 * handler runs exactly once. */
static void await_child(pid_t c, int options, const sigset_t *old) {
    siginfo_t si;
    waitid(P_PID, c, &si, options | WNOWAIT);
    while (!g_got) sigsuspend(old);
    sigprocmask(SIG_SETMASK, old, NULL);
}

static void child_fields(void) {
    on(SIGCHLD, record);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    int st;

    sigprocmask(SIG_BLOCK, &block, &old);
    pid_t c = fork();
    if (c == 0) _exit(7);
    await_child(c, WEXITED, &old);
    show("child exit", c);
    waitpid(c, NULL, 0);

    sigprocmask(SIG_BLOCK, &block, &old);
    c = fork();
    if (c == 0) {
        for (;;) pause();
    }
    kill(c, SIGTERM);
    await_child(c, WEXITED, &old);
    show("child killed", c);
    waitpid(c, NULL, 0);

    sigprocmask(SIG_BLOCK, &block, &old);
    c = fork();
    if (c == 0) {
        for (;;) pause();
    }
    kill(c, SIGSTOP);
    await_child(c, WSTOPPED, &old);
    show("child stopped", c);
    waitpid(c, &st, WUNTRACED);
    sigprocmask(SIG_BLOCK, &block, &old);
    kill(c, SIGCONT);
    await_child(c, WCONTINUED, &old);
    show("child continued", c);
    waitpid(c, &st, WCONTINUED);
    sigprocmask(SIG_BLOCK, &block, &old);
    kill(c, SIGKILL);
    await_child(c, WEXITED, &old);
    show("child killed by SIGKILL", c);
    waitpid(c, &st, 0);
    signal(SIGCHLD, SIG_DFL);
}

static void fault_fields(void) {
    on(SIGSEGV, record_fault);
    char *page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (sigsetjmp(g_jump, 1) == 0) *(volatile char *)page = 1;
    printf("write to read-only: signo=%d code=%d addr=%s\n", g_info.si_signo, g_info.si_code,
           g_info.si_addr == page ? "page" : "other");
    munmap(page, 4096);
    if (sigsetjmp(g_jump, 1) == 0) *(volatile char *)(page + 8) = 1;
    printf("write to unmapped: signo=%d code=%d addr=%s\n", g_info.si_signo, g_info.si_code,
           g_info.si_addr == page + 8 ? "page+8" : "other");
    g_got = 0;
}

static void pipe_fields(void) {
    on(SIGPIPE, record);
    int p[2];
    pipe(p);
    close(p[0]);
    CHECK("write to a closed pipe", write(p[1], "x", 1));
    show("sigpipe", -1);
    close(p[1]);
}

static void signalfd_fields(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_BLOCK, &set, NULL);
    int fd = signalfd(-1, &set, 0);
    kill(getpid(), SIGUSR2);
    struct signalfd_siginfo r;
    CHECK("signalfd read", read(fd, &r, sizeof r));
    printf("  signo=%u code=%d pid=%s\n", r.ssi_signo, r.ssi_code, (pid_t)r.ssi_pid == getpid() ? "self" : "other");
    pid_t c = fork();
    if (c == 0) _exit(3);
    CHECK("signalfd read", read(fd, &r, sizeof r));
    printf("  signo=%u code=%d pid=%s status=%d\n", r.ssi_signo, r.ssi_code,
           (pid_t)r.ssi_pid == c ? "child" : "other", r.ssi_status);
    waitpid(c, NULL, 0);
    close(fd);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static void small_calls(void) {
    long k = syscall(SYS_pkey_alloc, 0, 0);
    /* A key with PKU; without it ENOSPC (the guest, older Linux) or EINVAL (Linux 6.18 on a host
     * CPU without OSPKE): all three mean "no key is in force", which is what the rest relies on. */
    printf("pkey_alloc: %s\n", k >= 0 || errno == ENOSPC || errno == EINVAL ? "a key, or none" : ename(errno));
    if (k >= 0) syscall(SYS_pkey_free, k);
    CHECK("pkey_alloc flags", syscall(SYS_pkey_alloc, 1, 0));
    CHECK("pkey_alloc bad access", syscall(SYS_pkey_alloc, 0, 4));
    CHECK("pkey_free 15", syscall(SYS_pkey_free, 15));
    char *page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK("pkey_mprotect -1", syscall(SYS_pkey_mprotect, page, 4096, PROT_READ | PROT_WRITE, -1));
    page[0] = 1;
    CHECK("pkey_mprotect 15", syscall(SYS_pkey_mprotect, page, 4096, PROT_READ, 15));
    CHECK("pkey_mprotect unaligned", syscall(SYS_pkey_mprotect, page + 1, 4096, PROT_READ, 15));
    munmap(page, 4096);
    CHECK("ioprio_get self", syscall(SYS_ioprio_get, 1, 0) >= 0 ? 0 : -1);
    CHECK("ioprio_get bad which", syscall(SYS_ioprio_get, 9, 0));
    int old = personality(0xffffffff);
    CHECK("personality ADDR_NO_RANDOMIZE", personality(old | ADDR_NO_RANDOMIZE) >= 0 ? 0 : -1);
    printf("  set: %d\n", (personality(0xffffffff) & ADDR_NO_RANDOMIZE) != 0);
    personality(old);
}

static void on_alarm_signal(int sig) { (void)sig; }

/* sigtimedwait: a pending signal at once (with its sender), none with a
 * zero or short timeout (EAGAIN), one that arrives while it waits, an
 * unblocked handled signal that interrupts it (EINTR), bad arguments. */
static void timedwait_fields(void) {
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, &old);
    siginfo_t si;
    struct timespec zero = {0, 0}, short_wait = {0, 20000000}, bad = {0, 1000000000};
    kill(getpid(), SIGUSR1);
    int sig = sigtimedwait(&set, &si, &zero);
    printf("pending: sig=%d code=%d from self=%d\n", sig, si.si_code, si.si_pid == getpid());
    CHECK("none pending, zero timeout", sigtimedwait(&set, &si, &zero));
    CHECK("none pending, 20 ms", sigtimedwait(&set, &si, &short_wait));
    CHECK("bad timeout", sigtimedwait(&set, &si, &bad));
    CHECK("bad set size", syscall(SYS_rt_sigtimedwait, &set, &si, &zero, 4));
    pid_t child = fork();
    if (child == 0) {
        usleep(30000);
        kill(getppid(), SIGUSR2);
        _exit(0);
    }
    sig = sigwaitinfo(&set, &si);
    printf("arrived while waiting: sig=%d code=%d from child=%d\n", sig, si.si_code, si.si_pid == child);
    waitpid(child, NULL, 0);
    struct sigaction sa = {.sa_handler = on_alarm_signal};
    sigaction(SIGALRM, &sa, NULL);
    alarm(1);
    struct timespec long_wait = {5, 0};
    CHECK("interrupted by a handled signal", sigtimedwait(&set, &si, &long_wait));
    sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    sender_fields();
    child_fields();
    fault_fields();
    pipe_fields();
    signalfd_fields();
    small_calls();
    timedwait_fields();
    return 0;
}
