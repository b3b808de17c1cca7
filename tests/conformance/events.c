/* Event files and timers: epoll (level, edge, one-shot, nesting, closing,
 * epoll_pwait's mask), eventfd, timerfd, signalfd and POSIX timers. */
#define _GNU_SOURCE
#include "check.h"
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int wait_events(const char *what, int ep, int timeout) {
    struct epoll_event ev[8];
    int n = epoll_wait(ep, ev, 8, timeout);
    printf("%s: %d", what, n < 0 ? -1 : n);
    if (n < 0) printf(" %s", ename(errno));
    for (int i = 0; i < n; i++) printf(" [data=%lu in=%d out=%d hup=%d err=%d rdhup=%d]", (unsigned long)ev[i].data.u64,
                                       !!(ev[i].events & EPOLLIN), !!(ev[i].events & EPOLLOUT),
                                       !!(ev[i].events & EPOLLHUP), !!(ev[i].events & EPOLLERR),
                                       !!(ev[i].events & EPOLLRDHUP));
    printf("\n");
    return n;
}

static int add(int ep, int fd, uint32_t events, uint64_t data) {
    struct epoll_event e = {.events = events, .data.u64 = data};
    return epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
}

static volatile sig_atomic_t handled;
static void on_signal(int sig) { (void)sig; handled++; }

static void epoll_tests(void) {
    int p[2];
    char buf[64];
    pipe(p);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    printf("epoll cloexec: %d\n", !!(fcntl(ep, F_GETFD) & FD_CLOEXEC));
    CHECK("add", add(ep, p[0], EPOLLIN, 1));
    CHECK("add again", add(ep, p[0], EPOLLIN, 1));
    wait_events("level, empty", ep, 0);
    write(p[1], "abcdef", 6);
    wait_events("level, data", ep, 0);
    wait_events("level, still data", ep, 0);
    read(p[0], buf, 6);
    wait_events("level, drained", ep, 0);

    int et = epoll_create1(0);
    CHECK("add edge", add(et, p[0], EPOLLIN | EPOLLET, 2));
    wait_events("edge, empty", et, 0);
    write(p[1], "abcdef", 6);
    wait_events("edge, data", et, 0);
    wait_events("edge, no new data", et, 0);
    read(p[0], buf, 3);
    wait_events("edge, after partial read", et, 0);
    write(p[1], "x", 1);
    wait_events("edge, more data", et, 0);
    struct epoll_event mod = {.events = EPOLLIN | EPOLLET, .data.u64 = 3};
    CHECK("mod", epoll_ctl(et, EPOLL_CTL_MOD, p[0], &mod));
    wait_events("edge, after mod", et, 0);
    read(p[0], buf, sizeof buf);

    int one = epoll_create1(0);
    CHECK("add oneshot", add(one, p[0], EPOLLIN | EPOLLONESHOT, 4));
    write(p[1], "y", 1);
    wait_events("oneshot", one, 0);
    write(p[1], "z", 1);
    wait_events("oneshot, disarmed", one, 0);
    mod.events = EPOLLIN | EPOLLONESHOT;
    mod.data.u64 = 5;
    CHECK("rearm", epoll_ctl(one, EPOLL_CTL_MOD, p[0], &mod));
    wait_events("oneshot, rearmed", one, 0);
    read(p[0], buf, sizeof buf);

    /* Nesting and loops. */
    int outer = epoll_create1(0);
    CHECK("add epoll in epoll", add(outer, ep, EPOLLIN, 6));
    wait_events("outer, inner idle", outer, 0);
    write(p[1], "n", 1);
    wait_events("outer, inner ready", outer, 0);
    read(p[0], buf, 1);
    CHECK("add self", add(ep, ep, EPOLLIN, 0));
    CHECK("add loop", add(ep, outer, EPOLLIN, 0));

    /* Errors. */
    int reg = open("/proc/self/exe", O_RDONLY);
    CHECK("add regular file", add(ep, reg, EPOLLIN, 0));
    close(reg);
    CHECK("ctl on non-epoll", add(p[1], p[0], EPOLLIN, 0));
    CHECK("mod missing", epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &mod));
    CHECK("del missing", epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL));
    CHECK("bad op", epoll_ctl(ep, 99, p[1], &mod));
    CHECK("bad fd", add(ep, 999, EPOLLIN, 0));
    struct epoll_event evs[1];
    CHECK("maxevents 0", epoll_wait(ep, evs, 0, 0));
    CHECK("epoll_create 0", epoll_create(0));
    CHECK("epoll_create1 flags", epoll_create1(1));
    CHECK("del", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));

    /* Write side, hang-ups, and closing a watched file. */
    CHECK("add write end", add(ep, p[1], EPOLLOUT, 7));
    wait_events("writable", ep, 0);
    close(p[0]);
    wait_events("reader gone", ep, 0);
    int q[2];
    pipe(q);
    CHECK("add read end", add(ep, q[0], EPOLLIN, 8));
    close(q[1]);
    wait_events("writer gone", ep, 0);
    int dupd = dup(q[0]);
    close(q[0]);
    wait_events("after close of one of two fds", ep, 0);
    close(dupd);
    wait_events("after close of the last", ep, 0);
    close(p[1]);
    wait_events("all closed", ep, 0);

    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    int sep = epoll_create1(0);
    add(sep, sv[0], EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, 9);
    wait_events("socket, fresh", sep, 0);
    wait_events("socket, edge consumed", sep, 0);
    write(sv[1], "s", 1);
    wait_events("socket, data", sep, 0);
    close(sv[1]);
    wait_events("socket, peer closed", sep, 0);
    close(sv[0]);
    close(sep);

    /* A timeout expires; a signal interrupts (never restarted). */
    wait_events("timeout", ep, 30);
    struct sigaction sa = {.sa_handler = on_signal, .sa_flags = SA_RESTART};
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 30000}};
    setitimer(ITIMER_REAL, &it, NULL);
    handled = 0;
    wait_events("interrupted", ep, 5000);
    printf("handled %d\n", handled);

    /* epoll_pwait's mask: a blocked, pending signal runs once it is unblocked. */
    sigaction(SIGUSR1, &sa, NULL);
    sigset_t block, empty;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigemptyset(&empty);
    sigprocmask(SIG_BLOCK, &block, NULL);
    handled = 0;
    kill(getpid(), SIGUSR1);
    struct epoll_event e1;
    int r = epoll_pwait(ep, &e1, 1, 5000, &empty);
    printf("epoll_pwait: %d %s handled %d\n", r, r < 0 ? ename(errno) : "", handled);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("mask restored: %d\n", sigismember(&now, SIGUSR1));
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    close(ep);
    close(et);
    close(one);
    close(outer);
}

static void eventfd_tests(void) {
    uint64_t v;
    int e = eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC);
    printf("eventfd flags: nonblock %d cloexec %d\n", !!(fcntl(e, F_GETFL) & O_NONBLOCK),
           !!(fcntl(e, F_GETFD) & FD_CLOEXEC));
    CHECK("read", read(e, &v, 8));
    printf("value %lu\n", (unsigned long)v);
    CHECK("read empty", read(e, &v, 8));
    v = 5;
    write(e, &v, 8);
    v = 7;
    write(e, &v, 8);
    CHECK("short read", read(e, &v, 4));
    read(e, &v, 8);
    printf("sum %lu\n", (unsigned long)v);
    v = ~0ull;
    CHECK("write ~0", write(e, &v, 8));
    v = ~0ull - 1;
    CHECK("write max", write(e, &v, 8));
    v = 1;
    CHECK("write overflow", write(e, &v, 8));
    struct pollfd pf = {e, POLLIN | POLLOUT, 0};
    poll(&pf, 1, 0);
    printf("full: in %d out %d\n", !!(pf.revents & POLLIN), !!(pf.revents & POLLOUT));
    close(e);
    e = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    read(e, &v, 8);
    printf("semaphore %lu\n", (unsigned long)v);
    read(e, &v, 8);
    printf("semaphore %lu\n", (unsigned long)v);
    CHECK("semaphore empty", read(e, &v, 8));
    CHECK("eventfd bad flags", eventfd(0, 0x10));
    /* A blocked reader wakes when a child writes. */
    fcntl(e, F_SETFL, 0);
    pid_t pid = fork();
    if (pid == 0) {
        usleep(20000);
        uint64_t one = 1;
        write(e, &one, 8);
        _exit(0);
    }
    CHECK("blocking read", read(e, &v, 8));
    waitpid(pid, NULL, 0);
    close(e);
}

static void timerfd_tests(void) {
    int t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    struct itimerspec cur, set = {{0, 0}, {0, 30000000}};
    CHECK("gettime disarmed", timerfd_gettime(t, &cur));
    printf("disarmed value %ld.%09ld\n", (long)cur.it_value.tv_sec, cur.it_value.tv_nsec);
    CHECK("settime", timerfd_settime(t, 0, &set, NULL));
    timerfd_gettime(t, &cur);
    printf("armed: %d\n", cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec <= 30000000);
    uint64_t n = 0;
    CHECK("read blocks until expiry", read(t, &n, 8));
    printf("expirations %lu\n", (unsigned long)n);
    struct itimerspec per = {{0, 10000000}, {0, 10000000}}, old;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    CHECK("periodic", timerfd_settime(t, 0, &per, &old));
    usleep(55000);
    read(t, &n, 8);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* One expiration per 10 ms that passed: the sleep may last far longer
     * than 55 ms on a loaded host, so the range follows the time measured. */
    long ticks = ((t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec)) / 10000000L;
    printf("periodic expirations in range: %d\n", n >= 4 && (long)n <= ticks + 1);
    timerfd_gettime(t, &cur);
    printf("interval %ld.%09ld\n", (long)cur.it_interval.tv_sec, cur.it_interval.tv_nsec);
    struct itimerspec off = {{0, 0}, {0, 0}};
    timerfd_settime(t, 0, &off, &old);
    printf("old interval %ld\n", old.it_interval.tv_nsec);
    fcntl(t, F_SETFL, O_NONBLOCK);
    CHECK("read disarmed", read(t, &n, 8));
    CHECK("short read", read(t, &n, 4));
    struct itimerspec bad = {{0, 0}, {0, 1000000000}};
    CHECK("bad nsec", timerfd_settime(t, 0, &bad, NULL));
    CHECK("bad flags", timerfd_settime(t, 8, &set, NULL));
    close(t);

    /* An absolute CLOCK_REALTIME deadline, waited for with epoll. */
    t = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct itimerspec abs = {{0, 0}, {now.tv_sec, now.tv_nsec}};
    abs.it_value.tv_nsec += 30000000;
    if (abs.it_value.tv_nsec >= 1000000000) abs.it_value.tv_sec++, abs.it_value.tv_nsec -= 1000000000;
    CHECK("settime abstime", timerfd_settime(t, TFD_TIMER_ABSTIME, &abs, NULL));
    int ep = epoll_create1(0);
    add(ep, t, EPOLLIN, 42);
    wait_events("timerfd not yet", ep, 0);
    wait_events("timerfd expired", ep, 5000);
    CHECK("read", read(t, &n, 8));
    printf("expirations %lu\n", (unsigned long)n);
    struct itimerspec past = {{0, 0}, {1, 0}};
    CHECK("settime in the past", timerfd_settime(t, TFD_TIMER_ABSTIME, &past, NULL));
    wait_events("past deadline fires", ep, 5000);
    close(ep);
    close(t);
    CHECK("bad clock", timerfd_create(99, 0));
    CHECK("bad create flags", timerfd_create(CLOCK_MONOTONIC, 1));
    int e = eventfd(0, 0);
    CHECK("settime on eventfd", timerfd_settime(e, 0, &set, NULL));
    close(e);
}

static void signalfd_tests(void) {
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGUSR2);
    sigprocmask(SIG_BLOCK, &m, NULL);
    sigset_t only1;
    sigemptyset(&only1);
    sigaddset(&only1, SIGUSR1);
    int s = signalfd(-1, &only1, SFD_NONBLOCK | SFD_CLOEXEC);
    struct signalfd_siginfo si[2];
    CHECK("read empty", read(s, si, sizeof si));
    CHECK("read short", read(s, si, 64));
    kill(getpid(), SIGUSR2);
    struct pollfd pf = {s, POLLIN, 0};
    CHECK("poll, other signal pending", poll(&pf, 1, 0));
    kill(getpid(), SIGUSR1);
    CHECK("poll, own signal pending", poll(&pf, 1, 0));
    ssize_t r = read(s, si, sizeof si);
    printf("read %zd signo %u code %d\n", r, si[0].ssi_signo, si[0].ssi_code);
    sigset_t both = m;
    printf("change mask returns the same fd: %d\n", signalfd(s, &both, 0) == s);
    kill(getpid(), SIGUSR1);
    r = read(s, si, sizeof si);
    printf("read %zd signos %u %u\n", r, si[0].ssi_signo, r > 128 ? si[1].ssi_signo : 0);
    sigset_t pend;
    sigpending(&pend);
    printf("still pending: usr1 %d usr2 %d\n", sigismember(&pend, SIGUSR1), sigismember(&pend, SIGUSR2));
    int e = eventfd(0, 0);
    CHECK("signalfd on eventfd", signalfd(e, &both, 0));
    close(e);
    CHECK("bad size", syscall(SYS_signalfd4, -1, &both, 4, 0));
    /* A blocking read wakes for a signal from another process. */
    fcntl(s, F_SETFL, 0);
    pid_t pid = fork();
    if (pid == 0) {
        usleep(20000);
        kill(getppid(), SIGUSR2);
        _exit(0);
    }
    r = read(s, si, sizeof si);
    printf("blocking read %zd signo %u\n", r, si[0].ssi_signo);
    waitpid(pid, NULL, 0);
    close(s);
    sigprocmask(SIG_UNBLOCK, &m, NULL);
}

static void posix_timer_tests(void) {
    struct sigaction sa = {.sa_handler = on_signal};
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGALRM, &sa, NULL);
    sigset_t m, old;
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGALRM);
    sigprocmask(SIG_BLOCK, &m, &old);
    timer_t t;
    struct sigevent sev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
    CHECK("timer_create", timer_create(CLOCK_MONOTONIC, &sev, &t));
    struct itimerspec cur, set = {{0, 0}, {0, 20000000}};
    timer_gettime(t, &cur);
    printf("disarmed %ld\n", cur.it_value.tv_nsec);
    handled = 0;
    CHECK("timer_settime", timer_settime(t, 0, &set, NULL));
    while (!handled) sigsuspend(&old);
    printf("one-shot fired: %d\n", handled);
    timer_gettime(t, &cur);
    printf("after firing %ld\n", cur.it_value.tv_nsec);
    struct itimerspec per = {{0, 10000000}, {0, 10000000}};
    handled = 0;
    timer_settime(t, 0, &per, NULL);
    while (handled < 3) sigsuspend(&old);
    printf("periodic fired 3 times\n");
    CHECK("overrun not negative", timer_getoverrun(t) >= 0);
    timer_gettime(t, &cur);
    printf("interval %ld\n", cur.it_interval.tv_nsec);
    CHECK("timer_delete", timer_delete(t));
    CHECK("timer_delete again", timer_delete(t));
    CHECK("timer_gettime deleted", timer_gettime(t, &cur));

    /* NULL sigevent: SIGALRM. */
    timer_t a;
    CHECK("timer_create default", timer_create(CLOCK_REALTIME, NULL, &a));
    handled = 0;
    struct itimerspec s2 = {{0, 0}, {0, 10000000}};
    timer_settime(a, 0, &s2, NULL);
    while (!handled) sigsuspend(&old);
    printf("SIGALRM timer fired\n");
    timer_delete(a);

    /* SIGEV_NONE: nothing is sent, the time still runs. */
    timer_t n;
    struct sigevent none = {.sigev_notify = SIGEV_NONE};
    CHECK("timer_create none", timer_create(CLOCK_MONOTONIC, &none, &n));
    struct itimerspec s3 = {{0, 0}, {10, 0}};
    timer_settime(n, 0, &s3, NULL);
    timer_gettime(n, &cur);
    printf("none armed: %d\n", cur.it_value.tv_sec >= 9);
    timer_delete(n);

    /* Absolute time in the past fires at once; SIGEV_THREAD_ID to this thread. */
    timer_t th;
    struct sigevent tid = {.sigev_notify = SIGEV_THREAD_ID, .sigev_signo = SIGUSR1};
    tid._sigev_un._tid = (int)syscall(SYS_gettid);
    CHECK("timer_create thread", timer_create(CLOCK_MONOTONIC, &tid, &th));
    handled = 0;
    struct itimerspec past = {{0, 0}, {0, 1}};
    CHECK("timer_settime abstime past", timer_settime(th, TIMER_ABSTIME, &past, NULL));
    while (!handled) sigsuspend(&old);
    printf("thread timer fired\n");
    timer_delete(th);

    timer_t bad;
    CHECK("bad clock", timer_create(99, NULL, &bad));
    struct sigevent badsig = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = 99};
    CHECK("bad signal", timer_create(CLOCK_MONOTONIC, &badsig, &bad));
    sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    epoll_tests();
    eventfd_tests();
    timerfd_tests();
    signalfd_tests();
    posix_timer_tests();
    return 0;
}
