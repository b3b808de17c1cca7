/* Pseudo-terminals: posix_openpt/grantpt/unlockpt/ptsname and openpty, the
 * slave's default termios, canonical input with echo and line editing
 * (erase, kill, EOF), raw mode, output processing, ISIG signals and
 * SIGWINCH to the foreground process group of a controlling terminal, job
 * control ioctls and the stops of background groups (SIGTTIN, SIGTTOU),
 * readiness, output flow control (IXON, IXANY, tcflow), and what each side sees when the other closes.  Bytes that cross the pty are printed escaped. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include "check.h"

/* Prints bytes with control characters as \r, \n or ^X. */
static void show(const char *what, const char *buf, long n) {
    printf("%s: %ld \"", what, n);
    for (long i = 0; i < n; i++) {
        unsigned char c = buf[i];
        if (c == '\r') printf("\\r");
        else if (c == '\n') printf("\\n");
        else if (c == '\b') printf("\\b");
        else if (c < 0x20 || c == 0x7f) printf("^%c", c ^ 0x40);
        else putchar(c);
    }
    printf("\"\n");
}

/* Reads until `want` bytes came or nothing more arrives for a second (the
 * kernel may pass a master's bytes to the line discipline later). */
static long read_some(int fd, char *buf, long want) {
    long got = 0;
    while (got < want) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 1000) <= 0) break;
        long r = read(fd, buf + got, want - got);
        if (r <= 0) return got ? got : r;
        got += r;
    }
    return got;
}

static void expect(const char *what, int fd, long want) {
    char buf[256];
    long n = read_some(fd, buf, want);
    if (n < 0) printf("%s: -1 %s\n", what, ename(errno));
    else show(what, buf, n);
}

/* One read (a canonical reader gets one line), after waiting for data. */
static void expect_once(const char *what, int fd) {
    char buf[256];
    struct pollfd p = {fd, POLLIN, 0};
    poll(&p, 1, 2000);
    long n = read(fd, buf, sizeof buf);
    if (n < 0) printf("%s: -1 %s\n", what, ename(errno));
    else show(what, buf, n);
}

static void type(int master, const char *s) { write(master, s, strlen(s)); }

static void opening(void) {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    CHECK("posix_openpt", m >= 0 ? 0 : -1);
    CHECK("grantpt", grantpt(m));
    const char *name = ptsname(m);
    printf("  ptsname under /dev/pts: %d\n", name && strncmp(name, "/dev/pts/", 9) == 0);
    int n = -1;
    CHECK("TIOCGPTN", ioctl(m, TIOCGPTN, &n));
    printf("  number matches: %d\n", name && atoi(name + 9) == n);
    CHECK("open locked slave", open(name, O_RDWR | O_NOCTTY));
    CHECK("unlockpt", unlockpt(m));
    int s = open(name, O_RDWR | O_NOCTTY);
    CHECK("open slave", s >= 0 ? 0 : -1);
    struct stat st;
    CHECK("fstat slave", fstat(s, &st));
    printf("  chr=%d major=%u minor-is-n=%d owner-rw=%d\n", S_ISCHR(st.st_mode), major(st.st_rdev),
           (int)minor(st.st_rdev) == n, (st.st_mode & 0600) == 0600);
    printf("  isatty master=%d slave=%d\n", isatty(m), isatty(s));
    char tn[64];
    printf("  ttyname is ptsname: %d\n", ttyname_r(s, tn, sizeof tn) == 0 && strcmp(tn, name) == 0);
    struct termios t;
    CHECK("tcgetattr slave", tcgetattr(s, &t));
    printf("  iflag=%o oflag=%o cflag=%o lflag=%o vmin=%d vtime=%d intr=%d eof=%d\n", t.c_iflag, t.c_oflag,
           t.c_cflag, t.c_lflag, t.c_cc[VMIN], t.c_cc[VTIME], t.c_cc[VINTR], t.c_cc[VEOF]);
    CHECK("tcgetattr master", tcgetattr(m, &t));
    printf("  iflag=%o oflag=%o cflag=%o lflag=%o\n", t.c_iflag, t.c_oflag, t.c_cflag, t.c_lflag);
    DIR *d = opendir("/dev/pts");
    int seen_ptmx = 0, seen_n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strcmp(e->d_name, "ptmx") == 0) seen_ptmx = 1;
        if (strcmp(e->d_name, name + 9) == 0) seen_n = 1;
    }
    if (d) closedir(d);
    printf("  /dev/pts lists ptmx=%d this=%d\n", seen_ptmx, seen_n);
    CHECK("TIOCGPGRP slave, not controlling", ioctl(s, TIOCGPGRP, &n));
    close(s);
    close(m);
}

static void canonical(int m, int s) {
    type(m, "hello\n");
    expect_once("slave reads a line", s);
    expect("master sees the echo", m, 7);
    type(m, "abc\x7f\x7f" "d\n");
    expect_once("after erase", s);
    expect("erase echo", m, 15);
    type(m, "xyz\x15ok\n");
    expect_once("after kill", s);
    expect("kill echo", m, 16);
    type(m, "one two\x17three\n");
    expect_once("after word erase", s);
    expect("word erase echo", m, 23);
    type(m, "ab\x04");
    expect_once("EOF ends a line", s);
    expect("no echo of EOF", m, 2);
    type(m, "\x04");
    CHECK("EOF at line start reads", read(s, (char[8]){0}, 8));
    type(m, "two\nlines\n");
    expect("echo of both", m, 12);
    char line[64];
    long n1 = read(s, line, sizeof line);
    show("one line per read", line, n1);
    n1 = read(s, line, sizeof line);
    show("then the next", line, n1);
    type(m, "x\r");
    expect_once("ICRNL", s);
    expect("echo", m, 3);
    write(s, "out\nput\n", 8);
    expect("ONLCR on output", m, 10);
    int n = -1;
    type(m, "ready\n");
    read_some(m, (char[64]){0}, 7);
    CHECK("FIONREAD slave", ioctl(s, FIONREAD, &n));
    printf("  %d\n", n);
    expect_once("drained", s);
}

static void raw(int m, int s) {
    struct termios t, saved;
    tcgetattr(s, &saved);
    t = saved;
    cfmakeraw(&t);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    CHECK("tcsetattr raw", tcsetattr(s, TCSANOW, &t));
    write(m, "a\r\x03\x7f", 4);
    expect("raw bytes", s, 4);
    struct pollfd p = {m, POLLIN, 0};
    CHECK("no echo in raw mode (poll)", poll(&p, 1, 200));
    write(s, "x\ny", 3);
    expect("no output processing", m, 3);
    t.c_cc[VMIN] = 0;
    tcsetattr(s, TCSANOW, &t);
    CHECK("VMIN 0 VTIME 0 with nothing", read(s, (char[8]){0}, 8));
    t.c_cc[VTIME] = 2;
    tcsetattr(s, TCSANOW, &t);
    CHECK("VMIN 0 VTIME 2 with nothing", read(s, (char[8]){0}, 8));
    CHECK("tcsetattr back", tcsetattr(s, TCSAFLUSH, &saved));
    fcntl(m, F_SETFL, O_NONBLOCK);
    CHECK("nonblocking master, nothing", read(m, (char[8]){0}, 8));
    fcntl(m, F_SETFL, 0);
    p.fd = s;
    p.events = POLLIN | POLLOUT;
    CHECK("slave poll", poll(&p, 1, 0));
    printf("  revents=%x\n", p.revents);
}

/* Polls fd until its POLLOUT is `want` (a master's bytes reach the line
 * discipline asynchronously natively) or two seconds pass; prints it. */
static void writable(const char *what, int fd, int want) {
    struct pollfd p = {fd, POLLOUT, 0};
    for (int i = 0; i < 200; i++) {
        p.revents = 0;
        poll(&p, 1, 0);
        if (!!(p.revents & POLLOUT) == want) break;
        usleep(10000);
    }
    printf("%s: writable %d\n", what, !!(p.revents & POLLOUT));
}

/* Output flow control: IXON's ^S and ^Q (taken, not read), IXANY, and
 * tcflow on either side. */
static void flow(int m, int s) {
    struct termios t, saved;
    tcgetattr(s, &saved);
    printf("default IXON %d IXANY %d VSTOP ^%c VSTART ^%c\n", !!(saved.c_iflag & IXON), !!(saved.c_iflag & IXANY),
           saved.c_cc[VSTOP] ^ 0x40, saved.c_cc[VSTART] ^ 0x40);
    t = saved;
    cfmakeraw(&t);
    t.c_iflag |= IXON;
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    tcsetattr(s, TCSANOW, &t);
    int sflags = fcntl(s, F_GETFL), mflags = fcntl(m, F_GETFL);
    fcntl(s, F_SETFL, sflags | O_NONBLOCK);
    fcntl(m, F_SETFL, mflags | O_NONBLOCK);
    char buf[16];
    type(m, "\x13");
    writable("after ^S", s, 0);
    CHECK("slave write while stopped", write(s, "held", 4));
    CHECK("master read while stopped", read(m, buf, sizeof buf));
    type(m, "\x11");
    writable("after ^Q", s, 1);
    CHECK("slave write after ^Q", write(s, "go", 2));
    expect("master reads", m, 2);
    CHECK("^S and ^Q are not input", read(s, buf, sizeof buf));
    type(m, "\x11");
    CHECK("^Q while running is not input either", read_some(s, buf, 1));
    t.c_iflag |= IXANY;
    tcsetattr(s, TCSANOW, &t);
    type(m, "\x13");
    writable("IXANY, after ^S", s, 0);
    type(m, "k");
    writable("IXANY, after k", s, 1);
    expect("k is input", s, 1);
    t.c_iflag &= ~(IXON | IXANY);
    tcsetattr(s, TCSANOW, &t);
    type(m, "\x13");
    expect("without IXON ^S is input", s, 1);
    writable("without IXON", s, 1);
    t.c_iflag |= IXON;
    tcsetattr(s, TCSANOW, &t);
    CHECK("tcflow TCOOFF", tcflow(s, TCOOFF));
    writable("after TCOOFF", s, 0);
    type(m, "\x11");
    writable("^Q after TCOOFF", s, 0);
    CHECK("slave write after TCOOFF", write(s, "no", 2));
    CHECK("tcflow TCOON", tcflow(s, TCOON));
    writable("after TCOON", s, 1);
    CHECK("tcflow TCIOFF", tcflow(s, TCIOFF));
    expect("master reads TCIOFF's byte", m, 1);
    CHECK("tcflow TCION", tcflow(s, TCION));
    expect("master reads TCION's byte", m, 1);
    CHECK("master tcflow TCOOFF", tcflow(m, TCOOFF));
    writable("master after TCOOFF", m, 0);
    CHECK("master write after TCOOFF", write(m, "z", 1));
    CHECK("master tcflow TCOON", tcflow(m, TCOON));
    writable("master after TCOON", m, 1);
    CHECK("master tcflow TCIOFF", tcflow(m, TCIOFF));
    writable("slave after the master's TCIOFF", s, 0);
    CHECK("master tcflow TCION", tcflow(m, TCION));
    writable("slave after the master's TCION", s, 1);
    CHECK("tcflow 7", tcflow(s, 7));
    fcntl(s, F_SETFL, sflags);
    fcntl(m, F_SETFL, mflags);
    tcsetattr(s, TCSAFLUSH, &saved);
}

static volatile sig_atomic_t g_sig;
static void note(int sig) { g_sig = sig; }

/* A child that makes the slave its controlling terminal and reports the
 * signals the terminal sends its process group through a pipe. */
static void signals(int m, const char *name) {
    int rep[2];
    pipe(rep);
    pid_t c = fork();
    if (c == 0) {
        close(rep[0]);
        setsid();
        int s = open(name, O_RDWR);
        signal(SIGINT, note);
        signal(SIGQUIT, note);
        signal(SIGWINCH, note);
        char line[128];
        int n = snprintf(line, sizeof line, "ctty pgrp is mine: %d sid is mine: %d\n", tcgetpgrp(s) == getpgrp(),
                         tcgetsid(s) == getsid(0));
        write(rep[1], line, n);
        for (int k = 0; k < 3; k++) {
            while (!g_sig) pause();
            n = snprintf(line, sizeof line, "child got signal %d\n", g_sig);
            g_sig = 0;
            write(rep[1], line, n);
        }
        _exit(0);
    }
    close(rep[1]);
    char buf[256];
    long n = read(rep[0], buf, sizeof buf);
    fwrite(buf, 1, n > 0 ? n : 0, stdout);
    type(m, "partial\x03");
    n = read(rep[0], buf, sizeof buf);
    fwrite(buf, 1, n > 0 ? n : 0, stdout);
    expect("echo of ^C", m, 2);
    type(m, "\x1c");
    n = read(rep[0], buf, sizeof buf);
    fwrite(buf, 1, n > 0 ? n : 0, stdout);
    expect("echo of ^\\", m, 2);
    struct winsize w = {40, 100, 0, 0};
    CHECK("TIOCSWINSZ", ioctl(m, TIOCSWINSZ, &w));
    n = read(rep[0], buf, sizeof buf);
    fwrite(buf, 1, n > 0 ? n : 0, stdout);
    struct winsize r;
    CHECK("TIOCGWINSZ", ioctl(m, TIOCGWINSZ, &r));
    printf("  %dx%d\n", r.ws_row, r.ws_col);
    int st;
    waitpid(c, &st, 0);
    printf("child status %x\n", st);
    close(rep[0]);
}

/* What a background group may do with its session's terminal, case k in a
 * child of the session leader in a group of its own: read (SIGTTIN stops
 * it; with SIGTTIN ignored or blocked the read fails with EIO), write
 * (allowed; with TOSTOP SIGTTOU stops it, unless SIGTTOU is ignored) and
 * change the settings (SIGTTOU). */
static int background_case(int s, int k) {
    char c;
    sigset_t block;
    struct termios t;
    switch (k) {
    case 0: return read(s, &c, 1) < 0 ? errno : 100;
    case 1: signal(SIGTTIN, SIG_IGN); return read(s, &c, 1) < 0 ? errno : 100;
    case 2:
        sigemptyset(&block);
        sigaddset(&block, SIGTTIN);
        sigprocmask(SIG_BLOCK, &block, NULL);
        return read(s, &c, 1) < 0 ? errno : 100;
    case 3: return write(s, "x", 1) == 1 ? 0 : errno;
    case 4: return write(s, "y", 1) == 1 ? 0 : errno; /* TOSTOP is on from here */
    case 5: signal(SIGTTOU, SIG_IGN); return write(s, "z", 1) == 1 ? 0 : errno;
    default: tcgetattr(s, &t); return tcsetattr(s, TCSANOW, &t) == 0 ? 0 : errno;
    }
}

static void background(const char *name) {
    int rep[2];
    pipe(rep);
    pid_t leader = fork();
    if (leader == 0) {
        close(rep[0]);
        setsid();
        int s = open(name, O_RDWR);
        char line[128];
        for (int k = 0; k < 7; k++) {
            if (k == 4) {
                struct termios t;
                tcgetattr(s, &t);
                t.c_lflag |= TOSTOP;
                tcsetattr(s, TCSANOW, &t);
            }
            pid_t g = fork();
            if (g == 0) {
                setpgid(0, 0);
                _exit(background_case(s, k));
            }
            setpgid(g, g);
            int st, n;
            waitpid(g, &st, WUNTRACED);
            if (WIFSTOPPED(st)) {
                n = snprintf(line, sizeof line, "background case %d: stopped by %s\n", k,
                             WSTOPSIG(st) == SIGTTIN ? "SIGTTIN" : WSTOPSIG(st) == SIGTTOU ? "SIGTTOU" : "another signal");
                kill(g, SIGKILL);
                waitpid(g, &st, 0);
            } else {
                n = snprintf(line, sizeof line, "background case %d: exit %s\n", k,
                             WEXITSTATUS(st) ? ename(WEXITSTATUS(st)) : "0");
            }
            write(rep[1], line, n);
        }
        _exit(0);
    }
    close(rep[1]);
    char buf[1024];
    long n, total = 0;
    while ((n = read(rep[0], buf + total, sizeof buf - 1 - total)) > 0) total += n;
    fwrite(buf, 1, total, stdout);
    int st;
    waitpid(leader, &st, 0);
    printf("leader status %x\n", st);
    close(rep[0]);
}

static void closing(void) {
    int m, s;
    char name[64];
    CHECK("openpty", openpty(&m, &s, name, NULL, NULL));
    close(s);
    struct pollfd p = {m, POLLIN, 0};
    CHECK("master poll after slave closed", poll(&p, 1, 0));
    printf("  revents=%x\n", p.revents);
    CHECK("master read after slave closed", read(m, (char[8]){0}, 8));
    s = open(name, O_RDWR | O_NOCTTY);
    write(s, "late\n", 5);
    close(s);
    expect("master reads what was left", m, 6);
    CHECK("then EIO", read(m, (char[8]){0}, 8));
    s = open(name, O_RDWR | O_NOCTTY);
    close(m);
    CHECK("slave read after master closed", read(s, (char[8]){0}, 8));
    CHECK("slave write after master closed", write(s, "x", 1));
    p.fd = s;
    p.events = POLLIN | POLLOUT;
    CHECK("slave poll after master closed", poll(&p, 1, 0));
    printf("  revents=%x\n", p.revents);
    close(s);
    CHECK("reopen the slave of a closed master", open(name, O_RDWR | O_NOCTTY));
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGHUP, SIG_IGN);
    opening();
    int m, s;
    char name[64];
    CHECK("openpty", openpty(&m, &s, name, NULL, NULL));
    canonical(m, s);
    raw(m, s);
    flow(m, s);
    close(s);
    signals(m, name);
    background(name);
    close(m);
    closing();
    return 0;
}
