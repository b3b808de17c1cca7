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

/* Anything but an allowed call. */
#define REFUSE SECCOMP_RET_USER_NOTIF
#define X32_SYSCALL_BIT 0x40000000u

/* Mapping flags a space may use: pages of guest memory into its window. */
#define MAP_GUEST_PAGE (MAP_SHARED | MAP_FIXED)
#define MAP_GUEST_PAGES_POPULATED (MAP_SHARED | MAP_FIXED | MAP_POPULATE)

/* The user window's bounds as 32-bit halves: it starts at TANDEM_USER_BASE
 * (high half 0), ends at TANDEM_USER_TOP and has the kernel hole in the
 * middle, whose bounds have low halves of 0 (PML4 slots). */
#define WINDOW_BASE_LOW ((unsigned)TANDEM_USER_BASE)
#define WINDOW_TOP_HIGH ((unsigned)(TANDEM_USER_TOP >> 32))
#define WINDOW_TOP_LOW ((unsigned)TANDEM_USER_TOP)
#define HOLE_BASE_HIGH ((unsigned)(TANDEM_KERNEL_HOLE_BASE >> 32))
#define HOLE_TOP_HIGH ((unsigned)(TANDEM_KERNEL_HOLE_TOP >> 32))
_Static_assert((TANDEM_USER_BASE >> 32) == 0 && (unsigned)TANDEM_KERNEL_HOLE_BASE == 0 &&
                   (unsigned)TANDEM_KERNEL_HOLE_TOP == 0,
               "the window checks below compare these halves only");

/* Scratch words of the filter (seccomp's M[]). */
enum { M_END_LOW = 0, M_CARRY = 1, M_END_HIGH = 2 };

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

/* Refuses unless [addr, addr + len) lies inside the user window on one side
 * of the kernel hole: nothing a space maps or reprotects can reach guest
 * memory at the direct map or the space's own pages.  The end is computed
 * in 64 bits from the 32-bit halves (low sum, its carry, high sum); the high
 * halves of both arguments are first held below 2^15, so it cannot wrap. */
static void require_window_range(struct builder *b, int addr_arg, int len_arg) {
    load_arg_high(b, addr_arg);
    require_below(b, 0x8000);
    load_arg_high(b, len_arg);
    require_below(b, 0x8000);
    /* addr >= TANDEM_USER_BASE */
    load_arg_high(b, addr_arg);
    emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 3, 0);
    load_arg_low(b, addr_arg);
    emit(b, BPF_JMP | BPF_JGE | BPF_K, 1, 0, WINDOW_BASE_LOW);
    ret(b, REFUSE);
    /* end = addr + len: low half and carry, then high half */
    load_arg_low(b, addr_arg);
    emit(b, BPF_MISC | BPF_TAX, 0, 0, 0);
    load_arg_low(b, len_arg);
    emit(b, BPF_ALU | BPF_ADD | BPF_X, 0, 0, 0);
    emit(b, BPF_ST, 0, 0, M_END_LOW);
    emit(b, BPF_JMP | BPF_JGE | BPF_X, 2, 0, 0); /* end_low >= addr_low: no carry */
    emit(b, BPF_LD | BPF_IMM, 0, 0, 1);
    emit(b, BPF_JMP | BPF_JA, 0, 0, 1);
    emit(b, BPF_LD | BPF_IMM, 0, 0, 0);
    emit(b, BPF_ST, 0, 0, M_CARRY);
    load_arg_high(b, addr_arg);
    emit(b, BPF_MISC | BPF_TAX, 0, 0, 0);
    load_arg_high(b, len_arg);
    emit(b, BPF_ALU | BPF_ADD | BPF_X, 0, 0, 0);
    emit(b, BPF_LDX | BPF_W | BPF_MEM, 0, 0, M_CARRY);
    emit(b, BPF_ALU | BPF_ADD | BPF_X, 0, 0, 0);
    emit(b, BPF_ST, 0, 0, M_END_HIGH);
    /* end <= TANDEM_USER_TOP */
    require_below(b, WINDOW_TOP_HIGH + 1);
    emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 3, WINDOW_TOP_HIGH);
    emit(b, BPF_LD | BPF_W | BPF_MEM, 0, 0, M_END_LOW);
    emit(b, BPF_JMP | BPF_JGT | BPF_K, 0, 1, WINDOW_TOP_LOW);
    ret(b, REFUSE);
    /* addr >= the hole's top, or end <= its base */
    load_arg_high(b, addr_arg);
    emit(b, BPF_JMP | BPF_JGE | BPF_K, 6, 0, HOLE_TOP_HIGH);
    emit(b, BPF_LD | BPF_W | BPF_MEM, 0, 0, M_END_HIGH);
    emit(b, BPF_JMP | BPF_JGT | BPF_K, 3, 0, HOLE_BASE_HIGH);
    emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 3, HOLE_BASE_HIGH);
    emit(b, BPF_LD | BPF_W | BPF_MEM, 0, 0, M_END_LOW);
    emit(b, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, 0);
    ret(b, REFUSE);
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

/* Points the true branch of instruction `at` to instruction `to`. */
static void true_to(struct builder *b, unsigned at, unsigned to) {
    if (at < SPACE_FILTER_MAX) b->insn[at].jt = (unsigned char)(to - at - 1);
}

/* mmap, munmap and mprotect, which act on the user window only: one range
 * check for the three (inside the window, on one side of the kernel hole),
 * then each call's own rule.
 * - mmap: pages of guest memory (fd = the memory file), MAP_SHARED|MAP_FIXED
 *   (MAP_POPULATE allowed), read/write/exec.  Nothing else may be mapped:
 *   the window's unmapped ranges are holes, and no call a space can make
 *   places anything in them.
 * - munmap: a flush unmaps each side of the hole apart.
 * - mprotect: read/write/exec changes. */
static void allow_window_calls(struct builder *b) {
    unsigned is_mmap = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_mmap);
    unsigned is_munmap = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_munmap);
    unsigned is_mprotect = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_mprotect);
    unsigned other = emit(b, BPF_JMP | BPF_JA, 0, 0, 0);
    true_to(b, is_mmap, b->n);
    true_to(b, is_munmap, b->n);
    true_to(b, is_mprotect, b->n);
    require_window_range(b, 0, 1);
    load_nr(b);
    unsigned munmap = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_munmap);
    unsigned mprotect = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, __NR_mprotect);
    /* mmap */
    load_arg_high(b, 3);
    require_eq(b, 0);
    load_arg_low(b, 3);
    unsigned page = emit(b, BPF_JMP | BPF_JEQ | BPF_K, 0, 0, MAP_GUEST_PAGE);
    require_eq(b, MAP_GUEST_PAGES_POPULATED);
    true_to(b, page, b->n);
    require_rwx_prot(b);
    load_arg_low(b, 4);
    require_eq(b, TANDEM_SPACE_MEMORY_FD);
    ret(b, SECCOMP_RET_ALLOW);
    /* mprotect */
    true_to(b, mprotect, b->n);
    require_rwx_prot(b);
    ret(b, SECCOMP_RET_ALLOW);
    /* munmap */
    true_to(b, munmap, b->n);
    ret(b, SECCOMP_RET_ALLOW);
    if (other < SPACE_FILTER_MAX) b->insn[other].k = b->n - other - 1;
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
    allow_window_calls(&b);
    allow_futex(&b);
    allow_plain(&b, __NR_timer_settime);
    allow_plain(&b, __NR_exit);
    allow_plain(&b, __NR_exit_group);
    allow_plain(&b, __NR_close);
    allow_channel_sendmsg(&b);
    ret(&b, REFUSE);
    return b.n;
}
