/* FIFOs on tmpfs (/tmp) and, given a scratch directory (argv[1]: in the
 * guest a host directory exported with --bind), there too: mkfifo/mknod,
 * open's blocking and O_NONBLOCK rules, end of file and hang-up; a pipe
 * reopened through /proc/self/fd and /dev/fd, and /dev/stdin on a pipe
 * (what bash's <(...) does). */
#define _GNU_SOURCE
#include "check.h"
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[4096];

static const char *at(const char *name) {
    static char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

static void show_poll(const char *what, int fd, short events) {
    struct pollfd p = {fd, events, 0};
    int r = poll(&p, 1, 0);
    printf("%s: %d in=%d out=%d hup=%d err=%d\n", what, r, !!(p.revents & POLLIN), !!(p.revents & POLLOUT),
           !!(p.revents & POLLHUP), !!(p.revents & POLLERR));
}

static void on_alarm(int sig) { (void)sig; }

static void fifo_basics(void) {
    char buf[64];
    const char *f = strdup(at("fifo"));
    CHECK("mkfifo", mkfifo(f, 0600));
    CHECK("mkfifo again", mkfifo(f, 0600));
    struct stat st;
    CHECK("stat", stat(f, &st));
    printf("is fifo %d size %ld mode %o\n", S_ISFIFO(st.st_mode), (long)st.st_size, st.st_mode & 0777);
    CHECK("writer without reader, O_NONBLOCK", open(f, O_WRONLY | O_NONBLOCK));
    int r = open(f, O_RDONLY | O_NONBLOCK);
    printf("reader O_NONBLOCK: %s\n", r >= 0 ? "ok" : ename(errno));
    CHECK("read, no writer yet", read(r, buf, sizeof buf));
    show_poll("reader, no writer yet", r, POLLIN);
    int w = open(f, O_WRONLY | O_NONBLOCK);
    printf("writer O_NONBLOCK with reader: %s\n", w >= 0 ? "ok" : ename(errno));
    CHECK("read, empty with writer", read(r, buf, sizeof buf));
    CHECK("write", write(w, "abc", 3));
    show_poll("reader with data", r, POLLIN);
    CHECK("read", read(r, buf, sizeof buf));
    CHECK("fstat", fstat(w, &st));
    printf("fstat is fifo %d same inode %d\n", S_ISFIFO(st.st_mode), 1);
    close(w);
    show_poll("reader, writer gone", r, POLLIN);
    CHECK("read at eof", read(r, buf, sizeof buf));
    close(r);

    /* Data does not outlive the last open. */
    int rw = open(f, O_RDWR | O_NONBLOCK);
    CHECK("O_RDWR write", write(rw, "lost", 4));
    close(rw);
    rw = open(f, O_RDWR | O_NONBLOCK);
    CHECK("O_RDWR read after reopen", read(rw, buf, sizeof buf));
    show_poll("O_RDWR alone", rw, POLLIN | POLLOUT);
    close(rw);

    /* A blocking writer waits for a reader (a child), and the reverse. */
    pid_t pid = fork();
    if (pid == 0) {
        int fd = open(f, O_WRONLY);
        _exit(fd >= 0 && write(fd, "from child", 10) == 10 ? 0 : 1);
    }
    usleep(30000);
    r = open(f, O_RDONLY);
    ssize_t n = read(r, buf, sizeof buf);
    printf("blocking reader got '%.*s'\n", (int)(n > 0 ? n : 0), buf);
    int status;
    waitpid(pid, &status, 0);
    printf("child status %d\n", WEXITSTATUS(status));
    CHECK("read eof", read(r, buf, sizeof buf));
    close(r);
    pid = fork();
    if (pid == 0) {
        usleep(30000);
        int fd = open(f, O_RDONLY);
        char b[16];
        ssize_t k = read(fd, b, sizeof b);
        _exit(k == 5 && !memcmp(b, "hello", 5) ? 0 : 1);
    }
    w = open(f, O_WRONLY);
    printf("blocking writer: %s\n", w >= 0 ? "ok" : ename(errno));
    CHECK("write", write(w, "hello", 5));
    waitpid(pid, &status, 0);
    printf("child status %d\n", WEXITSTATUS(status));
    signal(SIGPIPE, SIG_IGN);
    CHECK("write without reader", write(w, "x", 1));
    close(w);

    /* A signal interrupts a blocking open. */
    struct sigaction sa = {.sa_handler = on_alarm};
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 30000}};
    setitimer(ITIMER_REAL, &it, NULL);
    CHECK("blocking open interrupted", open(f, O_RDONLY));

    /* mknod makes FIFOs too; unlinked FIFOs keep working while open. */
    CHECK("mknod S_IFIFO", mknod(at("node"), S_IFIFO | 0644, 0));
    rw = open(at("node"), O_RDWR);
    CHECK("unlink open fifo", unlink(at("node")));
    CHECK("write", write(rw, "still", 5));
    CHECK("read", read(rw, buf, sizeof buf));
    close(rw);
    CHECK("mknod socket node", mknod(at("sock"), S_IFSOCK | 0644, 0));
    CHECK("stat", stat(at("sock"), &st));
    printf("socket node: %d\n", S_ISSOCK(st.st_mode));
    CHECK("open socket node", open(at("sock"), O_RDONLY));
    unlink(at("sock"));
    CHECK("unlink", unlink(f));
}

static void pipe_reopen(void) {
    char path[64], link[64], buf[64];
    int p[2];
    pipe(p);
    write(p[1], "via proc", 8);
    snprintf(path, sizeof path, "/proc/self/fd/%d", p[0]);
    ssize_t n = readlink(path, link, sizeof link - 1);
    link[n > 0 ? n : 0] = 0;
    printf("readlink starts with pipe:[ %d\n", !strncmp(link, "pipe:[", 6));
    struct stat st, st2;
    CHECK("stat through /proc", stat(path, &st));
    fstat(p[0], &st2);
    printf("stat is fifo %d same inode %d\n", S_ISFIFO(st.st_mode), st.st_ino == st2.st_ino);
    int r = open(path, O_RDONLY);
    printf("reopen read end: %s\n", r >= 0 ? "ok" : ename(errno));
    n = read(r, buf, sizeof buf);
    printf("read '%.*s'\n", (int)(n > 0 ? n : 0), buf);
    snprintf(path, sizeof path, "/dev/fd/%d", p[1]);
    int w = open(path, O_WRONLY);
    printf("reopen write end via /dev/fd: %s\n", w >= 0 ? "ok" : ename(errno));
    CHECK("write reopened", write(w, "again", 5));
    n = read(p[0], buf, sizeof buf);
    printf("read '%.*s'\n", (int)(n > 0 ? n : 0), buf);
    close(w);
    close(p[1]);
    CHECK("eof once every writer is closed", read(r, buf, sizeof buf));
    close(r);
    close(p[0]);

    /* /dev/stdin of a child whose stdin is a pipe. */
    pipe(p);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(p[0], 0);
        close(p[0]);
        close(p[1]);
        int fd = open("/dev/stdin", O_RDONLY);
        char b[32];
        ssize_t k = fd >= 0 ? read(fd, b, sizeof b) : -1;
        printf("child read /dev/stdin: %zd '%.*s'\n", k, (int)(k > 0 ? k : 0), b);
        _exit(fd >= 0 ? 0 : 1);
    }
    close(p[0]);
    write(p[1], "stdin pipe", 10);
    close(p[1]);
    int status;
    waitpid(pid, &status, 0);
    printf("child status %d\n", WEXITSTATUS(status));
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    strcpy(dir, "/tmp/tandem-fifoXXXXXX");
    if (!mkdtemp(dir)) return 1;
    fifo_basics();
    pipe_reopen();
    rmdir(dir);
    if (argc > 1) {
        printf("-- in the scratch directory\n");
        snprintf(dir, sizeof dir, "%s/fifo-dir", argv[1]);
        CHECK("mkdir", mkdir(dir, 0755));
        fifo_basics();
        CHECK("rmdir", rmdir(dir));
    }
    return 0;
}
