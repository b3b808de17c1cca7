/* AF_UNIX sockets: stream, datagram and seqpacket pairs; path and
 * abstract names; listen/connect/accept4; shutdown and end of file;
 * poll readiness; SCM_RIGHTS and SCM_CREDENTIALS; options. */
#define _GNU_SOURCE
#include "check.h"
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[64];

static socklen_t path_addr(struct sockaddr_un *a, const char *name) {
    memset(a, 0, sizeof *a);
    a->sun_family = AF_UNIX;
    snprintf(a->sun_path, sizeof a->sun_path, "%s/%s", dir, name);
    return offsetof(struct sockaddr_un, sun_path) + strlen(a->sun_path) + 1;
}

static socklen_t abstract_addr(struct sockaddr_un *a, const char *name) {
    memset(a, 0, sizeof *a);
    a->sun_family = AF_UNIX;
    int n = snprintf(a->sun_path + 1, sizeof a->sun_path - 1, "tandem-conf-%d-%s", getpid(), name);
    return offsetof(struct sockaddr_un, sun_path) + 1 + n;
}

static void show_poll(const char *what, int fd) {
    struct pollfd p = {fd, POLLIN | POLLOUT | POLLRDHUP, 0};
    int r = poll(&p, 1, 0);
    printf("%s: %d in=%d out=%d hup=%d rdhup=%d err=%d\n", what, r, !!(p.revents & POLLIN), !!(p.revents & POLLOUT),
           !!(p.revents & POLLHUP), !!(p.revents & POLLRDHUP), !!(p.revents & POLLERR));
}

static void stream_pair(void) {
    int sv[2];
    char buf[64];
    CHECK("socketpair stream", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    show_poll("fresh", sv[0]);
    CHECK("write", write(sv[0], "hello", 5));
    CHECK("write", write(sv[0], " world", 6));
    show_poll("peer with data", sv[1]);
    int n = 0;
    CHECK("FIONREAD", ioctl(sv[1], FIONREAD, &n));
    printf("FIONREAD = %d\n", n);
    CHECK("recv peek", recv(sv[1], buf, sizeof buf, MSG_PEEK));
    ssize_t r = read(sv[1], buf, sizeof buf);
    printf("read %zd '%.*s'\n", r, (int)r, buf);
    CHECK("recv nonblocking", recv(sv[1], buf, sizeof buf, MSG_DONTWAIT));
    CHECK("shutdown SHUT_WR", shutdown(sv[0], SHUT_WR));
    show_poll("after peer SHUT_WR", sv[1]);
    CHECK("read at eof", read(sv[1], buf, sizeof buf));
    CHECK("write after SHUT_WR", write(sv[0], "x", 1));
    CHECK("write other way", write(sv[1], "back", 4));
    CHECK("read other way", read(sv[0], buf, sizeof buf));
    CHECK("shutdown bad how", shutdown(sv[0], 7));
    CHECK("write then close", write(sv[1], "last", 4));
    close(sv[1]);
    show_poll("peer closed", sv[0]);
    CHECK("read pending", read(sv[0], buf, sizeof buf));
    CHECK("read eof", read(sv[0], buf, sizeof buf));
    close(sv[0]);

    CHECK("socketpair", socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv));
    printf("nonblock=%d cloexec=%d\n", !!(fcntl(sv[0], F_GETFL) & O_NONBLOCK), !!(fcntl(sv[0], F_GETFD) & FD_CLOEXEC));
    close(sv[1]);
    CHECK("send MSG_NOSIGNAL to closed", send(sv[0], "x", 1, MSG_NOSIGNAL));
    CHECK("write to closed (SIGPIPE ignored)", write(sv[0], "x", 1));
    close(sv[0]);
}

/* A child writes 1 MiB in odd-sized pieces; the parent reads it all. */
static void stream_bulk(void) {
    int sv[2];
    CHECK("socketpair bulk", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    pid_t pid = fork();
    if (pid == 0) {
        close(sv[0]);
        static unsigned char chunk[7777];
        size_t sent = 0;
        while (sent < (1u << 20)) {
            size_t n = sizeof chunk;
            if (n > (1u << 20) - sent) n = (1u << 20) - sent;
            for (size_t i = 0; i < n; i++) chunk[i] = (unsigned char)((sent + i) * 31);
            ssize_t w = write(sv[1], chunk, n);
            if (w <= 0) _exit(1);
            sent += (size_t)w;
            if ((size_t)w < n) { /* continue with the rest from sent */ }
        }
        _exit(0);
    }
    close(sv[1]);
    unsigned char buf[5000];
    size_t got = 0, bad = 0;
    ssize_t r;
    while ((r = read(sv[0], buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < r; i++)
            if (buf[i] != (unsigned char)((got + (size_t)i) * 31)) bad++;
        got += (size_t)r;
    }
    int status;
    waitpid(pid, &status, 0);
    printf("bulk: got %zu bytes, %zu wrong, child status %d\n", got, bad, WEXITSTATUS(status));
    close(sv[0]);
}

static void message_pairs(void) {
    int sv[2];
    char buf[64];
    CHECK("socketpair dgram", socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
    CHECK("send a", send(sv[0], "first", 5, 0));
    CHECK("send b", send(sv[0], "second!", 7, 0));
    CHECK("send empty", send(sv[0], "", 0, 0));
    int n = 0;
    ioctl(sv[1], FIONREAD, &n);
    printf("dgram FIONREAD = %d\n", n);
    CHECK("recv peek", recv(sv[1], buf, sizeof buf, MSG_PEEK));
    CHECK("recv 3 of 5", recv(sv[1], buf, 3, 0));
    struct iovec iov = {buf, 4};
    struct msghdr mh = {0};
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    CHECK("recvmsg trunc", recvmsg(sv[1], &mh, MSG_TRUNC));
    printf("msg_flags trunc=%d\n", !!(mh.msg_flags & MSG_TRUNC));
    CHECK("recv empty datagram", recv(sv[1], buf, sizeof buf, 0));
    CHECK("recv none", recv(sv[1], buf, sizeof buf, MSG_DONTWAIT));
    /* The queue takes a bounded number of datagrams. */
    fcntl(sv[0], F_SETFL, O_NONBLOCK);
    int sent = 0;
    while (send(sv[0], "q", 1, 0) == 1 && sent < 1000) sent++;
    printf("queued datagrams before EAGAIN: %d (%s)\n", sent, ename(errno));
    char one;
    int drained = 0;
    while (recv(sv[1], &one, 1, MSG_DONTWAIT) == 1) drained++;
    printf("drained %d\n", drained);
    close(sv[0]);
    close(sv[1]);

    CHECK("socketpair seqpacket", socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv));
    CHECK("send", send(sv[0], "one", 3, 0));
    CHECK("send", send(sv[0], "two!", 4, 0));
    CHECK("recv 2", recv(sv[1], buf, 2, 0));
    CHECK("recv", recv(sv[1], buf, sizeof buf, 0));
    close(sv[0]);
    show_poll("seqpacket peer closed", sv[1]);
    CHECK("recv eof", recv(sv[1], buf, sizeof buf, 0));
    close(sv[1]);
}

static void path_names(void) {
    struct sockaddr_un a, b;
    socklen_t alen = path_addr(&a, "srv"), blen;
    char buf[64];
    int l = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("listen unbound", listen(l, 1));
    CHECK("bind", bind(l, (struct sockaddr *)&a, alen));
    struct stat st;
    CHECK("stat node", stat(a.sun_path, &st));
    printf("is socket: %d\n", S_ISSOCK(st.st_mode));
    CHECK("open node", open(a.sun_path, O_RDONLY));
    CHECK("bind again", bind(l, (struct sockaddr *)&a, alen));
    int l2 = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("bind in use", bind(l2, (struct sockaddr *)&a, alen));
    int c0 = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("connect before listen", connect(c0, (struct sockaddr *)&a, alen));
    close(c0);
    CHECK("listen", listen(l, 0));
    int v = -1;
    socklen_t vl = sizeof v;
    CHECK("SO_ACCEPTCONN", getsockopt(l, SOL_SOCKET, SO_ACCEPTCONN, &v, &vl));
    printf("acceptconn=%d\n", v);
    blen = sizeof b;
    CHECK("getsockname", getsockname(l, (struct sockaddr *)&b, &blen));
    printf("name matches: %d (len %s)\n", blen == alen && !strcmp(a.sun_path, b.sun_path),
           blen == alen ? "same" : "differs");
    fcntl(l, F_SETFL, O_NONBLOCK);
    CHECK("accept nonblocking empty", accept(l, NULL, NULL));

    /* Backlog 0 admits one connection; the next nonblocking one waits. */
    int c1 = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("connect 1", connect(c1, (struct sockaddr *)&a, alen));
    int c2 = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    CHECK("connect 2 (queue full)", connect(c2, (struct sockaddr *)&a, alen));
    show_poll("listener with a connection", l);
    CHECK("write before accept", write(c1, "early", 5));
    struct sockaddr_un peer;
    socklen_t plen = sizeof peer;
    int s1 = accept4(l, (struct sockaddr *)&peer, &plen, SOCK_CLOEXEC);
    printf("accept4: %s peer len %d cloexec %d\n", s1 >= 0 ? "ok" : ename(errno), (int)plen,
           s1 >= 0 && (fcntl(s1, F_GETFD) & FD_CLOEXEC));
    CHECK("read early", read(s1, buf, sizeof buf));
    CHECK("connect again", connect(c1, (struct sockaddr *)&a, alen));
    blen = sizeof b;
    CHECK("getpeername client", getpeername(c1, (struct sockaddr *)&b, &blen));
    printf("peer is server: %d\n", !strcmp(b.sun_path, a.sun_path));
    blen = sizeof b;
    CHECK("getsockname accepted", getsockname(s1, (struct sockaddr *)&b, &blen));
    printf("accepted has server name: %d\n", !strcmp(b.sun_path, a.sun_path));
    blen = sizeof b;
    CHECK("getsockname client", getsockname(c1, (struct sockaddr *)&b, &blen));
    printf("client name len %d\n", (int)blen);
    struct ucred cr;
    socklen_t crl = sizeof cr;
    CHECK("SO_PEERCRED", getsockopt(s1, SOL_SOCKET, SO_PEERCRED, &cr, &crl));
    printf("peercred pid is me: %d uid is me: %d len %d\n", cr.pid == getpid(), cr.uid == getuid(), (int)crl);
    int unconnected = socket(AF_UNIX, SOCK_STREAM, 0);
    blen = sizeof b;
    CHECK("getpeername unconnected", getpeername(unconnected, (struct sockaddr *)&b, &blen));
    close(unconnected);

    /* A child connects through the path and talks to an accepted socket. */
    close(c2);
    pid_t pid = fork();
    if (pid == 0) {
        int c = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(c, (struct sockaddr *)&a, alen) < 0) _exit(2);
        if (write(c, "from child", 10) != 10) _exit(3);
        char r[8];
        _exit(read(c, r, sizeof r) == 2 && !memcmp(r, "ok", 2) ? 0 : 4);
    }
    fcntl(l, F_SETFL, 0);
    close(s1);
    close(c1);
    int s2 = accept(l, NULL, NULL);
    ssize_t r = read(s2, buf, sizeof buf);
    printf("child said '%.*s'\n", (int)(r > 0 ? r : 0), buf);
    crl = sizeof cr;
    getsockopt(s2, SOL_SOCKET, SO_PEERCRED, &cr, &crl);
    printf("peercred pid is child: %d\n", cr.pid == pid);
    CHECK("reply", write(s2, "ok", 2));
    int status;
    waitpid(pid, &status, 0);
    printf("child status %d\n", WEXITSTATUS(status));
    close(s2);
    close(l);
    close(l2);
    int c3 = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("connect after listener closed", connect(c3, (struct sockaddr *)&a, alen));
    CHECK("unlink node", unlink(a.sun_path));
    CHECK("connect after unlink", connect(c3, (struct sockaddr *)&a, alen));
    int d = socket(AF_UNIX, SOCK_DGRAM, 0);
    alen = path_addr(&a, "dg");
    bind(d, (struct sockaddr *)&a, alen);
    CHECK("connect stream to dgram", connect(c3, (struct sockaddr *)&a, alen));
    close(c3);
    close(d);
    unlink(a.sun_path);
}

static void abstract_and_dgram_names(void) {
    struct sockaddr_un a, b, from;
    socklen_t alen = abstract_addr(&a, "dg"), blen, flen;
    char buf[64];
    int srv = socket(AF_UNIX, SOCK_DGRAM, 0);
    CHECK("bind abstract", bind(srv, (struct sockaddr *)&a, alen));
    blen = sizeof b;
    getsockname(srv, (struct sockaddr *)&b, &blen);
    printf("abstract name round trip: %d\n", blen == alen && !memcmp(&a, &b, alen));
    int cli = socket(AF_UNIX, SOCK_DGRAM, 0);
    CHECK("send unconnected", send(cli, "x", 1, 0));
    CHECK("sendto", sendto(cli, "anon", 4, 0, (struct sockaddr *)&a, alen));
    flen = sizeof from;
    CHECK("recvfrom", recvfrom(srv, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen));
    printf("from unbound sender: len %d\n", (int)flen);
    CHECK("autobind", bind(cli, (struct sockaddr *)&(struct sockaddr_un){.sun_family = AF_UNIX}, sizeof(sa_family_t)));
    blen = sizeof b;
    getsockname(cli, (struct sockaddr *)&b, &blen);
    printf("autobound len %d abstract %d\n", (int)blen, b.sun_path[0] == 0);
    CHECK("sendto", sendto(cli, "named", 5, 0, (struct sockaddr *)&a, alen));
    flen = sizeof from;
    CHECK("recvfrom", recvfrom(srv, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen));
    printf("from autobound sender matches: %d\n", flen == blen && !memcmp(&from, &b, blen));
    CHECK("connect", connect(cli, (struct sockaddr *)&a, alen));
    CHECK("send connected", send(cli, "conn", 4, 0));
    CHECK("recv", recv(srv, buf, sizeof buf, 0));
    struct sockaddr_un missing;
    socklen_t mlen = abstract_addr(&missing, "nobody");
    CHECK("sendto missing", sendto(cli, "x", 1, 0, (struct sockaddr *)&missing, mlen));
    int other = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un oa;
    socklen_t olen = abstract_addr(&oa, "other");
    bind(other, (struct sockaddr *)&oa, olen);
    CHECK("connect srv to other", connect(srv, (struct sockaddr *)&oa, olen));
    CHECK("send to srv connected elsewhere", send(cli, "x", 1, 0));
    close(srv);
    CHECK("send to closed", send(cli, "x", 1, 0));
    CHECK("send again after refusal", send(cli, "x", 1, 0));
    int big = socket(AF_UNIX, SOCK_DGRAM, 0);
    static char huge[300000];
    CHECK("sendto too big", sendto(big, huge, sizeof huge, 0, (struct sockaddr *)&oa, olen));
    int str = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK("sendto stream address", sendto(str, "x", 1, 0, (struct sockaddr *)&oa, olen));
    CHECK("send stream unconnected", send(str, "x", 1, MSG_NOSIGNAL));
    CHECK("connect dgram to stream type", connect(big, (struct sockaddr *)&oa, 1 + sizeof(sa_family_t)));
    close(str);
    close(big);
    close(other);
    close(cli);
}

static void pass_rights_and_creds(void) {
    int sv[2], p[2];
    char buf[64];
    CHECK("socketpair", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    CHECK("pipe", pipe(p));
    CHECK("write pipe", write(p[1], "through a passed fd", 19));
    union {
        struct cmsghdr h;
        char space[CMSG_SPACE(sizeof(struct ucred))];
    } u;
    memset(&u, 0, sizeof u);
    struct iovec iov = {"R", 1};
    struct msghdr mh = {0};
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = u.space;
    mh.msg_controllen = CMSG_SPACE(2 * sizeof(int));
    struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(2 * sizeof(int));
    int two[2] = {p[0], p[1]};
    memcpy(CMSG_DATA(c), two, sizeof two);
    CHECK("sendmsg SCM_RIGHTS", sendmsg(sv[0], &mh, 0));
    CHECK("send plain", send(sv[0], "tail", 4, 0));
    close(p[0]);
    close(p[1]);

    union {
        struct cmsghdr h;
        char space[CMSG_SPACE(2 * sizeof(int)) + 64];
    } r;
    memset(&r, 0, sizeof r);
    char data[16];
    struct iovec riov = {data, sizeof data};
    struct msghdr rh = {0};
    rh.msg_iov = &riov;
    rh.msg_iovlen = 1;
    rh.msg_control = r.space;
    rh.msg_controllen = sizeof r.space;
    ssize_t n = recvmsg(sv[1], &rh, MSG_CMSG_CLOEXEC);
    printf("recvmsg: %zd controllen %zu flags %d\n", n, (size_t)rh.msg_controllen, rh.msg_flags);
    struct cmsghdr *rc = CMSG_FIRSTHDR(&rh);
    if (rc && rc->cmsg_type == SCM_RIGHTS) {
        int got[2];
        memcpy(got, CMSG_DATA(rc), sizeof got);
        printf("got %zu fds, cloexec %d\n", (rc->cmsg_len - CMSG_LEN(0)) / sizeof(int),
               !!(fcntl(got[0], F_GETFD) & FD_CLOEXEC));
        close(got[1]);
        ssize_t k = read(got[0], buf, sizeof buf);
        printf("read through passed fd: '%.*s'\n", (int)(k > 0 ? k : 0), buf);
        CHECK("passed pipe at eof", read(got[0], buf, sizeof buf));
        close(got[0]);
    } else {
        printf("no SCM_RIGHTS\n");
    }
    CHECK("recv tail", recv(sv[1], buf, sizeof buf, 0));

    /* Too little room for the descriptors: MSG_CTRUNC. */
    int q[2];
    pipe(q);
    memset(&u, 0, sizeof u);
    mh.msg_control = u.space;
    mh.msg_controllen = CMSG_SPACE(sizeof(int));
    c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &q[0], sizeof(int));
    CHECK("sendmsg one fd", sendmsg(sv[0], &mh, 0));
    rh.msg_controllen = sizeof(struct cmsghdr) - 1;
    rh.msg_flags = 0;
    n = recvmsg(sv[1], &rh, 0);
    printf("recvmsg small control: %zd ctrunc %d controllen %zu\n", n, !!(rh.msg_flags & MSG_CTRUNC),
           (size_t)rh.msg_controllen);
    close(q[0]);
    close(q[1]);
    memset(&u, 0, sizeof u);
    c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    int badfd = 999;
    memcpy(CMSG_DATA(c), &badfd, sizeof(int));
    CHECK("sendmsg bad fd", sendmsg(sv[0], &mh, 0));

    /* Credentials: SO_PASSCRED on the receiver. */
    int on = 1;
    CHECK("SO_PASSCRED", setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
    CHECK("send", send(sv[0], "c", 1, 0));
    rh.msg_control = r.space;
    rh.msg_controllen = sizeof r.space;
    rh.msg_flags = 0;
    n = recvmsg(sv[1], &rh, 0);
    rc = CMSG_FIRSTHDR(&rh);
    if (rc && rc->cmsg_type == SCM_CREDENTIALS) {
        struct ucred uc;
        memcpy(&uc, CMSG_DATA(rc), sizeof uc);
        printf("creds: %zd pid is me %d uid is me %d gid is me %d len %zu\n", n, uc.pid == getpid(),
               uc.uid == getuid(), uc.gid == getgid(), (size_t)rc->cmsg_len);
    } else {
        printf("no SCM_CREDENTIALS (%zd)\n", n);
    }
    /* Explicit credentials of the sender. */
    memset(&u, 0, sizeof u);
    mh.msg_control = u.space;
    mh.msg_controllen = CMSG_SPACE(sizeof(struct ucred));
    c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
    struct ucred mine = {getpid(), getuid(), getgid()};
    memcpy(CMSG_DATA(c), &mine, sizeof mine);
    CHECK("sendmsg SCM_CREDENTIALS", sendmsg(sv[0], &mh, 0));
    rh.msg_controllen = sizeof r.space;
    n = recvmsg(sv[1], &rh, 0);
    rc = CMSG_FIRSTHDR(&rh);
    printf("explicit creds arrive: %d\n", rc && rc->cmsg_type == SCM_CREDENTIALS);
    close(sv[0]);
    close(sv[1]);
}

static void options_and_errors(void) {
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    int v;
    socklen_t l = sizeof v;
    CHECK("SO_TYPE", getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &l));
    printf("type %d len %d\n", v, (int)l);
    v = 4096;
    CHECK("SO_SNDBUF set", setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, sizeof v));
    l = sizeof v;
    getsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, &l);
    printf("sndbuf %d\n", v);
    v = 1;
    CHECK("SO_RCVBUF set", setsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, sizeof v));
    l = sizeof v;
    getsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, &l);
    printf("rcvbuf %d\n", v);
    v = 1;
    CHECK("SO_REUSEADDR", setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v));
    l = sizeof v;
    getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &l);
    printf("reuseaddr %d\n", v);
    l = sizeof v;
    CHECK("SO_ERROR", getsockopt(s, SOL_SOCKET, SO_ERROR, &v, &l));
    l = sizeof v;
    CHECK("unknown option", getsockopt(s, SOL_SOCKET, 9999, &v, &l));
    CHECK("short option", setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, 2));
    struct timeval tv = {0, 20000};
    CHECK("SO_RCVTIMEO", setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    close(s);
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char c;
    CHECK("recv with timeout", recv(sv[0], &c, 1, 0));
    close(sv[0]);
    close(sv[1]);
    int p[2];
    pipe(p);
    CHECK("send on a pipe", send(p[1], "x", 1, 0));
    CHECK("getsockname on a pipe", getsockname(p[0], NULL, NULL));
    close(p[0]);
    close(p[1]);
    CHECK("socket bad type", socket(AF_UNIX, 99, 0));
    CHECK("socket bad protocol", socket(AF_UNIX, SOCK_STREAM, 7));
    int raw = socket(AF_UNIX, SOCK_RAW, 0);
    int t = -1;
    l = sizeof t;
    getsockopt(raw, SOL_SOCKET, SO_TYPE, &t, &l);
    printf("raw socket: %s type %d\n", raw >= 0 ? "ok" : ename(errno), t);
    int *volatile bad_ptr = (int *)8;
    CHECK("socketpair bad fd ptr", socketpair(AF_UNIX, SOCK_STREAM, 0, bad_ptr));
    CHECK("bind bad family", bind(raw, (struct sockaddr *)&(struct sockaddr_un){.sun_family = AF_INET}, 4));
    CHECK("accept on dgram", accept(raw, NULL, NULL));
    CHECK("listen on dgram", listen(raw, 1));
    close(raw);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGPIPE, SIG_IGN);
    strcpy(dir, "/tmp/tandem-sockXXXXXX");
    if (!mkdtemp(dir)) return 1;
    stream_pair();
    stream_bulk();
    message_pairs();
    path_names();
    abstract_and_dgram_names();
    pass_rights_and_creds();
    options_and_errors();
    rmdir(dir);
    return 0;
}
