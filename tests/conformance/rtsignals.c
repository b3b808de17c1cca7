/* Queued real-time signals, differentially: sigqueue's SI_QUEUE and
 * si_value, every instance of a real-time signal queued and taken lowest
 * number first and in order within a number, standard signals merged,
 * rt_tgsigqueueinfo to a thread, the EPERM rule for posing as kill or the
 * kernel, RLIMIT_SIGPENDING (EAGAIN for sigqueue, siginfo lost for kill),
 * queued signals freed when their process is reaped, handlers run once per
 * instance, and the siginfo of POSIX timers (SIGEV_THREAD's value). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static int queue_value(pid_t pid, int sig, int value) {
    return sigqueue(pid, sig, (union sigval){.sival_int = value});
}

/* Takes every pending signal of set without waiting, printing each. */
static void drain(const char *what, const sigset_t *set) {
    struct timespec zero = {0, 0};
    siginfo_t si;
    int sig;
    while ((sig = sigtimedwait(set, &si, &zero)) > 0) {
        const char *name = sig == SIGUSR1 ? "USR1" : sig == SIGUSR2 ? "USR2" : NULL;
        if (name) printf("%s: %s", what, name);
        else printf("%s: RTMIN+%d", what, sig - SIGRTMIN);
        printf(" code %s value %d from me %s\n",
               si.si_code == SI_QUEUE ? "SI_QUEUE" : si.si_code == SI_USER ? "SI_USER" : si.si_code == SI_TKILL ? "SI_TKILL" : "other",
               si.si_code == SI_QUEUE ? si.si_value.sival_int : 0, si.si_pid == getpid() ? "yes" : "no");
    }
    printf("%s: then %s\n", what, ename(errno));
}

static void order(void) {
    printf("-- order\n");
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN);
    sigaddset(&set, SIGRTMIN + 1);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    CHECK("queue RTMIN+1 1", queue_value(getpid(), SIGRTMIN + 1, 1));
    CHECK("queue RTMIN 2", queue_value(getpid(), SIGRTMIN, 2));
    CHECK("queue RTMIN+1 3", queue_value(getpid(), SIGRTMIN + 1, 3));
    CHECK("queue RTMIN 4", queue_value(getpid(), SIGRTMIN, 4));
    CHECK("kill RTMIN", kill(getpid(), SIGRTMIN));
    CHECK("kill USR1", kill(getpid(), SIGUSR1));
    CHECK("queue USR1 5", queue_value(getpid(), SIGUSR1, 5));
    CHECK("queue USR2 6", queue_value(getpid(), SIGUSR2, 6));
    CHECK("kill USR2", kill(getpid(), SIGUSR2));
    sigset_t pending;
    sigpending(&pending);
    printf("pending: RTMIN %d RTMIN+1 %d USR1 %d USR2 %d\n", sigismember(&pending, SIGRTMIN),
           sigismember(&pending, SIGRTMIN + 1), sigismember(&pending, SIGUSR1), sigismember(&pending, SIGUSR2));
    drain("took", &set);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static int seen[8], nseen;
static void on_rt(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    if (nseen < 8) seen[nseen++] = (sig - SIGRTMIN) * 100 + si->si_value.sival_int;
}

static void handlers(void) {
    printf("-- handlers\n");
    struct sigaction sa = {.sa_sigaction = on_rt, .sa_flags = SA_SIGINFO};
    sigfillset(&sa.sa_mask);
    sigaction(SIGRTMIN, &sa, NULL);
    sigaction(SIGRTMIN + 1, &sa, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN);
    sigaddset(&set, SIGRTMIN + 1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    queue_value(getpid(), SIGRTMIN + 1, 1);
    queue_value(getpid(), SIGRTMIN, 2);
    queue_value(getpid(), SIGRTMIN, 3);
    queue_value(getpid(), SIGRTMIN + 1, 4);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("handled %d:", nseen);
    for (int i = 0; i < nseen; i++) printf(" %d", seen[i]);
    printf("\n");
    signal(SIGRTMIN, SIG_DFL);
    signal(SIGRTMIN + 1, SIG_DFL);
}

static void threads_and_permissions(void) {
    printf("-- rt_tgsigqueueinfo, rt_sigqueueinfo\n");
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN);
    sigprocmask(SIG_BLOCK, &set, NULL);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_code = SI_QUEUE;
    si.si_pid = getpid();
    si.si_uid = getuid();
    si.si_value.sival_int = 42;
    CHECK("rt_tgsigqueueinfo self", syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), SIGRTMIN, &si));
    CHECK("rt_tgsigqueueinfo bad tid", syscall(SYS_rt_tgsigqueueinfo, getpid(), 999999, SIGRTMIN, &si));
    CHECK("rt_tgsigqueueinfo bad pointer", syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), SIGRTMIN, (void *)8));
    /* The whole siginfo_t is read: 32 readable bytes before a hole are not enough. */
    char *pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(pages + 4096, 4096);
    memcpy(pages + 4096 - 32, &si, 32);
    CHECK("rt_tgsigqueueinfo short siginfo", syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), SIGRTMIN, pages + 4096 - 32));
    munmap(pages, 4096);
    si.si_code = SI_USER;
    CHECK("rt_sigqueueinfo self as kill", syscall(SYS_rt_sigqueueinfo, getpid(), SIGRTMIN, &si));
    si.si_code = SI_QUEUE;
    CHECK("rt_sigqueueinfo signal 0", syscall(SYS_rt_sigqueueinfo, getpid(), 0, &si));
    CHECK("rt_sigqueueinfo signal 65", syscall(SYS_rt_sigqueueinfo, getpid(), 65, &si));
    drain("took", &set);

    pid_t child = fork();
    if (child == 0) {
        siginfo_t got;
        int sig = sigwaitinfo(&set, &got);
        _exit(sig == SIGRTMIN && got.si_code == SI_QUEUE ? got.si_value.sival_int : 99);
    }
    si.si_code = SI_USER;
    CHECK("rt_sigqueueinfo other as kill", syscall(SYS_rt_sigqueueinfo, child, SIGRTMIN, &si));
    si.si_code = SI_KERNEL;
    CHECK("rt_sigqueueinfo other as kernel", syscall(SYS_rt_sigqueueinfo, child, SIGRTMIN, &si));
    si.si_code = SI_TKILL;
    CHECK("rt_sigqueueinfo other as tkill", syscall(SYS_rt_sigqueueinfo, child, SIGRTMIN, &si));
    CHECK("sigqueue other", queue_value(child, SIGRTMIN, 7));
    int st;
    waitpid(child, &st, 0);
    printf("child took value %d\n", WEXITSTATUS(st));
    CHECK("sigqueue nobody", queue_value(999999, SIGRTMIN, 1));
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static void limit(void) {
    printf("-- RLIMIT_SIGPENDING\n");
    struct rlimit old;
    getrlimit(RLIMIT_SIGPENDING, &old);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN + 2);
    sigaddset(&set, SIGRTMIN + 3);
    sigprocmask(SIG_BLOCK, &set, NULL);
    /* The limit counts every signal pending for the user, in every process
     * (natively, other programs of root may have some): find that count by
     * the smallest limit that lets one more be queued, and allow 3 more. */
    rlim_t others = 0;
    for (;; others++) {
        struct rlimit probe = {others + 1, old.rlim_max};
        setrlimit(RLIMIT_SIGPENDING, &probe);
        if (queue_value(getpid(), SIGRTMIN + 2, 0) == 0) break;
    }
    struct timespec zero = {0, 0};
    sigtimedwait(&set, NULL, &zero);
    struct rlimit three = {others + 3, old.rlim_max};
    CHECK("setrlimit to 3 more", setrlimit(RLIMIT_SIGPENDING, &three));
    for (int i = 1; i <= 5; i++) {
        char what[32];
        snprintf(what, sizeof what, "queue %d", i);
        CHECK(what, queue_value(getpid(), SIGRTMIN + 2, i));
    }
    CHECK("kill beyond the limit", kill(getpid(), SIGRTMIN + 3));
    drain("took", &set);
    CHECK("queue after draining", queue_value(getpid(), SIGRTMIN + 2, 9));
    drain("took", &set);
    /* A child's queued signals are freed when it is reaped. */
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    for (int i = 1; i <= 4; i++) {
        char what[32];
        snprintf(what, sizeof what, "queue child %d", i);
        CHECK(what, queue_value(child, SIGRTMIN + 2, i));
    }
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    CHECK("queue after the child was reaped", queue_value(getpid(), SIGRTMIN + 2, 1));
    drain("took", &set);
    setrlimit(RLIMIT_SIGPENDING, &old);
    /* Setting SIG_IGN discards every queued instance. */
    for (int i = 1; i <= 3; i++) queue_value(getpid(), SIGRTMIN + 2, i);
    signal(SIGRTMIN + 2, SIG_IGN);
    signal(SIGRTMIN + 2, SIG_DFL);
    drain("after SIG_IGN", &set);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static int pipe_fds[2];
static void on_thread_timer(union sigval v) {
    char c = (char)v.sival_int;
    write(pipe_fds[1], &c, 1);
}

/* A POSIX timer's signal carries SI_TIMER, its id and sigev_value; glibc's
 * SIGEV_THREAD timers find their function through that value. */
static void timers(void) {
    printf("-- timer siginfo\n");
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN + 4);
    sigaddset(&set, SIGALRM);
    sigprocmask(SIG_BLOCK, &set, NULL);
    struct sigevent ev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN + 4, .sigev_value.sival_int = 77};
    timer_t id;
    CHECK("timer_create", timer_create(CLOCK_MONOTONIC, &ev, &id));
    struct itimerspec soon = {.it_value = {0, 1000000}};
    timer_settime(id, 0, &soon, NULL);
    siginfo_t si;
    int sig = sigwaitinfo(&set, &si);
    printf("signal RTMIN+%d code %s value %d timer id matches %s\n", sig - SIGRTMIN,
           si.si_code == SI_TIMER ? "SI_TIMER" : "other", si.si_value.sival_int,
           si.si_timerid == (int)(long)id ? "yes" : "no");
    timer_delete(id);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    pipe(pipe_fds);
    struct sigevent th = {.sigev_notify = SIGEV_THREAD, .sigev_notify_function = on_thread_timer,
                          .sigev_value.sival_int = 'T'};
    CHECK("timer_create SIGEV_THREAD", timer_create(CLOCK_MONOTONIC, &th, &id));
    CHECK("timer_settime", timer_settime(id, 0, &soon, NULL));
    char c = 0;
    CHECK("the thread's byte", read(pipe_fds[0], &c, 1));
    printf("byte %c\n", c);
    timer_delete(id);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    order();
    handlers();
    threads_and_permissions();
    /* The limit counts the signals pending for a user in all its processes:
     * natively root's other programs may hold some at any moment, so the
     * limit is tried as nobody, in a child. */
    pid_t child = fork();
    if (child == 0) {
        if (getuid() == 0) setresuid(65534, 65534, 65534);
        limit();
        _exit(0);
    }
    int st;
    waitpid(child, &st, 0);
    timers();
    return 0;
}
