/* Issue 15, acceptance 5: one end of a --channel, run inside the guest.
 *   channel_peer send N   sends N numbered messages of varying sizes, then
 *                         waits (epoll) for the receiver's one-message summary
 *   channel_peer recv N   polls and reads N messages, checks order, size and
 *                         bytes of each, answers with a summary
 *   channel_peer hold     reads one message, says so, then reads until the
 *                         end (0) and writes once more (EPIPE expected)
 *   channel_peer greet    sends one message and sleeps (to be killed) */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#define MAX_MESSAGE 65536

static unsigned size_of(unsigned i) { return 8 + (i * 37) % 2000; }

static void fill(unsigned char* buf, unsigned i) {
    memcpy(buf, &i, sizeof i);
    unsigned n = size_of(i);
    memcpy(buf + 4, &n, sizeof n);
    for (unsigned k = 8; k < n; k++) buf[k] = (unsigned char)(i * 7 + k);
}

static int do_send(int fd, unsigned count) {
    static unsigned char buf[MAX_MESSAGE];
    for (unsigned i = 0; i < count; i++) {
        fill(buf, i);
        ssize_t w = write(fd, buf, size_of(i));
        if (w != (ssize_t)size_of(i)) { fprintf(stderr, "write %u: %zd (%s)\n", i, w, strerror(errno)); return 1; }
    }
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN}, got;
    if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) != 0) { perror("epoll"); return 1; }
    if (epoll_wait(ep, &got, 1, 30000) != 1 || !(got.events & EPOLLIN)) { fprintf(stderr, "epoll: no summary\n"); return 1; }
    char summary[64];
    ssize_t r = read(fd, summary, sizeof summary - 1);
    if (r <= 0) { fprintf(stderr, "no summary: %zd\n", r); return 1; }
    summary[r] = 0;
    printf("sent %u, peer says: %s\n", count, summary);
    return strncmp(summary, "ok ", 3) == 0 ? 0 : 1;
}

static int do_recv(int fd, unsigned count) {
    static unsigned char buf[MAX_MESSAGE], want[MAX_MESSAGE];
    for (unsigned i = 0; i < count; i++) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 20000) != 1 || !(p.revents & POLLIN)) { fprintf(stderr, "poll %u: nothing\n", i); return 1; }
        ssize_t r = read(fd, buf, sizeof buf);
        fill(want, i);
        if (r != (ssize_t)size_of(i) || memcmp(buf, want, size_of(i)) != 0) {
            unsigned got = 0;
            if (r >= 4) memcpy(&got, buf, 4);
            fprintf(stderr, "message %u: %zd bytes, number %u\n", i, r, got);
            return 1;
        }
    }
    char summary[64];
    int n = snprintf(summary, sizeof summary, "ok %u in order", count);
    if (write(fd, summary, n) != n) return 1;
    printf("received %u in order\n", count);
    return 0;
}

static int do_hold(int fd) {
    signal(SIGPIPE, SIG_IGN);
    char buf[256];
    ssize_t r = read(fd, buf, sizeof buf);
    printf("got %zd bytes\n", r);
    fflush(stdout);
    while ((r = read(fd, buf, sizeof buf)) > 0) {
    }
    printf("read returned %zd%s\n", r, r == 0 ? " (end)" : "");
    ssize_t w = write(fd, "x", 1);
    printf("write returned %zd (%s)\n", w, w < 0 ? strerror(errno) : "sent");
    return r == 0 && w < 0 && errno == EPIPE ? 0 : 1;
}

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    int fd = open("/dev/channel0", O_RDWR);
    if (fd < 0) { perror("/dev/channel0"); return 2; }
    if (!strcmp(argv[1], "send") && argc > 2) return do_send(fd, (unsigned)atoi(argv[2]));
    if (!strcmp(argv[1], "recv") && argc > 2) return do_recv(fd, (unsigned)atoi(argv[2]));
    if (!strcmp(argv[1], "hold")) return do_hold(fd);
    if (!strcmp(argv[1], "greet")) {
        if (write(fd, "hello", 5) != 5) return 1;
        printf("greeted\n");
        fflush(stdout);
        for (;;) pause();
    }
    return 2;
}
