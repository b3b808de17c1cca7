/* Robustness: thousands of system calls with random numbers and arguments
 * (pointers into unmapped, kernel-half and valid memory, huge sizes,
 * negative fds) made by throw-away child processes.  The guest kernel must
 * answer every one with a result or an error, or kill the child; it must
 * never panic.  Calls that would end or block the test are skipped. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

static uint64_t g_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) {
    g_state ^= g_state << 13;
    g_state ^= g_state >> 7;
    g_state ^= g_state << 17;
    return g_state;
}

static char g_buf[65536];

static long arg(void) {
    switch (rnd() % 10) {
    case 0: return 0;
    case 1: return -1;
    case 2: return (long)(rnd() % 64);
    case 3: return (long)g_buf + (long)(rnd() % 4096);
    case 4: return (long)0x108000000000ull + (long)(rnd() % (1 << 20)); /* the kernel hole */
    case 5: return (long)(rnd() & 0xffffffffffffull);                /* anywhere in the user window */
    case 6: return (long)0xffff800000000000ull;                       /* non-canonical */
    case 7: return 1L << (rnd() % 63);
    case 8: return (long)"/tmp";
    default: return (long)rnd();
    }
}

static int skipped(long nr) {
    switch (nr) {
    case SYS_exit: case SYS_exit_group: case SYS_fork: case SYS_vfork: case SYS_clone: case SYS_clone3:
    case SYS_execve: case SYS_execveat: case SYS_kill: case SYS_tkill: case SYS_tgkill: case SYS_rt_sigreturn:
    case SYS_pause: case SYS_rt_sigsuspend: case SYS_wait4: case SYS_waitid: case SYS_nanosleep:
    case SYS_clock_nanosleep: case SYS_select: case SYS_pselect6: case SYS_poll: case SYS_ppoll:
    case SYS_futex: case SYS_read: case SYS_readv: case SYS_pread64: case SYS_preadv: case SYS_splice:
    case SYS_setrlimit: case SYS_prlimit64: case SYS_alarm: case SYS_setitimer: case SYS_sched_yield:
    case SYS_reboot: case SYS_sendfile: case SYS_copy_file_range: case SYS_munmap: case SYS_mremap:
    case SYS_mprotect: case SYS_brk: case SYS_madvise: case SYS_chdir: case SYS_chroot: case SYS_close_range:
        return 1;
    default: return nr > 450;
    }
}

int main(int argc, char **argv) {
    int children = argc > 1 ? atoi(argv[1]) : 40, per_child = 300, killed = 0;
    for (int c = 0; c < children; c++) {
        pid_t p = fork();
        if (p == 0) {
            g_state += (uint64_t)c * 7919;
            int null = open("/dev/null", O_RDWR);
            dup2(null, 0), dup2(null, 1), dup2(null, 2);
            alarm(5);
            for (int i = 0; i < per_child; i++) {
                long nr = (long)(rnd() % 450);
                if (skipped(nr)) continue;
                syscall(nr, arg(), arg(), arg(), arg(), arg(), arg());
            }
            _exit(0);
        }
        int st;
        waitpid(p, &st, 0);
        if (!WIFEXITED(st)) killed++;
    }
    printf("sysfuzz: %d children ran %d random calls each; %d died of a signal; kernel alive\n", children,
           per_child, killed);
    return 0;
}
