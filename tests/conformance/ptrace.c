/* ptrace, by request family: TRACEME with signal-delivery stops and
 * GETSIGINFO; PEEK/POKE data and user, GETREGS/SETREGS, GETFPREGS and
 * GETREGSET; PTRACE_SYSCALL stops with TRACESYSGOOD, GET_SYSCALL_INFO and a
 * changed system-call result; fork/exec/exit events with GETEVENTMSG and
 * the auto-attached child; ATTACH, SEIZE, DETACH and KILL; a breakpoint
 * (int3) and SINGLESTEP; process_vm_readv/writev.  Values that vary
 * (pids, addresses) print as comparisons. */
#define _GNU_SOURCE
#include <elf.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#ifndef PTRACE_GET_SYSCALL_INFO
#define PTRACE_GET_SYSCALL_INFO 0x420e
#endif

static volatile long g_word = 1234;

/* Prints a wait status the way the tests compare them. */
static void show_status(const char *what, int st) {
    if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
    else if (WIFSIGNALED(st)) printf("%s: killed by %d\n", what, WTERMSIG(st));
    else if (WIFSTOPPED(st)) printf("%s: stopped sig=%d event=%d\n", what, WSTOPSIG(st), st >> 16);
    else printf("%s: status %x\n", what, st);
}

static int wait_for(pid_t pid, const char *what) {
    int st = 0;
    pid_t r = waitpid(pid, &st, __WALL);
    if (r != pid) printf("%s: waitpid -> %s\n", what, r < 0 ? ename(errno) : "other");
    show_status(what, st);
    return st;
}

static pid_t traced_child(void (*body)(void)) {
    pid_t c = fork();
    if (c == 0) {
        ptrace(PTRACE_TRACEME, 0, 0, 0);
        raise(SIGSTOP);
        body();
        _exit(0);
    }
    wait_for(c, "traceme child");
    return c;
}

static void exit_with_word(void) {
    getppid();
    _exit((int)g_word);
}

static void memory_and_registers(void) {
    pid_t c = traced_child(exit_with_word);
    siginfo_t si;
    CHECK("GETSIGINFO", ptrace(PTRACE_GETSIGINFO, c, 0, &si));
    printf("  signo=%d code=%d pid-is-child=%d\n", si.si_signo, si.si_code, si.si_pid == c);
    errno = 0;
    long w = ptrace(PTRACE_PEEKDATA, c, &g_word, 0);
    printf("PEEKDATA: %ld errno=%s\n", w, errno ? ename(errno) : "0");
    CHECK("POKEDATA", ptrace(PTRACE_POKEDATA, c, &g_word, 42));
    errno = 0;
    ptrace(PTRACE_PEEKDATA, c, (void *)8, 0);
    printf("PEEKDATA unmapped: %s\n", ename(errno));
    struct user_regs_struct r;
    CHECK("GETREGS", ptrace(PTRACE_GETREGS, c, 0, &r));
    printf("  orig_rax-is-tgkill=%d\n", r.orig_rax == SYS_tgkill);
    errno = 0;
    long rip = ptrace(PTRACE_PEEKUSER, c, offsetof(struct user, regs.rip), 0);
    printf("PEEKUSER rip matches: %d\n", rip == (long)r.rip);
    CHECK("PEEKUSER misaligned", ptrace(PTRACE_PEEKUSER, c, 3, 0) == -1 && errno == EIO ? -1 : 0);
    CHECK("SETREGS", ptrace(PTRACE_SETREGS, c, 0, &r));
    struct user_fpregs_struct fp;
    CHECK("GETFPREGS", ptrace(PTRACE_GETFPREGS, c, 0, &fp));
    printf("  mxcsr=%x\n", fp.mxcsr);
    struct iovec iov = {&r, sizeof r};
    CHECK("GETREGSET prstatus", ptrace(PTRACE_GETREGSET, c, NT_PRSTATUS, &iov));
    printf("  len=%zu\n", iov.iov_len);
    iov.iov_len = 8;
    CHECK("GETREGSET short", ptrace(PTRACE_GETREGSET, c, NT_PRSTATUS, &iov));
    printf("  len=%zu\n", iov.iov_len);
    char buf[sizeof g_word];
    struct iovec local = {buf, sizeof buf}, remote = {(void *)&g_word, sizeof g_word};
    CHECK("process_vm_readv", process_vm_readv(c, &local, 1, &remote, 1, 0));
    long v;
    memcpy(&v, buf, sizeof v);
    printf("  word=%ld\n", v);
    v = 43;
    memcpy(buf, &v, sizeof v);
    CHECK("process_vm_writev", process_vm_writev(c, &local, 1, &remote, 1, 0));
    CHECK("SETOPTIONS", ptrace(PTRACE_SETOPTIONS, c, 0, PTRACE_O_TRACESYSGOOD));
    CHECK("SETOPTIONS bad", ptrace(PTRACE_SETOPTIONS, c, 0, 0x40000000));
    /* System-call stops until getppid's exit, whose result becomes 77. */
    for (int n = 0; n < 20; n++) {
        CHECK("SYSCALL", ptrace(PTRACE_SYSCALL, c, 0, 0));
        int st;
        waitpid(c, &st, 0);
        if (!WIFSTOPPED(st)) {
            show_status("unexpected", st);
            return;
        }
        struct __ptrace_syscall_info info;
        long size = ptrace(PTRACE_GET_SYSCALL_INFO, c, sizeof info, &info);
        printf("  stop sig=%#x info size=%ld op=%d", WSTOPSIG(st), size, info.op);
        if (info.op == PTRACE_SYSCALL_INFO_ENTRY) printf(" nr-is-getppid=%d", info.entry.nr == SYS_getppid);
        if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
            printf(" rval-is-ppid=%d error=%d", info.exit.rval == getpid(), info.exit.is_error);
            ptrace(PTRACE_GETREGS, c, 0, &r);
            r.rax = 77;
            ptrace(PTRACE_SETREGS, c, 0, &r);
            printf("\n");
            break;
        }
        printf("\n");
    }
    CHECK("CONT", ptrace(PTRACE_CONT, c, 0, 0));
    wait_for(c, "child after POKE");
}

static void fork_then_exec(void) {
    pid_t g = fork();
    if (g == 0) _exit(3);
    int st;
    waitpid(g, &st, 0);
    execl("/bin/true", "true", (char *)0);
    _exit(99);
}

static void events(void) {
    pid_t c = traced_child(fork_then_exec);
    CHECK("SETOPTIONS fork|exec|exit",
          ptrace(PTRACE_SETOPTIONS, c, 0, PTRACE_O_TRACEFORK | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT));
    ptrace(PTRACE_CONT, c, 0, 0);
    wait_for(c, "fork event");
    unsigned long msg = 0;
    CHECK("GETEVENTMSG", ptrace(PTRACE_GETEVENTMSG, c, 0, &msg));
    pid_t g = (pid_t)msg;
    printf("  new pid is a child of it: %d\n", g > 0 && g != c);
    wait_for(g, "auto-attached child");
    ptrace(PTRACE_CONT, g, 0, 0);
    wait_for(g, "its exit event");
    CHECK("GETEVENTMSG", ptrace(PTRACE_GETEVENTMSG, g, 0, &msg));
    printf("  exit status in the message: %lx\n", msg);
    ptrace(PTRACE_CONT, g, 0, 0);
    wait_for(g, "tracer collects the exit");
    /* Then SIGCHLD (a signal stop: passed on), exec and exit events. */
    for (int n = 0; n < 6; n++) {
        ptrace(PTRACE_CONT, c, 0, 0);
        int st = wait_for(c, "next stop");
        if (!WIFSTOPPED(st)) break;
        if (st >> 16 == PTRACE_EVENT_EXEC) {
            CHECK("GETEVENTMSG", ptrace(PTRACE_GETEVENTMSG, c, 0, &msg));
            printf("  former tid is the pid: %d\n", (pid_t)msg == c);
        }
    }
}

static void attach_detach_kill(void) {
    int p[2];
    pipe(p);
    pid_t c = fork();
    if (c == 0) {
        char x;
        read(p[0], &x, 1);
        _exit(5);
    }
    CHECK("ATTACH", ptrace(PTRACE_ATTACH, c, 0, 0));
    CHECK("ATTACH again", ptrace(PTRACE_ATTACH, c, 0, 0));
    wait_for(c, "attached");
    CHECK("PEEKDATA of ATTACHed", ptrace(PTRACE_PEEKDATA, c, &g_word, 0) == 1234 ? 0 : -1);
    CHECK("DETACH", ptrace(PTRACE_DETACH, c, 0, 0));
    pid_t k = fork();
    if (k == 0) {
        pause();
        _exit(0);
    }
    CHECK("ATTACH another", ptrace(PTRACE_ATTACH, k, 0, 0));
    wait_for(k, "attached");
    CHECK("KILL", ptrace(PTRACE_KILL, k, 0, 0));
    wait_for(k, "killed");
    CHECK("GETREGS after DETACH", ptrace(PTRACE_GETREGS, c, 0, &(struct user_regs_struct){0}));
    CHECK("SEIZE", ptrace(PTRACE_SEIZE, c, 0, PTRACE_O_TRACEEXIT));
    write(p[1], "x", 1);
    wait_for(c, "seized, exit event");
    CHECK("CONT", ptrace(PTRACE_CONT, c, 0, 0));
    wait_for(c, "seized");
    CHECK("ATTACH nobody", ptrace(PTRACE_ATTACH, 999999, 0, 0));
    CHECK("ATTACH self", ptrace(PTRACE_ATTACH, getpid(), 0, 0));
    CHECK("CONT not traced", ptrace(PTRACE_CONT, getppid(), 0, 0));
}

static void breakpoint(void) {
    __asm__ volatile("int3");
    _exit(0);
}

static void trap_and_step(void) {
    pid_t c = traced_child(breakpoint);
    ptrace(PTRACE_CONT, c, 0, 0);
    wait_for(c, "int3");
    siginfo_t si;
    ptrace(PTRACE_GETSIGINFO, c, 0, &si);
    printf("  code=%#x\n", si.si_code);
    struct user_regs_struct r, r2;
    ptrace(PTRACE_GETREGS, c, 0, &r);
    printf("  after the int3: %d\n", (ptrace(PTRACE_PEEKTEXT, c, r.rip - 1, 0) & 0xff) == 0xcc);
    CHECK("SINGLESTEP", ptrace(PTRACE_SINGLESTEP, c, 0, 0));
    wait_for(c, "stepped");
    ptrace(PTRACE_GETSIGINFO, c, 0, &si);
    printf("  code=%d\n", si.si_code);
    ptrace(PTRACE_GETREGS, c, 0, &r2);
    printf("  moved forward a little: %d trap flag clear for the tracer: %d\n",
           r2.rip > r.rip && r2.rip - r.rip < 16, !(r2.eflags & 0x100));
    ptrace(PTRACE_CONT, c, 0, 0);
    wait_for(c, "breakpoint child");
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    memory_and_registers();
    events();
    attach_detach_kill();
    trap_and_step();
    return 0;
}
