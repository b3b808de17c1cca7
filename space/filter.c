/* The seccomp allow-list of a space process, as a classic BPF program.
 *
 * Every host system call a space makes is checked here; what is not allowed
 * is answered SECCOMP_RET_USER_NOTIF, so the call never runs and vmproc,
 * which holds the listener, names it and stops the VM.  The table in
 * docs/PLATFORM.md says why each allowed call is needed; this file is that
 * table in BPF.  Argument checks load 32-bit halves of the 64-bit arguments
 * (little endian: the low half first). */
#include "filter.h"

#include <stddef.h>
#include <asm/unistd.h>
#include <linux/audit.h>
#include <linux/futex.h>
#include <linux/mman.h>
#include <linux/seccomp.h>
#include <tandem/platform.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

/* Anything but an allowed call. */
#define REFUSE SECCOMP_RET_USER_NOTIF
#define X32_SYSCALL_BIT 0x40000000u

/* Mapping flags a space may use: a page of guest memory into its window,
 * or a range of the window back to a reservation. */
#define MAP_GUEST_PAGE (MAP_SHARED | MAP_FIXED)
#define MAP_GUEST_PAGES_POPULATED (MAP_SHARED | MAP_FIXED | MAP_POPULATE)
#define MAP_RESERVATION (MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE)

/* The user window ends at TANDEM_USER_TOP: the high half of any address in
 * it is below this. */
#define WINDOW_TOP_HIGH ((unsigned)(TANDEM_USER_TOP >> 32))

struct builder {
    struct sock_filter *insn;
    unsigned n;
};

static unsigned emit(struct builder *b, unsigned short code, unsigned char jt, unsigned char jf, unsigned k) {
    struct sock_filter f = {code, jt, jf, k};
    if (b->n < SPACE_FILTER_MAX) b->insn[b->n] = f;
    return b->n++;
}

/* Points the false branch of instruction `at` to the next one emitted. */
static void false_to_here(struct builder *b, unsigned at) {
    if (at < SPACE_FILTER_MAX) b->insn[at].jf = (unsigned char)(b->n - at - 1);
}

static void load_nr(struct builder *b) { emit(b, BPF_LD | BPF_W | BPF_ABS, 0, 0, offsetof(struct seccomp_data, nr)); }

static void load_arg_low(struct builder *b, int i) {
    emit(b, BPF_LD | BPF_W | BPF_ABS, 0, 0, (unsigned)(offsetof(struct seccomp_data, args) + 8u * (unsigned)i));
}

static void load_arg_high(struct builder *b, int i) {
    emit(b, BPF_LD | BPF_W | BPF_ABS, 0, 0, (unsigned)(offsetof(struct seccomp_data, args) + 8u * (unsigned)i + 4u));
}

static void ret(struct builder *b, unsigned action) { emit(b, BPF_RET | BPF_K, 0, 0, action); }

/* Refuses unless the accumulator equals k. */
static void require_eq(struct builder *b, unsigned k) {
    emit(b, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, k);
    ret(b, REFUSE);
}

/* Refuses unless the accumulator is below k. */
static void require_below(struct builder *b, unsigned k) {
    emit(b, BPF_JMP | BPF_JGE | BPF_K, 0, 1, k);
    ret(b, REFUSE);
}

/* Refuses unless the accumulator has no bit outside `allowed`. */
static void require_only_bits(struct builder *b, unsigned allowed) {
    emit(b, BPF_JMP | BPF_JSET | BPF_K, 0, 1, ~allowed);
    ret(b, REFUSE);
}

/* Refuses unless [addr, addr + len) starts inside the user window and is
 * shorter than 4 GiB (so it can reach at most 4 GiB into the direct map,
 * which is guest memory: the guest can only hurt itself there). */
static void require_window_range(struct builder *b, int addr_arg, int len_arg) {
    load_arg_high(b, addr_arg);
    require_below(b, WINDOW_TOP_HIGH);
    load_arg_high(b, len_arg);
    require_eq(b, 0);
}

/* Refuses unless the protection (argument 2) is a mix of read, write and exec. */
static void require_rwx_prot(struct builder *b) {
    load_arg_low(b, 2);
    require_only_bits(b, PROT_READ | PROT_WRITE | PROT_EXEC);
    load_arg_high(b, 2);
    require_eq(b, 0);
}

static void allow_plain(struct builder *b, unsigned nr) {
    unsigned test = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, nr);
    ret(b, SECCOMP_RET_ALLOW);
    false_to_here(b, test);
}

/* mmap: pages of guest memory (fd = the memory file) or a reservation
 * (anonymous, PROT_NONE), always MAP_FIXED starting inside the window.  A
 * reservation may span the whole window (a flush); reaching past it only
 * turns more of the space's own memory inaccessible, which no host resource
 * backs (MAP_NORESERVE, PROT_NONE). */
static void allow_mmap(struct builder *b) {
    unsigned test = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_mmap);
    load_arg_high(b, 0);
    require_below(b, WINDOW_TOP_HIGH);
    load_arg_high(b, 3);
    require_eq(b, 0);
    load_arg_low(b, 3);
    unsigned page = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, MAP_GUEST_PAGE);
    unsigned populated = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, MAP_GUEST_PAGES_POPULATED);
    /* Neither: only a PROT_NONE reservation remains allowed. */
    require_eq(b, MAP_RESERVATION);
    load_arg_low(b, 2);
    require_eq(b, PROT_NONE);
    load_arg_high(b, 2);
    require_eq(b, 0);
    load_arg_high(b, 1);
    require_below(b, WINDOW_TOP_HIGH + 1);
    ret(b, SECCOMP_RET_ALLOW);
    /* Guest memory: shorter than 4 GiB, read/write/exec only, from the memory file. */
    unsigned guest = b->n;
    b->insn[page].jt = (unsigned char)(guest - page - 1);
    b->insn[populated].jt = (unsigned char)(guest - populated - 1);
    load_arg_high(b, 1);
    require_eq(b, 0);
    require_rwx_prot(b);
    load_arg_low(b, 4);
    require_eq(b, TANDEM_SPACE_MEMORY_FD);
    ret(b, SECCOMP_RET_ALLOW);
    false_to_here(b, test);
}

/* mprotect: read/write/exec changes inside the window. */
static void allow_mprotect(struct builder *b) {
    unsigned test = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_mprotect);
    require_window_range(b, 0, 1);
    require_rwx_prot(b);
    ret(b, SECCOMP_RET_ALLOW);
    false_to_here(b, test);
}

/* futex: the switchboard's bitset wait and wake only, on shared words (the
 * private flag clear). */
static void allow_futex(struct builder *b) {
    unsigned test = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_futex);
    load_arg_low(b, 1);
    unsigned wait = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, FUTEX_WAIT_BITSET);
    require_eq(b, FUTEX_WAKE_BITSET);
    ret(b, SECCOMP_RET_ALLOW);
    b->insn[wait].jt = (unsigned char)(b->n - wait - 1);
    ret(b, SECCOMP_RET_ALLOW);
    false_to_here(b, test);
}

/* sendmsg on the channel only: the stub hands vmproc the listener, then
 * closes the channel; a space can create no descriptor, so the number is
 * never reused. */
static void allow_channel_sendmsg(struct builder *b) {
    unsigned test = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_sendmsg);
    load_arg_low(b, 0);
    require_eq(b, TANDEM_SPACE_CHANNEL_FD);
    load_arg_high(b, 0);
    require_eq(b, 0);
    ret(b, SECCOMP_RET_ALLOW);
    false_to_here(b, test);
}

unsigned space_filter_build(struct sock_filter *out) {
    struct builder b = {out, 0};
    /* x86-64 calls only: int $0x80 and sysenter arrive as i386 calls, and the
     * x32 ABI sets a bit in the number. */
    emit(&b, BPF_LD | BPF_W | BPF_ABS, 0, 0, offsetof(struct seccomp_data, arch));
    require_eq(&b, AUDIT_ARCH_X86_64);
    load_nr(&b);
    require_below(&b, X32_SYSCALL_BIT);
    allow_plain(&b, __NR_rt_sigreturn);
    allow_mmap(&b);
    allow_mprotect(&b);
    allow_futex(&b);
    allow_plain(&b, __NR_timer_settime);
    allow_plain(&b, __NR_exit);
    allow_plain(&b, __NR_exit_group);
    allow_plain(&b, __NR_close);
    allow_channel_sendmsg(&b);
    ret(&b, REFUSE);
    return b.n;
}
