/* tandem-space: the stub every user-only space process starts from.
 *
 * A space process runs guest code (vmlib, the guest kernel, guest programs),
 * so it must hold nothing of the host: no descriptor but guest memory, no
 * memory but guest memory, its user window and this stub's own pages (in the
 * kernel hole, platform.h section 1), and a
 * seccomp allow-list in force before the first instruction from guest memory
 * runs (guest memory is guest-writable, so vmlib's code there is guest code).
 * vmproc starts the stub with an empty environment, the memory file on fd 3
 * and a Unix socket on fd 4, and writes a struct tandem_space_config into the
 * socket (platform.h section 10 lists the steps and the stub's exit statuses
 * for a set-up that fails).  The stub links no C library. */
#include <stddef.h>
#include <asm/unistd.h>
#include <linux/mman.h>
#include <linux/prctl.h>
#include <linux/seccomp.h>
#include <tandem/platform.h>

#include "filter.h"
#include "stub_stack.h"
#include "syscall.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef PR_SET_SYSCALL_USER_DISPATCH
#define PR_SET_SYSCALL_USER_DISPATCH 59
#define PR_SYS_DISPATCH_ON 1
#endif

/* Kernel ABI structures the stub needs (it has no libc headers). */
struct kernel_sigaction {
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    unsigned long mask;
};
struct kernel_stack {
    unsigned long sp;
    int flags;
    int pad;
    unsigned long size;
};
struct kernel_sigevent {
    unsigned long value;
    int signo;
    int notify;
    int tid;
    int pad[11];
};
struct kernel_iovec {
    void *base;
    unsigned long len;
};
struct kernel_msghdr {
    void *name;
    int namelen;
    int pad0;
    struct kernel_iovec *iov;
    unsigned long iovlen;
    void *control;
    unsigned long controllen;
    unsigned flags;
    int pad1;
};
struct rights_cmsg {
    unsigned long len;
    int level;
    int type;
    int fd;
    int pad;
};

enum {
    SIG_KILL = 9,
    SIG_ILL = 4,
    SIG_TRAP = 5,
    SIG_BUS = 7,
    SIG_FPE = 8,
    SIG_SEGV = 11,
    SIG_SYS = 31,
    SA_SIGINFO_ = 0x4,
    SA_ONSTACK_ = 0x08000000,
    SA_RESTART_ = 0x10000000,
    SA_RESTORER_ = 0x04000000,
    SIG_SETMASK_ = 2,
    SIGEV_THREAD_ID_ = 4,
    CLOCK_MONOTONIC_ = 1,
    SOL_SOCKET_ = 1,
    SCM_RIGHTS_ = 1,
    SIGRTMIN_ = 34,
    SIGRTMAX_ = 64,
};

static __attribute__((noreturn)) void die(int status) {
    for (;;) host_syscall(__NR_exit_group, status, 0, 0);
}

/* Reads exactly `len` bytes from the channel; 0 on success. */
static int read_all(void *buf, unsigned long len) {
    char *p = buf;
    while (len) {
        long r = host_syscall(__NR_read, TANDEM_SPACE_CHANNEL_FD, p, len);
        if (r == -4 /* EINTR */) continue;
        if (r <= 0) return -1;
        p += r;
        len -= (unsigned long)r;
    }
    return 0;
}

static int inside(unsigned long addr, unsigned long len, unsigned long lo, unsigned long hi) {
    return addr >= lo && addr <= hi && len <= hi - addr;
}

/* The config comes from vmproc, which is trusted; it is checked all the same
 * so that a mistake stops here with a status rather than mapping nonsense. */
static int config_ok(const struct tandem_space_config *c) {
    unsigned long dm = TANDEM_DIRECT_MAP_BASE;
    if (c->magic != TANDEM_SPACE_CONFIG_MAGIC || c->abi_version != TANDEM_ABI_VERSION) return 0;
    if (!c->memory_size || c->memory_size > TANDEM_PHYS_MAX || (c->memory_size & (TANDEM_PAGE_SIZE - 1))) return 0;
    unsigned long top = dm + c->memory_size;
    if (!inside(c->entry, 1, dm, top) || !inside(c->signal_handler, 1, dm, top)) return 0;
    if (!inside(c->dispatch_start, c->dispatch_len, dm, top) || !c->dispatch_len) return 0;
    if (!inside(c->signal_restorer, 1, c->dispatch_start, c->dispatch_start + c->dispatch_len)) return 0;
    if (!inside(c->dispatch_selector, 1, dm, top)) return 0;
    return c->timer_signal >= SIGRTMIN_ && c->timer_signal <= SIGRTMAX_;
}

static void *map_fixed(unsigned long addr, unsigned long len, long prot, long flags, long fd) {
    long r = host_syscall6(__NR_mmap, (long)addr, (long)len, prot, flags | MAP_FIXED_NOREPLACE, fd, 0);
    return r == (long)addr ? (void *)addr : 0;
}

/* Removes what the host kernel placed in the user window when it started the
 * stub (the initial stack, the vDSO and its data pages; the stub's image and
 * stack are in the kernel hole): the window is the guest's, whole.  The stub
 * needs none of it: it makes its system calls itself, and vmlib's signal
 * restorer is its own. */
static int empty_window(void) {
    if (host_syscall(__NR_munmap, TANDEM_USER_BASE, TANDEM_KERNEL_HOLE_BASE - TANDEM_USER_BASE, 0) != 0) return -1;
    return host_syscall(__NR_munmap, TANDEM_KERNEL_HOLE_TOP, TANDEM_USER_TOP - TANDEM_KERNEL_HOLE_TOP, 0) == 0 ? 0 : -1;
}

/* Guest memory at the direct map and the local area (head, idle stack,
 * signal stack, reflection table).  The user window stays empty: vmlib
 * maps guest pages into it and unmaps them, and nothing else can be placed
 * there (the filter allows only MAP_FIXED mappings of the memory file). */
static struct tandem_space_local *map_memory(const struct tandem_space_config *c) {
    if (!map_fixed(TANDEM_DIRECT_MAP_BASE, c->memory_size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_SHARED,
                   TANDEM_SPACE_MEMORY_FD))
        return 0;
    struct tandem_space_local *local =
        map_fixed(TANDEM_SPACE_LOCAL_BASE, TANDEM_SPACE_LOCAL_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1);
    if (!local) return 0;
    local->magic = TANDEM_SPACE_LOCAL_MAGIC;
    local->slot = c->slot;
    local->timer_id = TANDEM_SPACE_NO_TIMER;
    local->idle_stack_top = TANDEM_SPACE_LOCAL_BASE + TANDEM_PAGE_SIZE + TANDEM_SPACE_IDLE_STACK_SIZE;
    local->signal_stack = local->idle_stack_top;
    local->signal_stack_size = TANDEM_SPACE_SIGNAL_STACK_SIZE;
    local->reflection = local->signal_stack + TANDEM_SPACE_SIGNAL_STACK_SIZE;
    return local;
}

/* The local head becomes read-only once complete: guest code cannot make
 * vmlib wait for another slot or arm another timer (the filter refuses
 * mprotect outside the window, so it stays that way). */
static int seal_local(struct tandem_space_local *local) {
    return host_syscall(__NR_mprotect, local, TANDEM_PAGE_SIZE, PROT_READ) == 0 ? 0 : -1;
}

/* vmlib's handler for every guest event signal, on the local signal stack,
 * and the space's host timer (directed at this thread). */
static int set_up_signals(const struct tandem_space_config *c, struct tandem_space_local *local) {
    static const int guest_signals[] = {SIG_SYS, SIG_SEGV, SIG_BUS, SIG_ILL, SIG_FPE, SIG_TRAP};
    struct kernel_stack ss = {local->signal_stack, 0, 0, local->signal_stack_size};
    if (host_syscall(__NR_sigaltstack, &ss, 0, 0) < 0) return -1;
    unsigned long mask = 1ul << (c->timer_signal - 1);
    for (unsigned i = 0; i < sizeof guest_signals / sizeof guest_signals[0]; i++) mask |= 1ul << (guest_signals[i] - 1);
    struct kernel_sigaction sa = {c->signal_handler, SA_SIGINFO_ | SA_ONSTACK_ | SA_RESTORER_ | SA_RESTART_,
                                  c->signal_restorer, mask};
    for (unsigned i = 0; i < sizeof guest_signals / sizeof guest_signals[0]; i++)
        if (host_syscall6(__NR_rt_sigaction, guest_signals[i], (long)&sa, 0, 8, 0, 0) < 0) return -1;
    if (host_syscall6(__NR_rt_sigaction, c->timer_signal, (long)&sa, 0, 8, 0, 0) < 0) return -1;
    struct kernel_sigevent sev = {0, (int)c->timer_signal, SIGEV_THREAD_ID_, (int)host_syscall(__NR_gettid, 0, 0, 0), {0}};
    int id = -1;
    if (host_syscall(__NR_timer_create, CLOCK_MONOTONIC_, &sev, &id) < 0) return -1;
    local->timer_id = (unsigned)id;
    return 0;
}

/* Hands vmproc the filter's listener with the ready byte. */
static int send_listener(int listener) {
    char ready = (char)TANDEM_SPACE_READY;
    struct kernel_iovec iov = {&ready, 1};
    struct rights_cmsg cm = {sizeof(unsigned long) + 2 * sizeof(int) + sizeof(int), SOL_SOCKET_, SCM_RIGHTS_, listener, 0};
    struct kernel_msghdr msg = {0, 0, 0, &iov, 1, &cm, sizeof cm, 0, 0};
    return host_syscall(__NR_sendmsg, TANDEM_SPACE_CHANNEL_FD, &msg, 0) == 1 ? 0 : -1;
}

/* The stub's stack, in its image (start.S). */
unsigned char stub_stack[STUB_STACK_SIZE] __attribute__((aligned(16)));

void stub_main(void) __attribute__((noreturn));
void stub_main(void) {
    /* The kernel's initial stack and the vDSO with its data pages hold host
     * data (AT_RANDOM bytes, where the vDSO is, the program's path): they go
     * with everything else in the window before any guest code runs. */
    if (empty_window()) die(TANDEM_SPACE_EXIT_MAP);
    /* Only guest memory and the channel stay open. */
    host_syscall(__NR_close_range, 0, 2, 0);
    host_syscall(__NR_close_range, TANDEM_SPACE_CHANNEL_FD + 1, ~0u, 0);
    /* Die with vmproc; leave its session (terminal signals are vmproc's);
     * no core dump or same-user ptrace of guest memory. */
    host_syscall(__NR_prctl, PR_SET_PDEATHSIG, SIG_KILL, 0);
    if (host_syscall(__NR_getppid, 0, 0, 0) == 1) die(TANDEM_SPACE_EXIT_CONFIG);
    host_syscall(__NR_setsid, 0, 0, 0);
    host_syscall(__NR_prctl, PR_SET_DUMPABLE, 0, 0);

    struct tandem_space_config cfg;
    if (read_all(&cfg, sizeof cfg) || !config_ok(&cfg)) die(TANDEM_SPACE_EXIT_CONFIG);

    unsigned long all = ~0ul;
    host_syscall6(__NR_rt_sigprocmask, SIG_SETMASK_, (long)&all, 0, 8, 0, 0);
    struct tandem_space_local *local = map_memory(&cfg);
    if (!local) die(TANDEM_SPACE_EXIT_MAP);
    if (set_up_signals(&cfg, local)) die(TANDEM_SPACE_EXIT_SIGNALS);
    if (seal_local(local)) die(TANDEM_SPACE_EXIT_MAP);
    if (host_syscall6(__NR_prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, (long)cfg.dispatch_start,
                      (long)cfg.dispatch_len, (long)cfg.dispatch_selector, 0) < 0)
        die(TANDEM_SPACE_EXIT_DISPATCH);

    struct sock_filter insns[SPACE_FILTER_MAX];
    unsigned n = space_filter_build(insns);
    if (n > SPACE_FILTER_MAX) die(TANDEM_SPACE_EXIT_FILTER);
    struct sock_fprog prog = {(unsigned short)n, insns};
    if (host_syscall6(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, 0) < 0) die(TANDEM_SPACE_EXIT_FILTER);
    /* Signals are let through only now: nothing raises them before the
     * entry, and vmproc signals a space only after its ready byte. */
    unsigned long none = 0;
    host_syscall6(__NR_rt_sigprocmask, SIG_SETMASK_, (long)&none, 0, 8, 0, 0);
    long listener = host_syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
    if (listener < 0) die(TANDEM_SPACE_EXIT_FILTER);

    /* From here on every call is checked by the filter. */
    if (send_listener((int)listener)) die(TANDEM_SPACE_EXIT_CHANNEL);
    host_syscall(__NR_close, listener, 0, 0);
    host_syscall(__NR_close, TANDEM_SPACE_CHANNEL_FD, 0, 0);

    void (*entry)(struct tandem_space_local *) = (void (*)(struct tandem_space_local *))cfg.entry;
    entry(local);
    die(TANDEM_SPACE_EXIT_CONFIG);
}
