/* isolation-host: the host side of the red-team suite (run_attack.sh).
 *
 *   isolation-host victim PIDFILE
 *       a host process the guest must not touch: writes "PID:CANARY_ADDR"
 *       to PIDFILE and waits; on SIGTERM exits 0 if its canary string is
 *       intact, 3 if someone changed it.
 *   isolation-host listen SOCKET LOG
 *       a host Unix socket the guest must not reach: every accepted
 *       connection (and what it sent) is appended to LOG; exits on SIGTERM.
 *   isolation-host run STATUSFILE TIMEOUT -- COMMAND...
 *       runs COMMAND (tandem) as a child subreaper, so that every process it
 *       leaves behind is re-parented here; writes to STATUSFILE how it ended
 *       ("exit N", "signal N" or "timeout"), every signal this process
 *       received ("parent-signal N") and every process left behind
 *       ("leftover PID COMMAND", killed afterwards). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t g_stop;
static volatile sig_atomic_t g_received[65];

static void on_stop(int sig) { (void)sig; g_stop = 1; }
static void on_any(int sig) { g_received[sig] = 1; }

static char g_canary[64] = "CANARY-INTACT";

/* The victim: its canary lives in .data at an address it publishes. */
static int victim(const char* pidfile) {
    signal(SIGTERM, on_stop);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", pidfile);
    FILE* f = fopen(tmp, "w");
    if (!f) return 2;
    fprintf(f, "%d:%lx\n", getpid(), (unsigned long)g_canary);
    fclose(f);
    rename(tmp, pidfile);
    while (!g_stop) pause();
    return strcmp((const char*)g_canary, "CANARY-INTACT") == 0 ? 0 : 3;
}

/* The listener: logs every connection it accepts. */
static int listener(const char* path, const char* log) {
    struct sigaction sa = {.sa_handler = on_stop}; /* no SA_RESTART: accept returns */
    sigaction(SIGTERM, &sa, NULL);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, path, sizeof a.sun_path - 1);
    unlink(path);
    if (s < 0 || bind(s, (struct sockaddr*)&a, sizeof a) || listen(s, 8)) {
        perror("isolation-host listen");
        return 2;
    }
    while (!g_stop) {
        int c = accept(s, NULL, NULL);
        if (c < 0) continue;
        char buf[256] = {0};
        ssize_t n = read(c, buf, sizeof buf - 1);
        FILE* f = fopen(log, "a");
        if (f) {
            fprintf(f, "connection: %s\n", n > 0 ? buf : "(nothing sent)");
            fclose(f);
        }
        close(c);
    }
    unlink(path);
    return 0;
}

/* Lists (and kills) the processes re-parented to us. */
static int reap_leftovers(FILE* out) {
    int left = 0;
    DIR* d = opendir("/proc");
    struct dirent* e;
    while (d && (e = readdir(d))) {
        int pid = atoi(e->d_name);
        if (pid <= 0) continue;
        char path[64], stat[512] = {0}, cmd[256] = {0};
        snprintf(path, sizeof path, "/proc/%d/stat", pid);
        FILE* f = fopen(path, "r");
        if (!f) continue;
        fread(stat, 1, sizeof stat - 1, f);
        fclose(f);
        char* close_paren = strrchr(stat, ')');
        int ppid = 0;
        if (!close_paren || sscanf(close_paren + 2, "%*c %d", &ppid) != 1 || ppid != getpid()) continue;
        snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
        f = fopen(path, "r");
        if (f) {
            size_t n = fread(cmd, 1, sizeof cmd - 1, f);
            for (size_t i = 0; i < n; i++)
                if (!cmd[i]) cmd[i] = ' ';
            fclose(f);
        }
        fprintf(out, "leftover %d %s\n", pid, cmd);
        kill(pid, SIGKILL);
        left++;
    }
    if (d) closedir(d);
    while (waitpid(-1, NULL, WNOHANG) > 0) {}
    return left;
}

static int run(const char* statusfile, int timeout_s, char** cmd) {
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    int watched[] = {SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGUSR2, SIGQUIT};
    for (size_t i = 0; i < sizeof watched / sizeof watched[0]; i++) signal(watched[i], on_any);
    pid_t child = fork();
    if (child == 0) {
        for (size_t i = 0; i < sizeof watched / sizeof watched[0]; i++) signal(watched[i], SIG_DFL);
        execvp(cmd[0], cmd);
        perror(cmd[0]);
        _exit(127);
    }
    FILE* out = fopen(statusfile, "w");
    if (child < 0 || !out) return 2;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int st = 0, timed_out = 0;
    for (;;) {
        pid_t r = waitpid(child, &st, WNOHANG);
        if (r == child) break;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec >= timeout_s) {
            kill(child, SIGKILL);
            waitpid(child, &st, 0);
            timed_out = 1;
            break;
        }
        usleep(20000);
    }
    int code;
    if (timed_out) {
        fprintf(out, "timeout\n");
        code = 124;
    } else if (WIFSIGNALED(st)) {
        fprintf(out, "signal %d\n", WTERMSIG(st));
        code = 128 + WTERMSIG(st);
    } else {
        fprintf(out, "exit %d\n", WEXITSTATUS(st));
        code = WEXITSTATUS(st);
    }
    usleep(300000); /* let double-forked leftovers reach us */
    reap_leftovers(out);
    for (int s = 1; s < 65; s++)
        if (g_received[s]) fprintf(out, "parent-signal %d\n", s);
    fclose(out);
    return code;
}

int main(int argc, char** argv) {
    if (argc >= 3 && !strcmp(argv[1], "victim")) return victim(argv[2]);
    if (argc >= 4 && !strcmp(argv[1], "listen")) return listener(argv[2], argv[3]);
    if (argc >= 6 && !strcmp(argv[1], "run") && !strcmp(argv[4], "--")) return run(argv[2], atoi(argv[3]), argv + 5);
    fprintf(stderr, "usage: isolation-host victim PIDFILE | listen SOCKET LOG | run STATUSFILE TIMEOUT -- CMD...\n");
    return 2;
}
