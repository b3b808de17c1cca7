/* Processes and signals: fork with copy-on-write, wait4 statuses, vfork,
 * signal handlers with sigreturn, SA_RESTART-less EINTR, threads with
 * futex joins.  Prints one line per check; the same output natively. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int g_counter = 1;
static volatile sig_atomic_t g_got;

static void on_usr1(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    g_got = sig * 100 + (si->si_code == SI_USER);
}

static void *thread_main(void *arg) {
    int *p = arg;
    *p += 41;
    return (void *)(long)(*p);
}

static void on_alarm(int sig) { (void)sig; }

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    /* fork + copy-on-write: the child's writes are invisible to the parent */
    pid_t pid = fork();
    if (pid == 0) {
        g_counter = 99;
        _exit(g_counter == 99 ? 7 : 1);
    }
    int st = 0;
    pid_t w = waitpid(pid, &st, 0);
    printf("fork: waited=%d exited=%d code=%d parent_counter=%d\n", w == pid, WIFEXITED(st), WEXITSTATUS(st),
           g_counter);

    /* death by signal */
    pid = fork();
    if (pid == 0) {
        raise(SIGTERM);
        _exit(0);
    }
    waitpid(pid, &st, 0);
    printf("kill: signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));

    /* vfork: the parent waits until the child exits */
    int shared = 0;
    pid = vfork();
    if (pid == 0) {
        shared = 5; /* allowed to be seen by the parent with vfork */
        _exit(3);
    }
    waitpid(pid, &st, 0);
    printf("vfork: code=%d\n", WEXITSTATUS(st));

    /* a user handler with siginfo, run and returned from */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_usr1;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    double before = 1.5;
    kill(getpid(), SIGUSR1);
    printf("handler: got=%d fpu_kept=%d\n", (int)g_got, before * 2 == 3.0);

    /* blocked then unblocked */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    g_got = 0;
    sigprocmask(SIG_BLOCK, &set, NULL);
    kill(getpid(), SIGUSR1);
    int before_unblock = g_got;
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("mask: before=%d after=%d\n", before_unblock, (int)g_got);

    /* EINTR: a read on a pipe interrupted by an alarm without SA_RESTART */
    int fds[2];
    if (pipe(fds) == 0) {
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_alarm;
        sigaction(SIGALRM, &sa, NULL);
        alarm(1);
        char c;
        ssize_t r = read(fds[0], &c, 1);
        printf("eintr: r=%zd errno_is_eintr=%d\n", r, r < 0 && errno == EINTR);
    } else {
        printf("eintr: pipe failed\n");
    }

    /* job control: a child stops itself, is seen stopped, continued, then exits */
    /* (the child waits for a byte after it continues, so that the continue
     * is reported before its exit, natively as in the guest) */
    int go[2];
    pipe(go);
    pid = fork();
    if (pid == 0) {
        char b;
        close(go[1]);
        raise(SIGSTOP);
        read(go[0], &b, 1);
        _exit(4);
    }
    close(go[0]);
    waitpid(pid, &st, WUNTRACED);
    printf("stop: stopped=%d sig=%d\n", WIFSTOPPED(st), WSTOPSIG(st));
    kill(pid, SIGCONT);
    waitpid(pid, &st, WCONTINUED);
    printf("cont: continued=%d\n", WIFCONTINUED(st));
    write(go[1], "g", 1);
    close(go[1]);
    waitpid(pid, &st, 0);
    printf("after cont: exited=%d code=%d\n", WIFEXITED(st), WEXITSTATUS(st));
    /* a stopped process still dies of SIGKILL */
    pid = fork();
    if (pid == 0) {
        raise(SIGSTOP);
        _exit(0);
    }
    waitpid(pid, &st, WUNTRACED);
    kill(pid, SIGKILL);
    waitpid(pid, &st, 0);
    printf("kill stopped: signaled=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));

    /* wait for any child with none left */
    printf("echild: %d\n", waitpid(-1, &st, WNOHANG) < 0 && errno == ECHILD);

    /* threads: create and join (clone + futex) */
    pthread_t th;
    int value = 1;
    void *ret = NULL;
    pthread_create(&th, NULL, thread_main, &value);
    pthread_join(th, &ret);
    printf("thread: value=%d ret=%ld\n", value, (long)ret);
    (void)shared;
    return 0;
}
