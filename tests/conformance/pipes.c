/* Pipes, descriptors and readiness: EOF, EPIPE/SIGPIPE, atomic small
 * writes, dup/dup2/dup3, fcntl flags, poll/select, O_CLOEXEC across exec
 * (the EOF trick gcc uses to learn that exec succeeded). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--exit") == 0) return 9;
    setvbuf(stdout, NULL, _IONBF, 0);
    int p[2];
    CHECK("pipe", pipe(p));
    CHECK("write", write(p[1], "abc", 3));
    char buf[128] = {0};
    CHECK("read", read(p[0], buf, sizeof buf));
    printf("  data=%s\n", buf);
    struct pollfd pf = {p[0], POLLIN, 0};
    CHECK("poll empty", poll(&pf, 1, 0));
    CHECK("write2", write(p[1], "x", 1));
    CHECK("poll ready", poll(&pf, 1, 1000));
    printf("  revents=%d\n", pf.revents);
    fd_set rs;
    FD_ZERO(&rs);
    FD_SET(p[0], &rs);
    struct timeval tv = {0, 0};
    CHECK("select ready", select(p[0] + 1, &rs, NULL, NULL, &tv));
    printf("  isset=%d\n", FD_ISSET(p[0], &rs));
    read(p[0], buf, 1);
    CHECK("fcntl getfl", fcntl(p[0], F_GETFL) & O_ACCMODE);
    CHECK("set nonblock", fcntl(p[0], F_SETFL, O_NONBLOCK));
    CHECK("read empty nonblock", read(p[0], buf, 1));
    CHECK("getpipe_sz", fcntl(p[0], F_GETPIPE_SZ));
    int d = dup(p[1]);
    CHECK("dup", d >= 0);
    CHECK("dup2", dup2(p[1], 20));
    CHECK("dup3 cloexec", dup3(p[1], 21, O_CLOEXEC));
    CHECK("getfd 21", fcntl(21, F_GETFD));
    CHECK("dup3 same", dup3(21, 21, 0));
    CHECK("fcntl dupfd", fcntl(p[1], F_DUPFD, 30));
    CHECK("close copies", close(d) | close(20) | close(21) | close(30));
    CHECK("close writer", close(p[1]));
    CHECK("read eof", read(p[0], buf, 1));
    pf.events = POLLIN;
    CHECK("poll hup", poll(&pf, 1, 0));
    printf("  hup=%d\n", !!(pf.revents & POLLHUP));
    close(p[0]);

    /* splice from a pipe (as grep does to /dev/null) */
    pipe(p);
    write(p[1], "0123456789", 10);
    int devnull = open("/dev/null", O_WRONLY);
    CHECK("splice to /dev/null", splice(p[0], NULL, devnull, NULL, 4, 0));
    CHECK("splice rest", splice(p[0], NULL, devnull, NULL, 100, 0));
    CHECK("splice no pipe", splice(devnull, NULL, devnull, NULL, 1, 0));
    close(devnull);
    close(p[0]);
    close(p[1]);

    /* EPIPE and SIGPIPE */
    signal(SIGPIPE, SIG_IGN);
    pipe(p);
    close(p[0]);
    CHECK("write no reader", write(p[1], "x", 1));
    close(p[1]);
    pid_t c = fork();
    if (c == 0) {
        signal(SIGPIPE, SIG_DFL);
        pipe(p);
        close(p[0]);
        write(p[1], "x", 1);
        _exit(0);
    }
    int st;
    waitpid(c, &st, 0);
    printf("sigpipe death: %d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));

    /* A large transfer through a pipe between two processes */
    pipe(p);
    c = fork();
    if (c == 0) {
        close(p[0]);
        char chunk[10000];
        for (int i = 0; i < 100; i++) {
            memset(chunk, 'a' + i % 26, sizeof chunk);
            if (write(p[1], chunk, sizeof chunk) != sizeof chunk) _exit(1);
        }
        _exit(0);
    }
    close(p[1]);
    long total = 0, sum = 0;
    ssize_t n;
    char big[4096];
    while ((n = read(p[0], big, sizeof big)) > 0) {
        total += n;
        for (ssize_t i = 0; i < n; i++) sum += big[i];
    }
    waitpid(c, &st, 0);
    printf("transfer: total=%ld sum=%ld child=%d\n", total, sum, WEXITSTATUS(st));
    close(p[0]);

    /* exec success seen as EOF on an O_CLOEXEC pipe */
    pipe2(p, O_CLOEXEC);
    c = fork();
    if (c == 0) {
        close(p[0]);
        execl(argv[0], argv[0], "--exit", NULL);
        write(p[1], "F", 1);
        _exit(127);
    }
    close(p[1]);
    CHECK("cloexec eof", read(p[0], buf, 1));
    waitpid(c, &st, 0);
    printf("exec child: %d\n", WEXITSTATUS(st));
    /* exec failure: the message arrives */
    pipe2(p, O_CLOEXEC);
    c = fork();
    if (c == 0) {
        close(p[0]);
        execl("/nonexistent/program", "x", NULL);
        write(p[1], "F", 1);
        _exit(127);
    }
    close(p[1]);
    CHECK("exec fail msg", read(p[0], buf, 1));
    waitpid(c, &st, 0);
    printf("failed child: %d\n", WEXITSTATUS(st));
    return 0;
}
