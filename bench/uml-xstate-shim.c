// bench/uml-xstate-shim.so: lets Debian 12's User-Mode Linux keep its
// processes' whole vector state on hosts whose XSAVE area is larger than UML
// 6.1 expects.  bench/run starts UML with LD_PRELOAD pointing at this file.
//
// The problem.  UML 6.1 (ptrace mode) saves and restores a process's FPU and
// vector state with PTRACE_GETREGSET/PTRACE_SETREGSET(NT_X86_XSTATE) and a
// buffer of its own `struct _xstate` (832 bytes: x87/SSE, header, AVX upper
// halves).  A host with AVX-512 and AMX has an XSAVE area of about 11 KiB, and
// its kernel refuses any shorter SETREGSET with EFAULT, so every boot died at
// the first process ("ptrace set fp regs failed, errno = 14").
//
// Why hiding the regset is not enough (the previous version of this shim).
// Without the regset UML falls back to PTRACE_{GET,SET}FPREGS, the 512-byte
// FXSAVE image.  But UML learns a process's page faults by letting the host
// deliver SIGSEGV to a stub handler inside the process, and the host resets
// the vector registers to their initial state when it enters a signal handler;
// UML then puts back only what it saved.  With FXSAVE only, every page fault
// zeroes the upper halves of ymm0-15, all of zmm16-31 and k0-7.  glibc's
// AVX2/EVEX string functions keep data there, so copies that fault half way
// (first touch, copy-on-write after fork) lost bytes: the "ignored null byte",
// truncated paths and cc1 options seen in the gawk build.  bench/uml-vectest
// shows it directly (see docs/PERFORMANCE.md).
//
// What this does.  It interposes ptrace() (UML is dynamically linked and calls
// libc's ptrace):
//   GETREGSET(NT_X86_XSTATE) with a short buffer: fetch the host's whole area
//     into a stash kept for the caller's buffer address, then hand the caller
//     its first bytes, as the kernel would;
//   SETREGSET(NT_X86_XSTATE) with a short buffer: take the stash for that
//     buffer address (else the process's current area), lay the caller's
//     bytes over it, and set the whole area.
// UML keeps one such buffer per task (and one per task for page faults), so a
// task gets back exactly the AVX-512/AMX state it was stopped with, while
// UML's own view (x87, SSE, AVX) stays authoritative.  A new task whose buffer
// reuses a dead task's address starts with that task's AVX-512 values, as if
// from a stale register file; bench/run keeps glibc off AVX-512 inside UML.
// Remaining limit: UML's own signal frames carry only those 832 bytes, so
// AVX-512 state is not saved across a UML-level signal handler (as in any
// UML 6.1); see PERFORMANCE.md.
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef NT_X86_XSTATE
#define NT_X86_XSTATE 0x202
#endif

enum {
    SLOTS = 4096,          // stashes, direct-mapped by buffer address
    MAX_AREA = 64 * 1024,  // bound on the host's XSAVE area we accept
    HDR = 512,             // offset of the XSAVE header (xstate_bv first)
};

static size_t area_size;          // the host's whole XSAVE area, 0 until known
static unsigned char *stash_mem;  // SLOTS areas of area_size bytes
static const void *stash_key[SLOTS];

// real_ptrace: the raw system call, so that no request passes through here twice.
static long real_ptrace(long req, pid_t pid, void *addr, void *data) {
    return syscall(SYS_ptrace, req, pid, addr, data);
}

// learn_area: asks the host once how large its XSAVE area is (it trims the
// iovec to what it wrote) and reserves the stashes; 0 when that fails.
static int learn_area(pid_t pid) {
    if (area_size)
        return 1;
    static unsigned char probe[MAX_AREA];
    struct iovec iov = {probe, sizeof probe};
    if (real_ptrace(PTRACE_GETREGSET, pid, (void *)NT_X86_XSTATE, &iov) < 0)
        return 0;
    void *m = mmap(NULL, (size_t)SLOTS * iov.iov_len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        return 0;
    stash_mem = m;
    area_size = iov.iov_len;
    return 1;
}

// slot_of: the stash slot for one of UML's buffers (a multiplicative hash).
static unsigned slot_of(const void *key) {
    return (unsigned)(((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ull >> 52) % SLOTS;
}

// get_xstate: a short GETREGSET served from a full one that is remembered.
static long get_xstate(pid_t pid, struct iovec *iov) {
    unsigned s = slot_of(iov->iov_base);
    unsigned char *full = stash_mem + (size_t)s * area_size;
    struct iovec whole = {full, area_size};
    stash_key[s] = NULL;
    if (real_ptrace(PTRACE_GETREGSET, pid, (void *)NT_X86_XSTATE, &whole) < 0)
        return -1;
    stash_key[s] = iov->iov_base;
    size_t n = iov->iov_len < whole.iov_len ? iov->iov_len : whole.iov_len;
    memcpy(iov->iov_base, full, n);
    iov->iov_len = n;
    return 0;
}

// set_xstate: a short SETREGSET widened to the host's size; the components
// beyond the caller's bytes come from its stash (or stay as they are).
static long set_xstate(pid_t pid, const struct iovec *iov) {
    static unsigned char merged[MAX_AREA];
    unsigned s = slot_of(iov->iov_base);
    size_t n = iov->iov_len;
    if (stash_key[s] == iov->iov_base) {
        memcpy(merged, stash_mem + (size_t)s * area_size, area_size);
    } else {
        struct iovec cur = {merged, area_size};
        if (real_ptrace(PTRACE_GETREGSET, pid, (void *)NT_X86_XSTATE, &cur) < 0)
            return -1;
    }
    if (n < HDR + 8) {  // not even a header: nothing to merge it with
        errno = EINVAL;
        return -1;
    }
    uint64_t keep_bv;
    memcpy(&keep_bv, merged + HDR, sizeof keep_bv);
    memcpy(merged, iov->iov_base, n);
    // xstate_bv: the caller's bits for the components wholly inside its
    // bytes (x87, SSE, and AVX when it passed 832), the stash's for the rest.
    uint64_t mine = n >= 832 ? 0x7 : 0x3, bv;
    memcpy(&bv, merged + HDR, sizeof bv);
    bv = (bv & mine) | (keep_bv & ~mine);
    memcpy(merged + HDR, &bv, sizeof bv);
    struct iovec whole = {merged, area_size};
    return real_ptrace(PTRACE_SETREGSET, pid, (void *)NT_X86_XSTATE, &whole);
}

// ptrace: libc's entry point, replaced; only short XSTATE regset requests change.
long ptrace(enum __ptrace_request req, ...) {
    va_list ap;
    va_start(ap, req);
    pid_t pid = va_arg(ap, pid_t);
    void *addr = va_arg(ap, void *);
    void *data = va_arg(ap, void *);
    va_end(ap);
    if ((req == PTRACE_GETREGSET || req == PTRACE_SETREGSET) && (uintptr_t)addr == NT_X86_XSTATE &&
        learn_area(pid) && ((struct iovec *)data)->iov_len < area_size)
        return req == PTRACE_GETREGSET ? get_xstate(pid, data) : set_xstate(pid, data);
    if (req >= PTRACE_PEEKTEXT && req <= PTRACE_PEEKUSER) {
        // libc's PEEK convention: the word is the return value.
        long word;
        long rc = real_ptrace(req, pid, addr, &word);
        return rc < 0 ? -1 : (errno = 0, word);
    }
    return real_ptrace(req, pid, addr, data);
}
