/* Loopback internet sockets, differentially: TCP over 127.0.0.1 and ::1 with
 * select, poll and epoll, a non-blocking connect, ECONNREFUSED, ephemeral
 * ports, bind conflicts, UDP round trips and a connected UDP socket's
 * ECONNREFUSED, dual-stack AF_INET6, the errors of bad calls.  Ports vary
 * from run to run, so the output names them only by what they must satisfy.
 *
 * With the argument "unreachable" it prints what a destination outside the
 * guest gets: ENETUNREACH at once in the guest (checked by
 * compat.inet_unreachable; natively the host's routes decide, so that part is
 * not differential). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

/* An address of family fam ("127.0.0.1", "::1", ...) and port. */
static socklen_t make_addr(struct sockaddr_storage *ss, int fam, const char *ip, int port) {
    memset(ss, 0, sizeof *ss);
    if (fam == AF_INET) {
        struct sockaddr_in *a = (struct sockaddr_in *)ss;
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        inet_pton(AF_INET, ip, &a->sin_addr);
        return sizeof *a;
    }
    struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
    a->sin6_family = AF_INET6;
    a->sin6_port = htons(port);
    inet_pton(AF_INET6, ip, &a->sin6_addr);
    return sizeof *a;
}

/* "ADDR" of a name (its port printed only as zero or ephemeral). */
static void show_name(const char *what, struct sockaddr_storage *ss, socklen_t len) {
    char ip[64] = "?";
    int port = -1;
    if (ss->ss_family == AF_INET) {
        struct sockaddr_in *a = (struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &a->sin_addr, ip, sizeof ip);
        port = ntohs(a->sin_port);
    } else if (ss->ss_family == AF_INET6) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &a->sin6_addr, ip, sizeof ip);
        port = ntohs(a->sin6_port);
    }
    printf("%s: family %d len %u addr %s port %s\n", what, ss->ss_family, (unsigned)len, ip,
           port == 0 ? "0" : port >= 32768 && port <= 60999 ? "ephemeral" : "other");
}

static int port_of(int fd, int peer) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if ((peer ? getpeername : getsockname)(fd, (struct sockaddr *)&ss, &len) < 0) return -1;
    return ss.ss_family == AF_INET ? ntohs(((struct sockaddr_in *)&ss)->sin_port)
                                   : ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
}

static void show_sockname(const char *what, int fd, int peer) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if ((peer ? getpeername : getsockname)(fd, (struct sockaddr *)&ss, &len) < 0) {
        printf("%s: -1 %s\n", what, ename(errno));
        return;
    }
    show_name(what, &ss, len);
}

static int readable(int fd, int ms) {
    fd_set r;
    FD_ZERO(&r);
    FD_SET(fd, &r);
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    return select(fd + 1, &r, NULL, NULL, &tv);
}

/* Waits up to ms for `wait` (natively some events arrive after the call
 * that caused them, later still under emulation), then prints what `events`
 * finds at once. */
static void show_poll(const char *what, int fd, short events, short wait, int ms) {
    struct pollfd p = {fd, wait, 0};
    if (wait) poll(&p, 1, ms);
    p.events = events;
    p.revents = 0;
    int n = poll(&p, 1, 0);
    printf("%s: %d in=%d out=%d err=%d hup=%d rdhup=%d\n", what, n, !!(p.revents & POLLIN),
           !!(p.revents & POLLOUT), !!(p.revents & POLLERR), !!(p.revents & POLLHUP), !!(p.revents & POLLRDHUP));
}

/* A listener on ip, port 0, with SO_REUSEADDR. */
static int listener(int fam, const char *ip) {
    int s = socket(fam, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, fam, ip, 0);
    CHECK("bind listener", bind(s, (struct sockaddr *)&ss, len));
    CHECK("listen", listen(s, 5));
    return s;
}

/* TCP echo over ip with a non-blocking connect, select, poll and epoll. */
static void tcp_echo(int fam, const char *ip) {
    printf("-- tcp echo %s\n", ip);
    int l = listener(fam, ip);
    show_sockname("listener name", l, 0);
    show_poll("listener idle", l, POLLIN, 0, 0);
    int port = port_of(l, 0);
    int c = socket(fam, SOCK_STREAM | SOCK_NONBLOCK, 0);
    show_sockname("unbound name", c, 0);
    show_poll("unconnected", c, POLLIN | POLLOUT, 0, 0);
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, fam, ip, port);
    CHECK("connect non-blocking", connect(c, (struct sockaddr *)&ss, len));
    printf("listener readable: %d\n", readable(l, 2000));
    show_poll("connected", c, POLLIN | POLLOUT, POLLOUT, 2000);
    int err = -1;
    socklen_t el = sizeof err;
    getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &el);
    printf("SO_ERROR: %s\n", err ? ename(err) : "0");
    CHECK("connect again", connect(c, (struct sockaddr *)&ss, len));
    CHECK("connect a third time", connect(c, (struct sockaddr *)&ss, len));
    struct sockaddr_storage peer;
    socklen_t plen = sizeof peer;
    int a = accept4(l, (struct sockaddr *)&peer, &plen, SOCK_CLOEXEC);
    printf("accept: %s\n", a >= 0 ? "ok" : ename(errno));
    show_name("accepted peer", &peer, plen);
    printf("peer port is the client's: %s\n", port_of(c, 0) == port_of(a, 1) ? "yes" : "no");
    printf("client's peer is the listener's port: %s\n", port_of(c, 1) == port ? "yes" : "no");
    show_sockname("client name", c, 0);
    show_sockname("client peer", c, 1);
    show_sockname("accepted name", a, 0);
    int one = 1, v = -1;
    socklen_t vl = sizeof v;
    CHECK("TCP_NODELAY", setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one));
    getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, &vl);
    printf("TCP_NODELAY reads %d\n", v != 0);
    vl = sizeof v;
    getsockopt(c, SOL_SOCKET, SO_DOMAIN, &v, &vl);
    printf("SO_DOMAIN %s\n", v == fam ? "matches" : "differs");
    vl = sizeof v;
    getsockopt(c, SOL_SOCKET, SO_PROTOCOL, &v, &vl);
    printf("SO_PROTOCOL %d\n", v);
    vl = sizeof v;
    getsockopt(c, SOL_SOCKET, SO_TYPE, &v, &vl);
    printf("SO_TYPE %d\n", v);
    CHECK("SO_RCVBUF", setsockopt(c, SOL_SOCKET, SO_RCVBUF, &(int){65536}, sizeof(int)));
    CHECK("SO_SNDBUF", setsockopt(c, SOL_SOCKET, SO_SNDBUF, &(int){65536}, sizeof(int)));
    CHECK("SOL_TCP unknown", setsockopt(c, IPPROTO_TCP, 9999, &one, sizeof one));

    CHECK("send hello", send(c, "hello", 5, 0));
    printf("accepted readable: %d\n", readable(a, 2000));
    char buf[64] = {0};
    CHECK("recv", recv(a, buf, sizeof buf, 0));
    printf("got %s\n", buf);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = 7}, out;
    epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
    CHECK("epoll before echo", epoll_wait(ep, &out, 1, 0));
    CHECK("echo", write(a, buf, 5));
    int n = epoll_wait(ep, &out, 1, 2000);
    printf("epoll after echo: %d data %u\n", n, n > 0 ? out.data.u32 : 0);
    memset(buf, 0, sizeof buf);
    CHECK("read echo", read(c, buf, sizeof buf));
    printf("echoed %s\n", buf);
    close(ep);
    CHECK("recvfrom names no one", recvfrom(c, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL));
    CHECK("shutdown write", shutdown(c, SHUT_WR));
    show_poll("after the peer's FIN", a, POLLIN | POLLOUT | POLLRDHUP, POLLRDHUP, 2000);
    CHECK("read at FIN", read(a, buf, sizeof buf));
    CHECK("write after own shutdown", send(c, "x", 1, MSG_NOSIGNAL));
    CHECK("write back", write(a, "bye", 3));
    memset(buf, 0, sizeof buf);
    CHECK("read bye", read(c, buf, sizeof buf));
    printf("got %s\n", buf);
    close(c);
    show_poll("after the peer's close", a, POLLIN | POLLOUT | POLLRDHUP, POLLRDHUP, 2000);
    usleep(10000);
    CHECK("first write to a closed peer", write(a, "late", 4));
    usleep(10000);
    CHECK("second write to a closed peer", send(a, "late", 4, MSG_NOSIGNAL));
    close(a);
    close(l);
}

/* In a forked child: a blocking TCP connect to 127.0.0.1:port (exit 2 if it fails). */
static int child_connect(int port) {
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, AF_INET, "127.0.0.1", port);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(c, (struct sockaddr *)&ss, len) < 0) _exit(2);
    return c;
}

/* A child connects with a blocking connect and echoes; the parent accepts. */
static void tcp_across_fork(void) {
    printf("-- tcp across fork\n");
    int l = listener(AF_INET, "127.0.0.1");
    int port = port_of(l, 0);
    pid_t pid = fork();
    if (pid == 0) {
        int c = child_connect(port);
        char buf[16];
        ssize_t n = read(c, buf, sizeof buf);
        if (n > 0 && write(c, buf, n) != n) _exit(3);
        close(c);
        _exit(0);
    }
    int a = accept(l, NULL, NULL);
    printf("accept: %s\n", a >= 0 ? "ok" : ename(errno));
    CHECK("write ping", write(a, "ping", 4));
    char buf[16] = {0};
    CHECK("read pong", read(a, buf, sizeof buf));
    printf("got %s\n", buf);
    CHECK("read end", read(a, buf, sizeof buf));
    int st;
    waitpid(pid, &st, 0);
    printf("child status %d\n", WEXITSTATUS(st));
    close(a);
    close(l);
}

/* Bulk data through a small window: every byte arrives, in order. */
static void tcp_bulk(void) {
    printf("-- tcp bulk\n");
    int l = listener(AF_INET, "127.0.0.1");
    int port = port_of(l, 0);
    pid_t pid = fork();
    if (pid == 0) {
        int c = child_connect(port);
        static unsigned char big[1 << 20];
        for (size_t i = 0; i < sizeof big; i++) big[i] = (unsigned char)(i * 7);
        size_t off = 0;
        while (off < sizeof big) {
            ssize_t n = write(c, big + off, sizeof big - off);
            if (n <= 0) _exit(3);
            off += n;
        }
        close(c);
        _exit(0);
    }
    int a = accept(l, NULL, NULL);
    size_t total = 0, bad = 0;
    unsigned char buf[4096];
    ssize_t n;
    while ((n = read(a, buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++)
            if (buf[i] != (unsigned char)((total + i) * 7)) bad++;
        total += n;
    }
    printf("received %zu bytes, %zu wrong\n", total, bad);
    int st;
    waitpid(pid, &st, 0);
    printf("child status %d\n", WEXITSTATUS(st));
    close(a);
    close(l);
}

/* A port nobody listens on: a fresh ephemeral one, closed again. */
static int closed_port(int fam, const char *ip) {
    int s = socket(fam, SOCK_STREAM, 0);
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, fam, ip, 0);
    bind(s, (struct sockaddr *)&ss, len);
    int port = port_of(s, 0);
    close(s);
    return port;
}

static void tcp_refused(void) {
    printf("-- tcp refused\n");
    int port = closed_port(AF_INET, "127.0.0.1");
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, AF_INET, "127.0.0.1", port);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    CHECK("connect blocking", connect(c, (struct sockaddr *)&ss, len));
    show_sockname("name after refusal", c, 0);
    CHECK("connect blocking again", connect(c, (struct sockaddr *)&ss, len));
    close(c);
    c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    CHECK("connect non-blocking", connect(c, (struct sockaddr *)&ss, len));
    show_poll("refused", c, POLLOUT, POLLOUT, 2000);
    CHECK("connect after the reset", connect(c, (struct sockaddr *)&ss, len));
    int err = -1;
    socklen_t el = sizeof err;
    getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &el);
    printf("SO_ERROR after: %s\n", err ? ename(err) : "0");
    close(c);
    c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    connect(c, (struct sockaddr *)&ss, len);
    show_poll("refused again", c, POLLOUT, POLLOUT, 2000);
    el = sizeof err;
    getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &el);
    printf("SO_ERROR: %s\n", err ? ename(err) : "0");
    CHECK("recv after SO_ERROR", recv(c, &err, 1, 0));
    close(c);
    /* The listener goes away with a connection it never accepted. */
    int l = listener(AF_INET, "127.0.0.1");
    len = make_addr(&ss, AF_INET, "127.0.0.1", port_of(l, 0));
    c = socket(AF_INET, SOCK_STREAM, 0);
    CHECK("connect to a listener", connect(c, (struct sockaddr *)&ss, len));
    close(l);
    show_poll("listener closed", c, POLLIN, POLLIN, 2000);
    CHECK("recv after the listener closed", recv(c, &err, 1, 0));
    close(c);
    /* Closing with bytes unread resets the connection. */
    l = listener(AF_INET, "127.0.0.1");
    len = make_addr(&ss, AF_INET, "127.0.0.1", port_of(l, 0));
    c = socket(AF_INET, SOCK_STREAM, 0);
    connect(c, (struct sockaddr *)&ss, len);
    int a = accept(l, NULL, NULL);
    write(c, "unread", 6);
    usleep(10000);
    close(a);
    show_poll("reset", c, POLLIN | POLLOUT, POLLIN, 2000);
    CHECK("recv after a reset", recv(c, &err, 1, 0));
    CHECK("send after a reset", send(c, "x", 1, MSG_NOSIGNAL));
    close(c);
    close(l);
}

static void ports(void) {
    printf("-- ports\n");
    int a = socket(AF_INET, SOCK_STREAM, 0), b = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, AF_INET, "127.0.0.1", 0);
    CHECK("bind port 0", bind(a, (struct sockaddr *)&ss, len));
    show_sockname("ephemeral", a, 0);
    CHECK("bind again", bind(a, (struct sockaddr *)&ss, len));
    int port = port_of(a, 0);
    len = make_addr(&ss, AF_INET, "127.0.0.1", port);
    CHECK("bind a taken port", bind(b, (struct sockaddr *)&ss, len));
    len = make_addr(&ss, AF_INET, "0.0.0.0", port);
    CHECK("bind the wildcard on a taken port", bind(b, (struct sockaddr *)&ss, len));
    close(a);
    close(b);
    /* SO_REUSEADDR shares a port until one of them listens. */
    int one = 1;
    a = socket(AF_INET, SOCK_STREAM, 0);
    b = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(a, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    setsockopt(b, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    len = make_addr(&ss, AF_INET, "127.0.0.1", 0);
    bind(a, (struct sockaddr *)&ss, len);
    len = make_addr(&ss, AF_INET, "127.0.0.1", port_of(a, 0));
    CHECK("bind shared with SO_REUSEADDR", bind(b, (struct sockaddr *)&ss, len));
    CHECK("listen on the first", listen(a, 1));
    CHECK("listen on the second", listen(b, 1));
    close(a);
    close(b);
    /* An unbound listener gets an ephemeral port on the wildcard. */
    a = socket(AF_INET, SOCK_STREAM, 0);
    CHECK("listen unbound", listen(a, 1));
    show_sockname("unbound listener", a, 0);
    close(a);
    /* Other addresses of the host are not the guest's. */
    a = socket(AF_INET, SOCK_STREAM, 0);
    len = make_addr(&ss, AF_INET, "192.0.2.1", 0);
    CHECK("bind 192.0.2.1", bind(a, (struct sockaddr *)&ss, len));
    len = make_addr(&ss, AF_INET, "127.0.0.2", 0);
    CHECK("bind 127.0.0.2", bind(a, (struct sockaddr *)&ss, len));
    show_sockname("127.0.0.2", a, 0);
    close(a);
}

static void udp(int fam, const char *ip) {
    printf("-- udp %s\n", ip);
    int a = socket(fam, SOCK_DGRAM, 0), b = socket(fam, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, fam, ip, 0);
    CHECK("bind a", bind(a, (struct sockaddr *)&ss, len));
    CHECK("bind b", bind(b, (struct sockaddr *)&ss, len));
    int pa = port_of(a, 0), pb = port_of(b, 0);
    printf("ports differ: %s\n", pa != pb ? "yes" : "no");
    struct sockaddr_storage to;
    socklen_t tolen = make_addr(&to, fam, ip, pb);
    CHECK("send unconnected without address", send(a, "x", 1, 0));
    CHECK("sendto b", sendto(a, "ping", 4, 0, (struct sockaddr *)&to, tolen));
    CHECK("sendto b, empty", sendto(a, "", 0, 0, (struct sockaddr *)&to, tolen));
    show_poll("b", b, POLLIN | POLLOUT, POLLIN, 2000);
    char buf[64] = {0};
    struct sockaddr_storage from;
    socklen_t flen = sizeof from;
    CHECK("recvfrom", recvfrom(b, buf, 2, 0, (struct sockaddr *)&from, &flen));
    printf("got %s\n", buf);
    show_name("from", &from, flen);
    printf("from a's port: %s\n", port_of(a, 0) == (fam == AF_INET ? ntohs(((struct sockaddr_in *)&from)->sin_port)
                                                                     : ntohs(((struct sockaddr_in6 *)&from)->sin6_port))
                                      ? "yes"
                                      : "no");
    CHECK("recv empty datagram", recv(b, buf, sizeof buf, 0));
    CHECK("recv nothing", recv(b, buf, sizeof buf, MSG_DONTWAIT));
    /* Truncation and MSG_TRUNC. */
    sendto(a, "abcdef", 6, 0, (struct sockaddr *)&to, tolen);
    struct iovec iov = {buf, 3};
    struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1};
    CHECK("recvmsg truncated", recvmsg(b, &mh, 0));
    printf("flags: trunc=%d\n", !!(mh.msg_flags & MSG_TRUNC));
    /* Connected: b only takes a's datagrams. */
    struct sockaddr_storage aa;
    socklen_t aalen = make_addr(&aa, fam, ip, pa);
    CHECK("connect b to a", connect(b, (struct sockaddr *)&aa, aalen));
    show_sockname("b's peer", b, 1);
    int c = socket(fam, SOCK_DGRAM, 0);
    CHECK("sendto b from a stranger", sendto(c, "no", 2, 0, (struct sockaddr *)&to, tolen));
    CHECK("send b to a", send(b, "pong", 4, 0));
    memset(buf, 0, sizeof buf);
    CHECK("recv a", recv(a, buf, sizeof buf, 0));
    printf("got %s\n", buf);
    CHECK("recv b (the stranger's was not for it)", recv(b, buf, sizeof buf, MSG_DONTWAIT));
    CHECK("too big", sendto(a, buf, fam == AF_INET ? 65508 : 65528, 0, (struct sockaddr *)&to, tolen));
    close(c);
    /* A connected socket learns that nobody is at the other end. */
    int port = closed_port(fam, ip);
    struct sockaddr_storage nobody;
    socklen_t nlen = make_addr(&nobody, fam, ip, port);
    CHECK("connect to nobody", connect(a, (struct sockaddr *)&nobody, nlen));
    CHECK("send to nobody", send(a, "?", 1, 0));
    show_poll("after sending to nobody", a, POLLIN, POLLIN, 2000);
    CHECK("recv the refusal", recv(a, buf, sizeof buf, MSG_DONTWAIT));
    CHECK("recv again", recv(a, buf, sizeof buf, MSG_DONTWAIT));
    struct sockaddr_storage un = {.ss_family = AF_UNSPEC};
    CHECK("dissolve", connect(a, (struct sockaddr *)&un, sizeof un));
    CHECK("getpeername dissolved", getpeername(a, (struct sockaddr *)&un, &(socklen_t){sizeof un}));
    CHECK("shutdown unconnected", shutdown(a, SHUT_RDWR));
    close(a);
    close(b);
    /* An unbound sender gets a port on its first datagram. */
    a = socket(fam, SOCK_DGRAM, 0);
    b = socket(fam, SOCK_DGRAM, 0);
    bind(b, (struct sockaddr *)&ss, len);
    tolen = make_addr(&to, fam, ip, port_of(b, 0));
    CHECK("sendto unbound", sendto(a, "x", 1, 0, (struct sockaddr *)&to, tolen));
    show_sockname("autobound", a, 0);
    close(a);
    close(b);
}

/* An AF_INET6 listener on :: takes IPv4 connections unless IPV6_V6ONLY. */
static void dual_stack(void) {
    printf("-- dual stack\n");
    int l = socket(AF_INET6, SOCK_STREAM, 0);
    int v = -1;
    socklen_t vl = sizeof v;
    getsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, &v, &vl);
    printf("IPV6_V6ONLY default %d\n", v);
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, AF_INET6, "::", 0);
    bind(l, (struct sockaddr *)&ss, len);
    CHECK("IPV6_V6ONLY after bind", setsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, &(int){1}, sizeof(int)));
    listen(l, 2);
    int port = port_of(l, 0);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    len = make_addr(&ss, AF_INET, "127.0.0.1", port);
    CHECK("connect IPv4 to ::", connect(c, (struct sockaddr *)&ss, len));
    struct sockaddr_storage peer;
    socklen_t plen = sizeof peer;
    int a = accept(l, (struct sockaddr *)&peer, &plen);
    show_name("IPv4 peer seen by IPv6", &peer, plen);
    show_sockname("IPv6 accepted name", a, 0);
    close(a);
    close(c);
    c = socket(AF_INET6, SOCK_STREAM, 0);
    len = make_addr(&ss, AF_INET6, "::ffff:127.0.0.1", port);
    CHECK("connect v4-mapped", connect(c, (struct sockaddr *)&ss, len));
    show_sockname("v4-mapped peer", c, 1);
    close(c);
    close(l);
    l = socket(AF_INET6, SOCK_STREAM, 0);
    CHECK("IPV6_V6ONLY", setsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, &(int){1}, sizeof(int)));
    len = make_addr(&ss, AF_INET6, "::", 0);
    bind(l, (struct sockaddr *)&ss, len);
    listen(l, 2);
    c = socket(AF_INET, SOCK_STREAM, 0);
    len = make_addr(&ss, AF_INET, "127.0.0.1", port_of(l, 0));
    int r = connect(c, (struct sockaddr *)&ss, len);
    /* Natively another program may hold the IPv4 port: only a refusal counts. */
    printf("connect IPv4 to a v6-only ::: %s\n", r < 0 && errno == ECONNREFUSED ? "ECONNREFUSED" : "other");
    close(c);
    c = socket(AF_INET6, SOCK_STREAM, 0);
    setsockopt(c, IPPROTO_IPV6, IPV6_V6ONLY, &(int){1}, sizeof(int));
    len = make_addr(&ss, AF_INET6, "::ffff:127.0.0.1", port_of(l, 0));
    CHECK("v6-only connect to v4-mapped", connect(c, (struct sockaddr *)&ss, len));
    close(c);
    close(l);
    c = socket(AF_INET, SOCK_STREAM, 0);
    CHECK("IPV6_V6ONLY on AF_INET", setsockopt(c, IPPROTO_IPV6, IPV6_V6ONLY, &(int){1}, sizeof(int)));
    close(c);
}

static void errors(void) {
    printf("-- errors\n");
    int sv[2];
    CHECK("socketpair AF_INET", socketpair(AF_INET, SOCK_STREAM, 0, sv));
    CHECK("seqpacket", socket(AF_INET, SOCK_SEQPACKET, 0));
    CHECK("udp protocol on stream", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
    int s = socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP);
    printf("tcp protocol: %s\n", s >= 0 ? "ok" : ename(errno));
    close(s);
    s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET};
    CHECK("bind short", bind(s, (struct sockaddr *)&a, 8));
    a.sin_family = AF_INET6;
    CHECK("bind wrong family", bind(s, (struct sockaddr *)&a, sizeof a));
    a.sin_family = AF_UNSPEC;
    CHECK("bind AF_UNSPEC wildcard", bind(s, (struct sockaddr *)&a, sizeof a));
    close(s);
    s = socket(AF_INET, SOCK_STREAM, 0);
    char c;
    CHECK("send unconnected", send(s, "x", 1, MSG_NOSIGNAL));
    CHECK("recv unconnected", recv(s, &c, 1, 0));
    CHECK("getpeername unconnected", getpeername(s, (struct sockaddr *)&a, &(socklen_t){sizeof a}));
    CHECK("shutdown unconnected", shutdown(s, SHUT_RD));
    CHECK("accept unlistening", accept(s, NULL, NULL));
    a.sin_family = AF_INET6;
    CHECK("connect wrong family", connect(s, (struct sockaddr *)&a, sizeof a));
    close(s);
    s = socket(AF_INET, SOCK_DGRAM, 0);
    CHECK("listen udp", listen(s, 1));
    CHECK("accept udp", accept(s, NULL, NULL));
    CHECK("TCP_NODELAY on udp", setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &(int){1}, sizeof(int)));
    a = (struct sockaddr_in){.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    CHECK("sendto port 0", sendto(s, "x", 1, 0, (struct sockaddr *)&a, sizeof a));
    close(s);
}

/* Destinations outside the guest (guest only: natively the routes decide). */
static void unreachable(void) {
    struct sockaddr_storage ss;
    socklen_t len = make_addr(&ss, AF_INET, "10.0.0.1", 80);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    CHECK("connect 10.0.0.1", connect(s, (struct sockaddr *)&ss, len));
    close(s);
    s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    CHECK("connect 10.0.0.1 non-blocking", connect(s, (struct sockaddr *)&ss, len));
    close(s);
    s = socket(AF_INET, SOCK_DGRAM, 0);
    CHECK("sendto 10.0.0.1", sendto(s, "x", 1, 0, (struct sockaddr *)&ss, len));
    CHECK("connect udp 10.0.0.1", connect(s, (struct sockaddr *)&ss, len));
    close(s);
    len = make_addr(&ss, AF_INET6, "2001:db8::1", 80);
    s = socket(AF_INET6, SOCK_STREAM, 0);
    CHECK("connect 2001:db8::1", connect(s, (struct sockaddr *)&ss, len));
    close(s);
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGPIPE, SIG_IGN);
    if (argc > 1 && !strcmp(argv[1], "unreachable")) {
        unreachable();
        return 0;
    }
    tcp_echo(AF_INET, "127.0.0.1");
    tcp_echo(AF_INET6, "::1");
    tcp_across_fork();
    tcp_bulk();
    tcp_refused();
    ports();
    udp(AF_INET, "127.0.0.1");
    udp(AF_INET6, "::1");
    dual_stack();
    errors();
    return 0;
}
