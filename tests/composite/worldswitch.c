/*
 * worldswitch: the composite-mode world switch, checked from user space.
 * Runs inside the qemu guest (as root, after insmod tandem.ko), prints TAP,
 * exits 0 when every check passed.
 *
 * It creates a VM and describes a minimal vmlib to the module (SET_VMLIB):
 * a few instructions at the event entry that hand every event the module
 * reflects back to this process with the EXIT hypercall, and, when RUN is
 * called again, resume the interrupted guest from the event record.  Tiny
 * machine-code guests, written into guest memory at guest-physical 2 MiB and
 * run at the direct-map address in guest kernel mode (ring 3 on the
 * module's kernel shadow tree), then raise one event each (vmlib's head
 * names no guest IDT, so the module hands every exception to vmlib), and
 * the test checks the event record exactly (kind, vector, error code, CR2,
 * registers): int3, ud2, #DE, #PF in the user window / beyond guest memory /
 * on a wild jump, syscall (and resuming after it), privileged instructions
 * (#GP), single step, lazy FPU and the guest's own CR0.TS, a guest that
 * spins until SIGALRM makes RUN fail with EINTR, FPU state kept apart from
 * the host's, FS base, SET_STATE validation, RUN refused before SET_VMLIB,
 * a non-canonical ENTER_USER stopping the VM, a forked child refused,
 * GET_STATS, and with a guest IDT: the guest kernel's lazy FPU switch
 * without a second #NM and a kernel #UD the module delivers itself.  It also measures the round trip of a null RUN (an int3 upcall
 * and the exit hypercall); under TCG that number is not representative.
 */
#define _GNU_SOURCE
#ifndef TANDEM_WANT_IOCTLS
#define TANDEM_WANT_IOCTLS
#endif
#include <tandem/platform.h>

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

/* Guest programs: bytes assembled into .rodata, copied into guest memory. */
#define GUEST(name, text)                                                        \
    extern const unsigned char g_##name[], g_##name##_end[];                     \
    asm(".pushsection .rodata\n.globl g_" #name "\ng_" #name ":\n" text          \
        "\n.globl g_" #name "_end\ng_" #name "_end:\n.popsection")

GUEST(mov42, "mov $42, %eax\n int3");
GUEST(int3, "int3");
GUEST(ud2, "ud2");
GUEST(load_rbx, "mov (%rbx), %rax\n int3");
GUEST(store_load, "movl $0x5a5a1234, (%rbx)\n mov 8(%rbx), %rax\n int3");
GUEST(syscall, "mov $60, %eax\n syscall\n int3");
GUEST(syscall_first, "syscall\n int3");
GUEST(load_sregs, "mov $0x2b, %eax\n mov %eax, %ds\n mov %eax, %es\n mov %eax, %gs\n int3");
GUEST(load_kernel_ds, "mov $0x18, %eax\n mov %eax, %ds");
GUEST(load_ldt_sel, "mov $0x2f, %eax\n mov %eax, %fs");
GUEST(hlt, "hlt");
GUEST(cli, "cli");
GUEST(inb, "in $0x60, %al");
GUEST(movcr3, "mov %cr3, %rax");
GUEST(int80, "int $0x80");
GUEST(wrmsr, "wrmsr");
GUEST(div0, "xor %ecx, %ecx\n div %ecx");
GUEST(jmp_rax, "jmp *%rax");
GUEST(spin, "1: jmp 1b");
GUEST(clobber_xmm7, "pxor %xmm7, %xmm7\n mov $1, %eax\n movq %rax, %xmm7\n int3");
GUEST(set_xmm3, "mov $0x1122334455667788, %rax\n movq %rax, %xmm3\n int3");
GUEST(get_xmm3, "movq %xmm3, %rax\n int3");
GUEST(fs_load, "mov %fs:0x10, %rax\n int3");
GUEST(sysenter, "sysenter");
GUEST(nops, "nop\n nop\n int3");
GUEST(touch64, "mov $64, %ecx\n 1: movb $1, (%rbx)\n add $4096, %rbx\n dec %ecx\n jnz 1b\n int3");
GUEST(loop_int3, "1: int3\n jmp 1b");
GUEST(enter_user, "mov $5, %eax\n mov %rbx, %rdi\n int $31\n int3"); /* TANDEM_HC_ENTER_USER */
/* TANDEM_HC_SET_SPACE (root RBX, PCID and flush RDX), then a read of each of 16 user pages from 0x410000. */
GUEST(space_touch, "mov $3, %eax\n mov %rbx, %rdi\n mov %rdx, %rsi\n int $31\n mov $16, %ecx\n mov $0x410000, %r8d\n"
                   " 1: mov (%r8), %rax\n add $4096, %r8\n dec %ecx\n jnz 1b\n int3");
/* Guest user code (at user address 0x400000): one read. */
GUEST(user_load, "mov (%rbx), %rax\n int3");
/* Guest user code: one write (RBX's own value to the word at RBX). */
GUEST(user_store, "mov %rbx, (%rbx)\n int3");
/*
 * The guest kernel's lazy FPU switch (section 17).  Kernel code enters user
 * mode through the minimal vmlib's `int $31` (R12; vmlib's text may make
 * hypercalls whatever the virtual CPL); the user code's first FPU
 * instruction is the guest's #NM, and its handler does what the guest
 * kernel's does: clts (as vmlib emulates it: TS cleared in the head, R14),
 * its first FPU instruction, and back to user mode with TS set again (a
 * switch to another process; the head's CPL 3 as vmlib's iretq leaves it,
 * R10) until its counter (R15) reaches 2.
 */
GUEST(nm_enter, "mov $5, %eax\n mov %rbx, %rdi\n jmp *%r12");
GUEST(nm_user, "movq %xmm3, %rax\n int3");
GUEST(nm_handler, "andq $-9, (%r14)\n movq %xmm3, %rax\n incq (%r15)\n cmpq $2, (%r15)\n je 1f\n"
                  " orq $8, (%r14)\n movb $3, (%r10)\n mov $5, %eax\n mov %rbx, %rdi\n jmp *%r12\n 1: int3");

/*
 * The minimal vmlib: the module resumes the guest at g_vmlib after writing
 * the event into g_vmlib_event (an upcall); it exits to this process with
 * TANDEM_HC_EXIT, and the next RUN continues after the int: every register,
 * RFLAGS (TF cleared: no check resumes a single step) and RSP come back from
 * the event record and the guest continues at the event's RIP.  Only
 * rip-relative references, so the blob runs wherever it is copied.
 */
extern const unsigned char g_vmlib[], g_vmlib_exit_end[], g_vmlib_text_end[], g_vmlib_event[],
    g_vmlib_end[];
#define EV(field) "g_vmlib_event+" #field "(%rip)"
asm(".pushsection .rodata\n.balign 16\n.globl g_vmlib\ng_vmlib:\n"
    " mov $1, %eax\n xor %edi, %edi\n int $31\n"
    ".globl g_vmlib_exit_end\ng_vmlib_exit_end:\n"
    " pushq " EV(136) "\n andq $-0x101, (%rsp)\n popfq\n"
    " mov " EV(0) ", %rax\n mov " EV(8) ", %rcx\n mov " EV(16) ", %rdx\n mov " EV(24) ", %rbx\n"
    " mov " EV(40) ", %rbp\n mov " EV(48) ", %rsi\n mov " EV(56) ", %rdi\n mov " EV(64) ", %r8\n"
    " mov " EV(72) ", %r9\n mov " EV(80) ", %r10\n mov " EV(88) ", %r11\n mov " EV(96) ", %r12\n"
    " mov " EV(104) ", %r13\n mov " EV(112) ", %r14\n mov " EV(120) ", %r15\n"
    " mov " EV(32) ", %rsp\n jmp *" EV(128) "\n"
    ".globl g_vmlib_text_end\ng_vmlib_text_end:\n"
    ".balign 64\n.globl g_vmlib_event\ng_vmlib_event:\n .skip 168\n"
    ".globl g_vmlib_end\ng_vmlib_end:\n.popsection");
/* The offsets the blob uses are the contract's. */
_Static_assert(TANDEM_CR0_TS == 8, "the #NM handler's clts (andq $-9) and TS (orq $8)");
_Static_assert(sizeof(struct tandem_cp_event) == 168 && offsetof(struct tandem_cp_event, regs) == 0 &&
                   offsetof(struct tandem_regs, rip) == 128 && offsetof(struct tandem_regs, rflags) == 136 &&
                   TANDEM_RAX == 0 && TANDEM_RSP == 4 && TANDEM_R15 == 15 && TANDEM_HYPERCALL_VECTOR == 31 &&
                   TANDEM_HC_EXIT == 1 && TANDEM_HC_ENTER_USER == 5 && TANDEM_HC_SET_SPACE == 3,
               "the minimal vmlib's view of the contract");

/* As many address spaces as the module keeps (kmod/tandem.h TANDEM_SPACES): enough to evict any other. */
#define SPACES_KEPT 8

/* Guest-physical layout: vmlib and its records at 1 MiB, code at 2 MiB, data at 3 MiB. */
#define VMLIB_GPA 0x100000ull
#define HEAD_GPA 0x110000ull   /* struct tandem_cp_vcpu */
#define RUNREC_GPA 0x111000ull /* vmlib's struct tandem_run */
#define ENTER_GPA 0x112000ull  /* a struct tandem_regs for ENTER_USER */
#define EVSTACK_GPA 0x118000ull /* vmlib's private (event) stack, up to 0x120000 */
#define EVSTACK_TOP_GPA 0x120000ull
#define CODE_GPA 0x200000ull
#define DATA_GPA 0x300000ull
#define CODE_VA TANDEM_PHYS_TO_VIRT(CODE_GPA)
#define DATA_VA TANDEM_PHYS_TO_VIRT(DATA_GPA)
#define VMLIB_VA TANDEM_PHYS_TO_VIRT(VMLIB_GPA)
#define VMLIB_OFF(label) ((tandem_u64)(g_vmlib_##label - g_vmlib))
#define STACK_VA TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_BOOT_STACK_TOP)
#define RFLAGS_BASE (TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF)

static int test_count, failures;
static int fd = -1;
static unsigned char *mem;
static const size_t mem_size = TANDEM_MEMORY_MIN;

/* Prints one TAP line and remembers failures. */
static void ok(int cond, const char *what, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void ok(int cond, const char *what, const char *fmt, ...)
{
    char detail[256] = "";
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    ++test_count;
    if (!cond)
        ++failures;
    printf("%s %d - %s%s%s%s\n", cond ? "ok" : "not ok", test_count, what,
           *detail ? " (" : "", detail, *detail ? ")" : "");
    fflush(stdout);
}

/* A fresh vCPU state: RIP at the guest code, RSP at the boot stack, IF on. */
static struct tandem_vcpu_state base_state(void)
{
    struct tandem_vcpu_state st;
    memset(&st, 0, sizeof st);
    st.regs.rip = CODE_VA;
    st.regs.gpr[TANDEM_RSP] = STACK_VA;
    st.regs.rflags = RFLAGS_BASE;
    return st;
}

/* Copies a guest program to CODE_GPA. */
static void load(const unsigned char *start, const unsigned char *end)
{
    memcpy(mem + CODE_GPA, start, (size_t)(end - start));
}
#define LOAD(name) load(g_##name, g_##name##_end)
#define LEN(name) ((tandem_u64)(g_##name##_end - g_##name))

static int set_state(const struct tandem_vcpu_state *st)
{
    return ioctl(fd, TANDEM_IOC_SET_STATE, st);
}

static struct tandem_vcpu_state get_state(void)
{
    struct tandem_vcpu_state st;
    memset(&st, 0xee, sizeof st);
    if (ioctl(fd, TANDEM_IOC_GET_STATE, &st) != 0)
        printf("# GET_STATE failed: %s\n", strerror(errno));
    return st;
}

/* RUN once; returns 0 or -errno, the exit in *run. */
static int run_once(struct tandem_run *run)
{
    memset(run, 0, sizeof *run);
    return ioctl(fd, TANDEM_IOC_RUN, run) == 0 ? 0 : -errno;
}

/* The event record as the module last wrote it. */
static struct tandem_cp_event event(void)
{
    struct tandem_cp_event ev;
    memcpy(&ev, mem + VMLIB_GPA + VMLIB_OFF(event), sizeof ev);
    return ev;
}

/*
 * RUN once; 0 or -errno, the exit in *run and the event in *ev.  The event
 * fields are cleared first, so a stale event never passes for a new one;
 * the registers stay, since the minimal vmlib resumes the guest from them.
 */
static int run_event(struct tandem_run *run, struct tandem_cp_event *ev)
{
    size_t from = offsetof(struct tandem_cp_event, kind);
    memset(mem + VMLIB_GPA + VMLIB_OFF(event) + from, 0, sizeof *ev - from);
    int r = run_once(run);
    *ev = event();
    return r;
}

/* Whether RUN ended with the minimal vmlib's exit hypercall after an event of this kind. */
static int vmlib_exit(int r, const struct tandem_run *run, const struct tandem_cp_event *ev, unsigned kind)
{
    return r == 0 && run->exit_reason == TANDEM_EXIT_VMLIB && ev->kind == kind;
}

/* GET_STATE as the last expect_trap saw it (RIP inside the minimal vmlib). */
static struct tandem_vcpu_state stopped;

/* Loads a program, sets the state and runs it until vmlib's next event: RUN's result. */
static int run_program(const unsigned char *start, const unsigned char *end, const struct tandem_vcpu_state *st,
                       struct tandem_run *run, struct tandem_cp_event *ev)
{
    memset(run, 0, sizeof *run);
    memset(ev, 0, sizeof *ev);
    load(start, end);
    int r = set_state(st);
    return r == 0 ? run_event(run, ev) : r;
}

/*
 * Loads a program, sets the state, runs it once and checks that the module
 * reflected exactly this exception into vmlib.  Returns GET_STATE with the
 * registers of the event (the guest's at the exception).
 */
static struct tandem_vcpu_state expect_trap(const char *what, const unsigned char *start,
                                            const unsigned char *end, struct tandem_vcpu_state st,
                                            unsigned vector, tandem_u64 rip, long error,
                                            tandem_u64 cr2)
{
    struct tandem_run run;
    struct tandem_cp_event ev;
    int r = run_program(start, end, &st, &run, &ev);
    stopped = get_state();
    struct tandem_vcpu_state out = stopped;
    out.regs = ev.regs;
    int good = vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) && ev.vector == vector &&
               ev.regs.rip == rip && (error < 0 || ev.error == (tandem_u64)error) &&
               (vector != TANDEM_EXC_PF || (ev.cr2 == cr2 && stopped.cr2 == cr2));
    ok(good, what,
       "r=%d reason=%u kind=%u vector=%u error=%#x rip=%#llx cr2=%#llx; wanted vector %u error %#lx rip %#llx cr2 %#llx",
       r, run.exit_reason, ev.kind, ev.vector, ev.error, (unsigned long long)ev.regs.rip,
       (unsigned long long)ev.cr2, vector, error, (unsigned long long)rip, (unsigned long long)cr2);
    return out;
}
/* Runs a program once, like expect_trap, without a test of its own: the event's registers (RIP 0 if none). */
static struct tandem_vcpu_state expect_trap_quiet(const unsigned char *start, const unsigned char *end,
                                                  struct tandem_vcpu_state st)
{
    struct tandem_run run;
    struct tandem_cp_event ev;
    int r = run_program(start, end, &st, &run, &ev);
    struct tandem_vcpu_state out = get_state();
    out.regs = ev.regs;
    if (!vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION))
        out.regs.rip = 0;
    return out;
}
#define EXPECT_TRAP(what, name, st, vector, rip, error, cr2) \
    expect_trap(what, g_##name, g_##name##_end, st, vector, rip, error, cr2)

static void on_alarm(int sig) { (void)sig; }

/* Pins the calling thread to one CPU. */
static int pin_to_cpu(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set);
}

/* The kernel log, NUL-terminated, in a static buffer. */
static const char *kernel_log(void)
{
    static char buf[1 << 20];
    int n = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, buf, (int)sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    return buf;
}

/* Whether the kernel log holds what init.sh would call a complaint. */
static int log_has_complaint(const char *log)
{
    return strstr(log, "Oops") || strstr(log, "BUG") || strstr(log, "WARNING");
}

/* Reads the VM's counters. */
static struct tandem_stats get_stats(void)
{
    struct tandem_stats s;
    memset(&s, 0, sizeof s);
    if (ioctl(fd, TANDEM_IOC_GET_STATS, &s) != 0)
        printf("# GET_STATS failed: %s\n", strerror(errno));
    return s;
}

/*
 * Two guest address spaces for the user-window checks: page tables at
 * SPACE_GPA(i) (PML4, PDPT, PD, PT), each mapping the user code page at
 * 0x400000 and 16 data pages from 0x410000 (space i's own frames, the last
 * word of each page holding SPACE_MARK(i, page)), accessed and dirty.
 */
#define SPACE_GPA(i) (0x400000ull + (tandem_u64)(i) * 0x4000)
#define USER_CODE_GPA 0x408000ull
#define USER_CODE_VA 0x400000ull
#define USER_DATA_VA 0x410000ull
#define SPACE_DATA_GPA(i, page) (0x420000ull + (tandem_u64)(i) * 0x20000 + (tandem_u64)(page) * 0x1000)
#define SPACE_MARK(i, page) (0x5ace000000ull + (tandem_u64)(i) * 0x100 + (tandem_u64)(page))
#define PTE_USER_RW (TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U | TANDEM_PTE_A | TANDEM_PTE_D)

static tandem_u64 *space_table(int i, int level) /* level 4 = PML4 .. 1 = PT */
{
    return (tandem_u64 *)(mem + SPACE_GPA(i) + (tandem_u64)(4 - level) * 0x1000);
}

static void build_space(int i)
{
    memset(mem + SPACE_GPA(i), 0, 0x4000);
    space_table(i, 4)[0] = (SPACE_GPA(i) + 0x1000) | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
    space_table(i, 3)[0] = (SPACE_GPA(i) + 0x2000) | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
    space_table(i, 2)[2] = (SPACE_GPA(i) + 0x3000) | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
    space_table(i, 1)[0] = USER_CODE_GPA | PTE_USER_RW;
    for (int page = 0; page < 16; page++) {
        space_table(i, 1)[16 + page] = SPACE_DATA_GPA(i, page) | PTE_USER_RW;
        *(tandem_u64 *)(mem + SPACE_DATA_GPA(i, page)) = SPACE_MARK(i, page);
    }
}

/* vmlib's head as the module reads it. */
static struct tandem_cp_vcpu *head(void) { return (struct tandem_cp_vcpu *)(mem + HEAD_GPA); }

/*
 * A guest IDT, GDT and TSS for traps the module delivers itself (direct.c):
 * the #NM gate (an interrupt gate to NM_HANDLER_VA) and a TSS whose RSP0 is
 * the top of a kernel stack, named by vmlib's head (IDTR, GDTR, TR).
 */
#define GDT_GPA 0x130000ull
#define TSS_GPA 0x131000ull
#define IDT_GPA 0x132000ull
#define KSTACK_TOP_GPA 0x138000ull
#define GUEST_TR 0x40
#define NM_HANDLER_VA (CODE_VA + 0x200)
#define UD_HANDLER_VA (CODE_VA + 0x300)
#define TIMER_HANDLER_VA (CODE_VA + 0x400)
/* An interrupt gate in the guest IDT: `vector` to `handler` (kernel CS 0x10, DPL 0). */
static void set_gate(unsigned vector, tandem_u64 handler)
{
    tandem_u64 *idt = (tandem_u64 *)(mem + IDT_GPA);
    idt[vector * 2] = (handler & 0xffff) | 0x10ull << 16 | (tandem_u64)TANDEM_GATE_INTERRUPT << 40 | 1ull << 47 |
                      ((handler >> 16) & 0xffff) << 48;
    idt[vector * 2 + 1] = handler >> 32;
}

static void build_idt(void)
{
    tandem_u64 tss = TANDEM_PHYS_TO_VIRT(TSS_GPA), rsp0 = TANDEM_PHYS_TO_VIRT(KSTACK_TOP_GPA);
    tandem_u64 *gdt = (tandem_u64 *)(mem + GDT_GPA);
    memset(mem + GDT_GPA, 0, 0x3000);
    gdt[GUEST_TR / 8] = 0x67 | (tss & 0xffffff) << 16 | (tandem_u64)TANDEM_TSS_AVAILABLE << 40 | 1ull << 47 |
                        ((tss >> 24) & 0xff) << 56;
    gdt[GUEST_TR / 8 + 1] = tss >> 32;
    memcpy(mem + TSS_GPA + TANDEM_TSS_RSP0, &rsp0, 8);
    set_gate(TANDEM_EXC_NM, NM_HANDLER_VA);
    head()->state.gdtr = (struct tandem_dtr){ .limit = GUEST_TR + 15, .base = TANDEM_PHYS_TO_VIRT(GDT_GPA) };
    head()->state.idtr = (struct tandem_dtr){ .limit = 256 * TANDEM_GATE_SIZE - 1, .base = TANDEM_PHYS_TO_VIRT(IDT_GPA) };
    head()->state.tr = GUEST_TR;
}

/* User pages the module filled from the guest's tables so far (with their neighbours). */
static tandem_u64 user_fills(void)
{
    struct tandem_stats s;
    memset(&s, 0, sizeof s);
    ioctl(fd, TANDEM_IOC_GET_STATS, &s);
    return s.events[TANDEM_STAT_SHADOW_FILL] + s.events[TANDEM_STAT_SHADOW_FILL_AROUND];
}

/*
 * Guest kernel code loads CR3 (SET_SPACE: space i's root, `pcid`, flushing
 * or not) and reads the 16 data pages.  Returns the user pages the module
 * filled meanwhile, or -1 if the run did not end at the int3 with the last
 * page's mark read.
 */
static long space_touch(int i, unsigned pcid, int flush)
{
    struct tandem_run run;
    struct tandem_cp_event ev;
    struct tandem_vcpu_state st = base_state();
    memset(&run, 0, sizeof run);
    memset(&ev, 0, sizeof ev);
    head()->state.cr3 = SPACE_GPA(i) | pcid;
    st.regs.gpr[TANDEM_RBX] = SPACE_GPA(i);
    st.regs.gpr[TANDEM_RDX] = pcid | (flush ? TANDEM_HC_SPACE_FLUSH : 0);
    LOAD(space_touch);
    tandem_u64 before = user_fills();
    int r = set_state(&st);
    if (r == 0)
        r = run_event(&run, &ev);
    if (!vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) || ev.vector != TANDEM_EXC_BP ||
        ev.regs.gpr[TANDEM_RAX] != SPACE_MARK(i, 15)) {
        printf("# space_touch(%d, %u, %d): r=%d reason=%u '%s' kind=%u vector=%u cr2=%#llx rax=%#llx\n", i, pcid, flush,
               r, run.exit_reason, run.message, ev.kind, ev.vector, (unsigned long long)ev.cr2,
               (unsigned long long)ev.regs.gpr[TANDEM_RAX]);
        return -1;
    }
    return (long)(user_fills() - before);
}

/*
 * Guest kernel code enters user mode (ENTER_USER) at the user code page,
 * which runs `code` (user_load or user_store) on user address `va`.
 * Returns the event: #BP after the access (RAX = the word read), or its #PF.
 */
static struct tandem_cp_event user_access(tandem_u64 va, const unsigned char *code, const unsigned char *code_end)
{
    struct tandem_run run;
    struct tandem_cp_event ev;
    struct tandem_regs *block = (struct tandem_regs *)(mem + ENTER_GPA);
    memset(block, 0, sizeof *block);
    block->rip = USER_CODE_VA;
    block->gpr[TANDEM_RSP] = 0x7ff000;
    block->gpr[TANDEM_RBX] = va;
    block->rflags = RFLAGS_BASE;
    memcpy(mem + USER_CODE_GPA, code, (size_t)(code_end - code));
    LOAD(enter_user);
    struct tandem_vcpu_state st = base_state();
    st.regs.gpr[TANDEM_RBX] = TANDEM_PHYS_TO_VIRT(ENTER_GPA);
    memset(&ev, 0, sizeof ev);
    if (set_state(&st) == 0 && run_event(&run, &ev) != 0)
        ev.kind = 0;
    return ev;
}

/* Guest user code reads user address `va` (user_access). */
static struct tandem_cp_event user_read(tandem_u64 va) { return user_access(va, g_user_load, g_user_load_end); }

/* Opens /dev/tandem and creates a VM over fresh shared memory. */
static int make_vm(void)
{
    fd = open(TANDEM_DEVICE_PATH, O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return -1;
    mem = mmap(NULL, mem_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return -1;
    struct tandem_create_vm req = { (tandem_u64)(uintptr_t)mem, mem_size, 0 };
    return ioctl(fd, TANDEM_IOC_CREATE_VM, &req);
}

/* Copies the minimal vmlib into guest memory and describes it to the module (SET_VMLIB with `flags`). */
static int describe_vmlib_flags(tandem_u64 flags)
{
    memcpy(mem + VMLIB_GPA, g_vmlib, (size_t)(g_vmlib_end - g_vmlib));
    memset(mem + HEAD_GPA, 0, sizeof(struct tandem_cp_vcpu)); /* CPL 0, no deadline, CR3 0 */
    struct tandem_cp_config c;
    memset(&c, 0, sizeof c);
    c.boot_rip = CODE_VA;
    c.boot_rsp = STACK_VA;
    c.event_rip = VMLIB_VA;
    c.event_rsp = TANDEM_PHYS_TO_VIRT(EVSTACK_TOP_GPA);
    c.event_va = VMLIB_VA + VMLIB_OFF(event);
    c.vcpu_va = TANDEM_PHYS_TO_VIRT(HEAD_GPA);
    c.run_va = TANDEM_PHYS_TO_VIRT(RUNREC_GPA);
    c.text_start = VMLIB_VA;
    c.text_end = VMLIB_VA + VMLIB_OFF(text_end);
    c.private_stack_lo = TANDEM_PHYS_TO_VIRT(EVSTACK_GPA);
    c.private_stack_hi = TANDEM_PHYS_TO_VIRT(EVSTACK_TOP_GPA);
    c.clock.tsc_to_ns_mult = 1;
    c.flags = flags;
    return ioctl(fd, TANDEM_IOC_SET_VMLIB, &c);
}

/* The minimal vmlib, which leaves the guest's #NM to the module. */
static int describe_vmlib(void) { return describe_vmlib_flags(0); }

int main(void)
{
    struct tandem_vcpu_state st, out;
    struct tandem_run run;
    int r;

    printf("TAP version 13\n");
    r = make_vm();
    ok(r == 0, "create a VM", "%s", r ? strerror(errno) : "");
    if (r) {
        printf("1..%d\n", test_count);
        return 1;
    }
    st = base_state();
    r = set_state(&st);
    if (r == 0)
        r = run_once(&run);
    ok(r == -ENOEXEC, "RUN before SET_VMLIB is ENOEXEC (a VM runs only with vmlib)", "r=%d", r);
    r = describe_vmlib();
    ok(r == 0, "SET_VMLIB with the minimal vmlib", "%s", r ? strerror(errno) : "");

    /* 1. The first world switch: mov $42,%eax; int3. */
    out = EXPECT_TRAP("mov $42,%eax; int3 exits with #BP after the int3", mov42, base_state(),
                      TANDEM_EXC_BP, CODE_VA + LEN(mov42), 0, 0);
    ok(out.regs.gpr[TANDEM_RAX] == 42, "the guest's RAX comes back", "rax=%#llx",
       (unsigned long long)out.regs.gpr[TANDEM_RAX]);
    ok(out.cs == 0x33 && out.ss == 0x2b, "the guest ran in ring 3 (CS 0x33, SS 0x2b)", "cs=%#x ss=%#x",
       out.cs, out.ss);
    ok(stopped.regs.rip == VMLIB_VA + VMLIB_OFF(exit_end) && stopped.regs.gpr[TANDEM_RSP] <= TANDEM_PHYS_TO_VIRT(EVSTACK_TOP_GPA) &&
           stopped.regs.gpr[TANDEM_RSP] > TANDEM_PHYS_TO_VIRT(EVSTACK_GPA),
       "the event entered vmlib on its event stack, which exited after its hypercall", "rip=%#llx rsp=%#llx",
       (unsigned long long)stopped.regs.rip, (unsigned long long)stopped.regs.gpr[TANDEM_RSP]);

    /* 2. Every register survives the round trip; virtual IF is kept apart. */
    st = base_state();
    for (int i = 0; i < TANDEM_GPR_COUNT; i++)
        if (i != TANDEM_RSP)
            st.regs.gpr[i] = 0x0101010101010101ull * (tandem_u64)(i + 1) ^ 0x8000000000000000ull;
    st.regs.rflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_CF | TANDEM_RFLAGS_ZF |
                     TANDEM_RFLAGS_SF | TANDEM_RFLAGS_OF; /* virtual IF off */
    out = EXPECT_TRAP("int3 alone", int3, st, TANDEM_EXC_BP, CODE_VA + 1, 0, 0);
    int same = 1;
    for (int i = 0; i < TANDEM_GPR_COUNT; i++)
        same &= out.regs.gpr[i] == st.regs.gpr[i];
    ok(same, "all 16 GPRs come back unchanged", "rbx=%#llx r15=%#llx",
       (unsigned long long)out.regs.gpr[TANDEM_RBX], (unsigned long long)out.regs.gpr[TANDEM_R15]);
    ok(out.regs.rflags == (st.regs.rflags | TANDEM_RFLAGS_IF), "RFLAGS come back (the real IF is always on)",
       "rflags=%#llx wanted %#llx", (unsigned long long)out.regs.rflags,
       (unsigned long long)(st.regs.rflags | TANDEM_RFLAGS_IF));
    ok(!(stopped.regs.rflags & TANDEM_RFLAGS_IF), "GET_STATE keeps the virtual IF SET_STATE gave (off)",
       "rflags=%#llx", (unsigned long long)stopped.regs.rflags);
    st = base_state();
    st.regs.rflags |= (3ull << 12) | TANDEM_RFLAGS_NT; /* IOPL 3 and NT must be dropped */
    out = EXPECT_TRAP("int3 with IOPL 3 and NT asked for", int3, st, TANDEM_EXC_BP, CODE_VA + 1, 0, 0);
    ok(out.regs.rflags == RFLAGS_BASE, "IOPL and NT are not given to the guest", "rflags=%#llx",
       (unsigned long long)out.regs.rflags);

    /* 3. Exceptions. */
    EXPECT_TRAP("ud2 is #UD at the ud2", ud2, base_state(), TANDEM_EXC_UD, CODE_VA, 0, 0);
    EXPECT_TRAP("div by zero is #DE at the div", div0, base_state(), TANDEM_EXC_DE, CODE_VA + 2, 0, 0);
    st = base_state();
    st.regs.gpr[TANDEM_RBX] = 0x12345678;
    EXPECT_TRAP("a load from the user window (guest CR3 0: no page tables) is #PF with CR2", load_rbx,
                st, TANDEM_EXC_PF, CODE_VA, TANDEM_PF_U, 0x12345678);
    st.regs.gpr[TANDEM_RBX] = TANDEM_PHYS_TO_VIRT(mem_size) + 0x10;
    EXPECT_TRAP("a load beyond guest memory is #PF with CR2", load_rbx, st, TANDEM_EXC_PF, CODE_VA,
                TANDEM_PF_U, TANDEM_PHYS_TO_VIRT(mem_size) + 0x10);
    st.regs.gpr[TANDEM_RBX] = 0xffff888000001000ull;
    EXPECT_TRAP("a load from the host kernel's direct map is #PF", load_rbx, st, TANDEM_EXC_PF,
                CODE_VA, TANDEM_PF_U, 0xffff888000001000ull);
    st = base_state();
    st.regs.gpr[TANDEM_RAX] = 0xdead0000;
    EXPECT_TRAP("a wild jump is #PF on the fetch, RIP and CR2 = the target", jmp_rax, st,
                TANDEM_EXC_PF, 0xdead0000, -1, 0xdead0000);
    st.regs.gpr[TANDEM_RAX] = 0x8000000000000000ull;
    load(g_jmp_rax, g_jmp_rax_end);
    struct tandem_cp_event ev;
    memset(&ev, 0, sizeof ev);
    r = set_state(&st);
    if (r == 0)
        r = run_event(&run, &ev);
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) && ev.vector == TANDEM_EXC_GP,
       "a jump to a non-canonical address is #GP", "r=%d reason=%u vector=%u rip=%#llx", r,
       run.exit_reason, ev.vector, (unsigned long long)ev.regs.rip);
    r = run_event(&run, &ev); /* vmlib resumes at the event's RIP, which may be the non-canonical target */
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) && ev.vector == TANDEM_EXC_GP,
       "resumed at the event's RIP: #GP again, never a switcher fault", "r=%d reason=%u vector=%u rip=%#llx",
       r, run.exit_reason, ev.vector, (unsigned long long)ev.regs.rip);

    /* 4. Privileged and I/O instructions are #GP in ring 3. */
    EXPECT_TRAP("hlt is #GP(0)", hlt, base_state(), TANDEM_EXC_GP, CODE_VA, 0, 0);
    EXPECT_TRAP("cli is #GP(0)", cli, base_state(), TANDEM_EXC_GP, CODE_VA, 0, 0);
    EXPECT_TRAP("in is #GP(0) (no I/O bitmap)", inb, base_state(), TANDEM_EXC_GP, CODE_VA, 0, 0);
    EXPECT_TRAP("mov %cr3 is #GP(0)", movcr3, base_state(), TANDEM_EXC_GP, CODE_VA, 0, 0);
    EXPECT_TRAP("wrmsr is #GP(0)", wrmsr, base_state(), TANDEM_EXC_GP, CODE_VA, 0, 0);
    /* Hardware reports the gate as vector * 8 + 2 (IDT bit); qemu TCG says vector * 16 + 2 in long mode. */
    out = EXPECT_TRAP("int $0x80 is #GP (its gate has DPL 0)", int80, base_state(), TANDEM_EXC_GP,
                      CODE_VA, -1, 0);
    {
        ok(out.regs.rip == CODE_VA && (event().error == 0x80 * 8 + 2 || event().error == 0x80 * 16 + 2),
           "... with the IDT error code of vector 0x80", "error %#x", event().error);
    }
    st = base_state();
    st.regs.rflags |= TANDEM_RFLAGS_TF;
    EXPECT_TRAP("TF single-steps one instruction (#DB)", nops, st, TANDEM_EXC_DB, CODE_VA + 1, -1, 0);
    load(g_sysenter, g_sysenter_end);
    st = base_state();
    r = set_state(&st);
    if (r == 0)
        r = run_event(&run, &ev);
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) &&
           (ev.vector == TANDEM_EXC_UD || ev.vector == TANDEM_EXC_GP),
       "sysenter is #UD (AMD) or #GP (SYSENTER_CS = 0)", "r=%d reason=%u vector=%u", r,
       run.exit_reason, ev.vector);

    /* 5. Guest memory is the VM process's memory, both ways. */
    st = base_state();
    st.regs.gpr[TANDEM_RBX] = DATA_VA;
    *(volatile tandem_u64 *)(mem + DATA_GPA + 8) = 0xfeedfacecafebeefull;
    out = EXPECT_TRAP("store and load through the direct map", store_load, st, TANDEM_EXC_BP,
                      CODE_VA + LEN(store_load), 0, 0);
    ok(*(volatile uint32_t *)(mem + DATA_GPA) == 0x5a5a1234, "the guest's store is in the VM process's memory",
       "%#x", *(volatile uint32_t *)(mem + DATA_GPA));
    ok(out.regs.gpr[TANDEM_RAX] == 0xfeedfacecafebeefull, "the guest loads what the VM process wrote",
       "%#llx", (unsigned long long)out.regs.gpr[TANDEM_RAX]);
    struct tandem_stats s0 = get_stats();
    st.regs.gpr[TANDEM_RBX] = TANDEM_PHYS_TO_VIRT(0x400000);
    EXPECT_TRAP("touch 64 fresh pages", touch64, st, TANDEM_EXC_BP, CODE_VA + LEN(touch64), 0, 0);
    struct tandem_stats s1 = get_stats();
    int all = 1;
    for (int i = 0; i < 64; i++)
        all &= mem[0x400000 + (size_t)i * 4096] == 1;
    ok(all && s1.events[TANDEM_STAT_PF_REFLECTED] - s0.events[TANDEM_STAT_PF_REFLECTED] == 64,
       "64 shadow fills, no exits, every store landed", "fills %llu",
       (unsigned long long)(s1.events[TANDEM_STAT_PF_REFLECTED] - s0.events[TANDEM_STAT_PF_REFLECTED]));
    /*
     * Guest memory is the process's, not pinned by the module: a page the VM
     * process gives back (MADV_REMOVE frees the shmem page) leaves the
     * shadow too, and the guest then sees the process's new page, never the
     * old one.  A pinned page would keep the guest on the freed copy.
     */
    {
        const tandem_u64 gpa = DATA_GPA + 0x5000;
        volatile tandem_u64 *host = (volatile tandem_u64 *)(mem + gpa);
        st = base_state();
        st.regs.gpr[TANDEM_RBX] = TANDEM_PHYS_TO_VIRT(gpa);
        *host = 0x1111;
        out = EXPECT_TRAP("the guest reads a page of the VM process", load_rbx, st, TANDEM_EXC_BP,
                          CODE_VA + LEN(load_rbx), 0, 0);
        ok(out.regs.gpr[TANDEM_RAX] == 0x1111, "it sees the value the process wrote", "%#llx",
           (unsigned long long)out.regs.gpr[TANDEM_RAX]);
        struct tandem_stats m0 = get_stats();
        r = madvise(mem + gpa, 4096, MADV_REMOVE);
        ok(r == 0 && *host == 0, "the VM process gives the page back (MADV_REMOVE) and sees a new zero page",
           "r=%d %s value %#llx", r, r ? strerror(errno) : "", (unsigned long long)*host);
        struct tandem_stats m1 = get_stats();
        ok(m1.events[TANDEM_STAT_SHADOW_INVALIDATE] - m0.events[TANDEM_STAT_SHADOW_INVALIDATE] == 1,
           "the module's MMU notifier removed exactly that page from the shadow", "invalidated %llu",
           (unsigned long long)(m1.events[TANDEM_STAT_SHADOW_INVALIDATE] -
                                m0.events[TANDEM_STAT_SHADOW_INVALIDATE]));
        *host = 0x2222;
        out = EXPECT_TRAP("the guest reads the same guest-physical address again", load_rbx, st, TANDEM_EXC_BP,
                          CODE_VA + LEN(load_rbx), 0, 0);
        struct tandem_stats m2 = get_stats();
        ok(out.regs.gpr[TANDEM_RAX] == 0x2222 &&
               m2.events[TANDEM_STAT_PF_REFLECTED] - m1.events[TANDEM_STAT_PF_REFLECTED] >= 1,
           "it sees the process's new page (refilled), not the freed one", "%#llx, fills %llu",
           (unsigned long long)out.regs.gpr[TANDEM_RAX],
           (unsigned long long)(m2.events[TANDEM_STAT_PF_REFLECTED] - m1.events[TANDEM_STAT_PF_REFLECTED]));
    }

    st = base_state();
    st.fs_base = DATA_VA;
    *(volatile tandem_u64 *)(mem + DATA_GPA + 0x10) = 0xabcdef0123ull;
    out = EXPECT_TRAP("a load through the guest's FS base", fs_load, st, TANDEM_EXC_BP,
                      CODE_VA + LEN(fs_load), 0, 0);
    ok(out.regs.gpr[TANDEM_RAX] == 0xabcdef0123ull && out.fs_base == DATA_VA, "FS base is the guest's",
       "rax=%#llx fs_base=%#llx", (unsigned long long)out.regs.gpr[TANDEM_RAX],
       (unsigned long long)out.fs_base);

    /* 5b. Segment registers: the guest's are its own, the host's come back. */
    unsigned short hds, hes, hfs, hgs, ads, aes, afs, ags;
    asm volatile("mov %%ds, %0\n mov %%es, %1\n mov %%fs, %2\n mov %%gs, %3"
                 : "=r"(hds), "=r"(hes), "=r"(hfs), "=r"(hgs));
    st = base_state();
    st.gs_base = DATA_VA;
    out = EXPECT_TRAP("the guest loads its user data selector into DS, ES, GS", load_sregs, st,
                      TANDEM_EXC_BP, CODE_VA + LEN(load_sregs), 0, 0);
    asm volatile("mov %%ds, %0\n mov %%es, %1\n mov %%fs, %2\n mov %%gs, %3"
                 : "=r"(ads), "=r"(aes), "=r"(afs), "=r"(ags));
    ok(out.ds == 0x2b && out.es == 0x2b && out.gs == 0x2b && out.fs == 0 && out.gs_base == 0,
       "GET_STATE has the guest's selectors (and the GS base the load gave)",
       "ds=%#x es=%#x fs=%#x gs=%#x gs_base=%#llx", out.ds, out.es, out.fs, out.gs,
       (unsigned long long)out.gs_base);
    ok(ads == hds && aes == hes && afs == hfs && ags == hgs, "the VM process's selectors are its own again",
       "before %#x/%#x/%#x/%#x after %#x/%#x/%#x/%#x", hds, hes, hfs, hgs, ads, aes, afs, ags);
    out.regs.rip = CODE_VA;
    out = EXPECT_TRAP("... and SET_STATE + RUN with them works", int3, out, TANDEM_EXC_BP, CODE_VA + 1, 0, 0);
    ok(out.ds == 0x2b && out.gs == 0x2b, "the guest's selectors survive a round trip", "ds=%#x gs=%#x",
       out.ds, out.gs);
    EXPECT_TRAP("loading the kernel data selector is #GP(0x18)", load_kernel_ds, base_state(),
                TANDEM_EXC_GP, CODE_VA + 5, 0x18, 0);
    EXPECT_TRAP("loading an LDT selector (null LDT) is #GP", load_ldt_sel, base_state(), TANDEM_EXC_GP,
                CODE_VA + 5, -1, 0);

    /* 6. syscall leaves through the VM's LSTAR into vmlib; RUN again resumes after it. */
    LOAD(syscall);
    st = base_state();
    r = set_state(&st);
    if (r == 0)
        r = run_event(&run, &ev);
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_SYSCALL) && ev.regs.rip == CODE_VA + 7 &&
           ev.regs.gpr[TANDEM_RCX] == CODE_VA + 7 && ev.regs.gpr[TANDEM_RAX] == 60 &&
           ev.regs.gpr[TANDEM_R11] == RFLAGS_BASE && ev.regs.gpr[TANDEM_RSP] == STACK_VA,
       "syscall is a syscall event with RIP/RCX after it and R11 = RFLAGS",
       "r=%d reason=%u kind=%u rip=%#llx rcx=%#llx r11=%#llx", r, run.exit_reason, ev.kind,
       (unsigned long long)ev.regs.rip, (unsigned long long)ev.regs.gpr[TANDEM_RCX],
       (unsigned long long)ev.regs.gpr[TANDEM_R11]);
    r = run_event(&run, &ev);
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) && ev.vector == TANDEM_EXC_BP &&
           ev.regs.rip == CODE_VA + 8,
       "RUN again resumes after the syscall", "r=%d reason=%u vector=%u rip=%#llx", r,
       run.exit_reason, ev.vector, (unsigned long long)ev.regs.rip);

    /* 6b. syscall with TF set: the single step lands in ring 0 in the stub, on the guest's stack. */
    LOAD(syscall_first);
    st = base_state();
    st.regs.rflags |= TANDEM_RFLAGS_TF;
    st.regs.gpr[TANDEM_RSP] = 0x7000; /* not mapped: a push on it in ring 0 would be a #DF */
    r = set_state(&st);
    if (r == 0)
        r = run_event(&run, &ev);
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_SYSCALL) && ev.regs.rip == CODE_VA + 2 &&
           ev.regs.gpr[TANDEM_R11] == (RFLAGS_BASE | TANDEM_RFLAGS_TF),
       "syscall with TF set is still a syscall event (the ring-0 single step is dropped)",
       "r=%d reason=%u kind=%u vector=%u rip=%#llx r11=%#llx", r, run.exit_reason, ev.kind, ev.vector,
       (unsigned long long)ev.regs.rip, (unsigned long long)ev.regs.gpr[TANDEM_R11]);

    /* 7. FPU: the guest's registers are its own, the host's survive. */
    LOAD(clobber_xmm7);
    st = base_state();
    set_state(&st);
    struct tandem_stats f0 = get_stats();
    {
        long ret = SYS_ioctl;
        unsigned long long pattern = 0x0123456789abcdefull, after = 0;
        asm volatile("movq %[p], %%xmm7\n\t"
                     "syscall\n\t"
                     "movq %%xmm7, %[out]"
                     : [out] "=r"(after), "+a"(ret)
                     : [p] "r"(pattern), "D"((long)fd), "S"((long)TANDEM_IOC_RUN), "d"(&run)
                     : "rcx", "r11", "memory", "xmm7");
        ok(ret == 0 && run.exit_reason == TANDEM_EXIT_VMLIB && event().vector == TANDEM_EXC_BP &&
               after == pattern,
           "the guest clobbering %xmm7 leaves the VM process's %xmm7 alone", "ret=%ld xmm7=%#llx",
           ret, after);
    }
    struct tandem_stats f1 = get_stats();
    ok(f1.events[TANDEM_STAT_FPU_LOAD] == f0.events[TANDEM_STAT_FPU_LOAD] + 1 &&
           f1.exceptions[TANDEM_EXC_NM] == f0.exceptions[TANDEM_EXC_NM] + 1,
       "lazy FPU: the guest's first SSE instruction in the RUN loaded its state on one #NM",
       "loads %llu, #NM %llu", (unsigned long long)(f1.events[TANDEM_STAT_FPU_LOAD] - f0.events[TANDEM_STAT_FPU_LOAD]),
       (unsigned long long)(f1.exceptions[TANDEM_EXC_NM] - f0.exceptions[TANDEM_EXC_NM]));
    EXPECT_TRAP("the guest puts a value in %xmm3", set_xmm3, base_state(), TANDEM_EXC_BP,
                CODE_VA + LEN(set_xmm3), 0, 0);
    struct tandem_stats f2 = get_stats();
    ok(f2.exceptions[TANDEM_EXC_NM] == f1.exceptions[TANDEM_EXC_NM] &&
           f2.events[TANDEM_STAT_FPU_CARRIED] == f1.events[TANDEM_STAT_FPU_CARRIED] + 1,
       "the RUN after one that used the FPU begins with the guest's image loaded: no #NM (counted)",
       "#NM %llu, carried %llu", (unsigned long long)(f2.exceptions[TANDEM_EXC_NM] - f1.exceptions[TANDEM_EXC_NM]),
       (unsigned long long)(f2.events[TANDEM_STAT_FPU_CARRIED] - f1.events[TANDEM_STAT_FPU_CARRIED]));
    asm volatile("pxor %%xmm3, %%xmm3" ::: "xmm3"); /* the host's own %xmm3 changes meanwhile */
    out = EXPECT_TRAP("... and reads it back in the next RUN", get_xmm3, base_state(), TANDEM_EXC_BP,
                      CODE_VA + LEN(get_xmm3), 0, 0);
    ok(out.regs.gpr[TANDEM_RAX] == 0x1122334455667788ull, "the guest's %xmm3 survived between runs",
       "rax=%#llx", (unsigned long long)out.regs.gpr[TANDEM_RAX]);
    {
        /* The guest kernel's own CR0.TS (in vmlib's head): its #NM is the guest's, reflected to vmlib. */
        volatile tandem_u64 *cr0 = (volatile tandem_u64 *)(mem + HEAD_GPA + offsetof(struct tandem_cp_vcpu, state.cr0));
        *cr0 = TANDEM_CR0_TS;
        EXPECT_TRAP("with the guest's CR0.TS set, its FPU instruction is #NM for vmlib", get_xmm3, base_state(),
                    TANDEM_EXC_NM, CODE_VA, 0, 0);
        *cr0 = 0;
        out = EXPECT_TRAP("... and with it clear again the guest reads its %xmm3", get_xmm3, base_state(),
                          TANDEM_EXC_BP, CODE_VA + LEN(get_xmm3), 0, 0);
        ok(out.regs.gpr[TANDEM_RAX] == 0x1122334455667788ull, "the guest's %xmm3 is still its own", "rax=%#llx",
           (unsigned long long)out.regs.gpr[TANDEM_RAX]);
        /*
         * A vmlib that delivers the guest's #NM itself before user entry
         * (TANDEM_CP_EAGER_NM): the guest's TS sets no real TS, so its
         * kernel's FPU instruction runs, on its own registers.
         */
        ok(describe_vmlib_flags(2) == -1 && errno == EINVAL, "SET_VMLIB with an unknown flag is EINVAL", "%s", "");
        ok(describe_vmlib_flags(TANDEM_CP_EAGER_NM) == 0, "SET_VMLIB with TANDEM_CP_EAGER_NM", "%s", "");
        struct tandem_stats e0 = get_stats();
        *cr0 = TANDEM_CR0_TS;
        out = EXPECT_TRAP("with TANDEM_CP_EAGER_NM the guest's CR0.TS raises no #NM", get_xmm3, base_state(),
                          TANDEM_EXC_BP, CODE_VA + LEN(get_xmm3), 0, 0);
        struct tandem_stats e1 = get_stats();
        ok(out.regs.gpr[TANDEM_RAX] == 0x1122334455667788ull &&
               e1.exceptions[TANDEM_EXC_NM] == e0.exceptions[TANDEM_EXC_NM],
           "... the guest reads its own %xmm3 (loaded from the entry: the last RUN used the FPU)", "rax=%#llx, #NM %llu",
           (unsigned long long)out.regs.gpr[TANDEM_RAX],
           (unsigned long long)(e1.exceptions[TANDEM_EXC_NM] - e0.exceptions[TANDEM_EXC_NM]));
        *cr0 = 0;
        /*
         * A guest that uses the FPU in every RUN: the image is carried into
         * 16 RUNs in a row, then one RUN begins lazily again (#NM) to see
         * whether the guest still uses it.  Each RUN finds its own %xmm3.
         */
        struct tandem_stats c0 = get_stats();
        int own = 1;
        for (int i = 0; i < 20; i++) {
            out = expect_trap_quiet(g_get_xmm3, g_get_xmm3_end, base_state());
            own &= out.regs.gpr[TANDEM_RAX] == 0x1122334455667788ull && out.regs.rip == CODE_VA + LEN(get_xmm3);
        }
        struct tandem_stats c1 = get_stats();
        tandem_u64 c_nm = c1.exceptions[TANDEM_EXC_NM] - c0.exceptions[TANDEM_EXC_NM];
        tandem_u64 c_carried = c1.events[TANDEM_STAT_FPU_CARRIED] - c0.events[TANDEM_STAT_FPU_CARRIED];
        ok(own && c_nm >= 1 && c_nm <= 2 && c_carried == 20 - c_nm,
           "20 RUNs that use the FPU: carried but for one lazy load per 17 RUNs, each on its own %xmm3",
           "own %d, #NM %llu, carried %llu", own, (unsigned long long)c_nm, (unsigned long long)c_carried);
        ok(describe_vmlib() == 0, "SET_VMLIB without flags again", "%s", "");
    }

    /* 8. SET_STATE refuses what the switcher could not load. */
    st = base_state();
    st.regs.rip = 0x8000000000000000ull;
    ok(set_state(&st) == -1 && errno == EINVAL, "SET_STATE with a non-canonical RIP is EINVAL", "%s", "");
    st = base_state();
    st.regs.rip = 0xffffffff81000000ull; /* canonical: accepted, and the fetch faults in ring 3 */
    r = set_state(&st);
    if (r == 0)
        r = run_event(&run, &ev);
    ok(vmlib_exit(r, &run, &ev, TANDEM_CP_EVENT_EXCEPTION) && ev.vector == TANDEM_EXC_PF &&
           ev.cr2 == 0xffffffff81000000ull && ev.regs.rip == 0xffffffff81000000ull && (ev.error & TANDEM_PF_U),
       "a kernel-half RIP is a user #PF on the fetch", "r=%d reason=%u vector=%u error=%#x cr2=%#llx",
       r, run.exit_reason, ev.vector, ev.error, (unsigned long long)ev.cr2);
    st = base_state();
    st.ds = 0x10;
    ok(set_state(&st) == -1 && errno == EINVAL, "SET_STATE with a kernel selector in DS is EINVAL", "%s", "");
    st = base_state();
    st.gs_base = 0x4000000000000000ull; /* non-canonical with 4- and 5-level paging */
    ok(set_state(&st) == -1 && errno == EINVAL, "SET_STATE with a non-canonical GS base is EINVAL", "%s", "");

    /* 9. A guest that spins forever is stopped by a signal: RUN fails with EINTR. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART */
    sigaction(SIGALRM, &sa, NULL);
    LOAD(spin);
    st = base_state();
    set_state(&st);
    struct tandem_stats before = get_stats();
    alarm(1);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    r = run_once(&run);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    struct tandem_stats after = get_stats();
    out = get_state();
    ok(r == -EINTR && out.regs.rip == CODE_VA, "a spinning guest: RUN returns EINTR on SIGALRM",
       "r=%d after %.2f s, rip=%#llx", r, secs, (unsigned long long)out.regs.rip);
    ok(after.events[TANDEM_STAT_HOST_IRQ] > before.events[TANDEM_STAT_HOST_IRQ],
       "host interrupts that hit the guest went to the host", "%llu host interrupts while spinning",
       (unsigned long long)(after.events[TANDEM_STAT_HOST_IRQ] - before.events[TANDEM_STAT_HOST_IRQ]));
    ok(after.events[TANDEM_STAT_HOST_SIGNAL] == before.events[TANDEM_STAT_HOST_SIGNAL] + 1,
       "the stop is counted", "%s", "");
    /* The vCPU is still good: send it somewhere sane and run it. */
    EXPECT_TRAP("the vCPU runs again after EINTR", int3, base_state(), TANDEM_EXC_BP, CODE_VA + 1, 0, 0);

    /*
     * 9b. NMIs that hit the guest go to the host's NMI handler.  With two
     * CPUs, a child on CPU 1 keeps asking for an all-CPU backtrace (sysrq
     * 'l', which Linux sends as NMIs) while the guest spins on CPU 0.  The
     * host prints "NMI backtrace for cpu 0" (with a call trace through the
     * module) for each NMI it got; after checking that and that nothing
     * else complained, the test clears the kernel log, so init.sh's check
     * for complaints still covers everything before and after.
     */
    if (sysconf(_SC_NPROCESSORS_ONLN) >= 2 && pin_to_cpu(0) == 0) {
        int complained_before = log_has_complaint(kernel_log());
        pid_t nmi_child = fork();
        if (nmi_child == 0) {
            pin_to_cpu(1);
            for (;;) {
                int t = open("/proc/sysrq-trigger", O_WRONLY);
                if (t >= 0) {
                    if (write(t, "l", 1) != 1)
                        _exit(2);
                    close(t);
                }
                usleep(20000);
            }
        }
        LOAD(spin);
        st = base_state();
        set_state(&st);
        before = get_stats();
        alarm(2);
        r = run_once(&run);
        kill(nmi_child, SIGKILL);
        waitpid(nmi_child, NULL, 0);
        after = get_stats();
        const char *log = kernel_log();
        ok(r == -EINTR && after.events[TANDEM_STAT_HOST_NMI] > before.events[TANDEM_STAT_HOST_NMI],
           "NMIs while the guest spins reach the host, RUN still ends with EINTR",
           "r=%d, %llu NMIs", r,
           (unsigned long long)(after.events[TANDEM_STAT_HOST_NMI] - before.events[TANDEM_STAT_HOST_NMI]));
        ok(strstr(log, "NMI backtrace for cpu 0") != NULL, "the host's NMI handler ran on the guest's CPU", "%s", "");
        ok(!complained_before && !log_has_complaint(log), "no Oops/BUG/WARNING around the NMIs", "%s", "");
        if (!complained_before && !log_has_complaint(log))
            klogctl(5 /* SYSLOG_ACTION_CLEAR */, NULL, 0);
        EXPECT_TRAP("the vCPU runs again after the NMIs", int3, base_state(), TANDEM_EXC_BP, CODE_VA + 1, 0, 0);
        cpu_set_t all;
        CPU_ZERO(&all);
        for (int c = 0; c < CPU_SETSIZE; c++)
            CPU_SET(c, &all);
        sched_setaffinity(0, sizeof all, &all);
    } else {
        printf("ok %d - NMIs reach the host # SKIP needs two CPUs\n", ++test_count);
    }

    /* 10. Only the VM's own process may run it. */
    pid_t child = fork();
    if (child == 0) {
        int cr = ioctl(fd, TANDEM_IOC_RUN, &run);
        _exit(cr == -1 && errno == EPERM ? 0 : 1);
    }
    int status = -1;
    waitpid(child, &status, 0);
    ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a forked child's RUN is EPERM", "status %#x", status);

    /* 11. Statistics: one counter per event kind and per vector. */
    struct tandem_stats s = get_stats();
    const tandem_u64 *e = s.events;
    ok(s.exceptions[TANDEM_EXC_BP] >= 10 && s.exceptions[TANDEM_EXC_GP] >= 9 &&
           s.exceptions[TANDEM_EXC_UD] >= 1 && s.exceptions[TANDEM_EXC_DE] == 1 &&
           e[TANDEM_STAT_SYSCALL] == 2 && e[TANDEM_STAT_UPCALL_SYSCALL] == 2 &&
           e[TANDEM_STAT_PF_TO_GUEST] == 5 && e[TANDEM_STAT_UPCALL_EXCEPTION] > 20 &&
           e[TANDEM_STAT_UPCALL_IRQ] == 0 && e[TANDEM_STAT_EXIT_SHUTDOWN] == 0 &&
           e[TANDEM_STAT_HYPERCALL] == e[TANDEM_STAT_UPCALL_EXCEPTION] + e[TANDEM_STAT_UPCALL_SYSCALL] &&
           s.exceptions[TANDEM_HYPERCALL_VECTOR] == e[TANDEM_STAT_HYPERCALL] &&
           e[TANDEM_STAT_WORLD_SWITCH] >= e[TANDEM_STAT_HYPERCALL] + e[TANDEM_STAT_UPCALL_EXCEPTION] +
                                             e[TANDEM_STAT_UPCALL_SYSCALL],
       "GET_STATS counts per vector and per event kind (one exit hypercall per event)",
       "#BP %llu #GP %llu #UD %llu #DE %llu syscalls %llu/%llu reflected, pf to guest %llu, exceptions reflected %llu, "
       "irqs %llu, shutdowns %llu, hypercalls %llu (trap 31: %llu), switches %llu",
       (unsigned long long)s.exceptions[3], (unsigned long long)s.exceptions[13],
       (unsigned long long)s.exceptions[6], (unsigned long long)s.exceptions[0],
       (unsigned long long)e[TANDEM_STAT_UPCALL_SYSCALL], (unsigned long long)e[TANDEM_STAT_SYSCALL],
       (unsigned long long)e[TANDEM_STAT_PF_TO_GUEST], (unsigned long long)e[TANDEM_STAT_UPCALL_EXCEPTION],
       (unsigned long long)e[TANDEM_STAT_UPCALL_IRQ], (unsigned long long)e[TANDEM_STAT_EXIT_SHUTDOWN],
       (unsigned long long)e[TANDEM_STAT_HYPERCALL], (unsigned long long)s.exceptions[TANDEM_HYPERCALL_VECTOR],
       (unsigned long long)e[TANDEM_STAT_WORLD_SWITCH]);

    /* 12. The round trip of a null RUN (an int3 upcall and the exit hypercall).  TCG: not representative. */
    LOAD(loop_int3);
    st = base_state();
    set_state(&st);
    const int n = 2000;
    int bad = 0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    unsigned long long c0 = __rdtsc();
    for (int i = 0; i < n; i++)
        bad += !vmlib_exit(run_event(&run, &ev), &run, &ev, TANDEM_CP_EVENT_EXCEPTION) || ev.vector != TANDEM_EXC_BP;
    unsigned long long c1 = __rdtsc();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) / n;
    ok(bad == 0, "2000 null RUNs (int3 upcall, exit hypercall)", "%d bad", bad);
    printf("# null RUN round trip (int3 upcall, exit hypercall): %.0f ns, %.0f TSC cycles per RUN (qemu TCG: not representative)\n",
           ns, (double)(c1 - c0) / n);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < n; i++)
        syscall(SYS_getppid);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns_getppid = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) / n;
    printf("# for scale, in the same boot: getppid %.0f ns, so a null RUN = %.1f getppid\n", ns_getppid,
           ns / ns_getppid);

    /* 13. Teardown and a second VM: nothing of the first one is left behind. */
    close(fd);
    munmap(mem, mem_size);
    r = make_vm();
    if (r == 0)
        r = describe_vmlib();
    ok(r == 0, "a second VM (with its vmlib) after closing the first", "%s", r ? strerror(errno) : "");
    if (r == 0)
        EXPECT_TRAP("the second VM runs", mov42, base_state(), TANDEM_EXC_BP, CODE_VA + LEN(mov42), 0, 0);

    /*
     * 15. Address spaces the shadow keeps (kmod/spaces.c): a guest CR3
     * load that does not flush finds the user window of its address space
     * as it left it, after another address space ran; a flushing load, a
     * full queue of others or an eviction refills it.
     */
    {
        build_space(0);
        build_space(1);
        struct tandem_stats s0 = get_stats();
        long a1 = space_touch(0, 1, 1);
        long b1 = space_touch(1, 2, 1);
        long a2 = space_touch(0, 1, 0);
        struct tandem_stats s1 = get_stats();
        ok(a1 == 16 && b1 == 16, "two address spaces (PCIDs 1 and 2) each fill their 16 pages once",
           "fills %ld and %ld", a1, b1);
        ok(a2 == 0 && s1.events[TANDEM_STAT_SPACE_REUSED] == s0.events[TANDEM_STAT_SPACE_REUSED] + 1,
           "switched away and back without a flush: the first space's pages are all still mapped (counted)",
           "fills %ld, reused %llu", a2,
           (unsigned long long)(s1.events[TANDEM_STAT_SPACE_REUSED] - s0.events[TANDEM_STAT_SPACE_REUSED]));
        long b2 = space_touch(1, 2, 1);
        ok(b2 == 16, "a flushing CR3 load refills its address space", "fills %ld", b2);
        long c1 = space_touch(1, 3, 0);
        ok(c1 == 16, "the same root under another PCID is another address space", "fills %ld", c1);
        struct tandem_stats s2 = get_stats();
        for (unsigned p = 4; p < 4 + SPACES_KEPT; p++)
            space_touch(1, p, 1);
        long a3 = space_touch(0, 1, 0);
        struct tandem_stats s3 = get_stats();
        ok(a3 == 16 && s3.events[TANDEM_STAT_SPACE_EVICTED] > s2.events[TANDEM_STAT_SPACE_EVICTED],
           "the cache is bounded: after 8 other address spaces the first one was evicted and refills",
           "fills %ld, evicted %llu", a3,
           (unsigned long long)(s3.events[TANDEM_STAT_SPACE_EVICTED] - s2.events[TANDEM_STAT_SPACE_EVICTED]));

        /*
         * 16. The invalidation queue: the guest unmaps a user page it read
         * and queues the invlpg in vmlib's head (no hypercall); the next
         * user instruction faults on it.  The second ENTER_USER would be
         * the switcher's fast path, which leaves a non-empty queue to C.
         */
        struct tandem_cp_event e1 = user_read(USER_DATA_VA);
        ok(e1.kind == TANDEM_CP_EVENT_EXCEPTION && e1.vector == TANDEM_EXC_BP &&
               e1.regs.gpr[TANDEM_RAX] == SPACE_MARK(0, 0),
           "guest user code reads its page", "kind=%u vector=%u rax=%#llx", e1.kind, e1.vector,
           (unsigned long long)e1.regs.gpr[TANDEM_RAX]);
        struct tandem_stats q0 = get_stats();
        space_table(0, 1)[16] = 0;
        head()->inval[0] = (struct tandem_cp_inval){ USER_DATA_VA, 1, 1 };
        head()->inval_count = 1;
        struct tandem_cp_event e2 = user_read(USER_DATA_VA);
        struct tandem_stats q1 = get_stats();
        ok(e2.kind == TANDEM_CP_EVENT_EXCEPTION && e2.vector == TANDEM_EXC_PF && e2.cr2 == USER_DATA_VA &&
               e2.regs.rip == USER_CODE_VA,
           "a queued invalidation is applied before the next user instruction: the unmapped page faults",
           "kind=%u vector=%u cr2=%#llx rip=%#llx rax=%#llx", e2.kind, e2.vector, (unsigned long long)e2.cr2,
           (unsigned long long)e2.regs.rip, (unsigned long long)e2.regs.gpr[TANDEM_RAX]);
        ok(head()->inval_count == 0 && q1.events[TANDEM_STAT_INVAL_BATCH] == q0.events[TANDEM_STAT_INVAL_BATCH] + 1 &&
               q1.events[TANDEM_STAT_INVAL_APPLIED] == q0.events[TANDEM_STAT_INVAL_APPLIED] + 1,
           "the module emptied the queue (one batch, one entry)", "count=%u", head()->inval_count);
        /*
         * A range entry: pages 1 to 3 now map space 1's frames, and page 3
         * (not accessed yet, so no fill takes it along) is not in the range:
         * it keeps its old frame, as a TLB entry would.
         */
        for (int page = 1; page <= 3; page++)
            space_table(0, 1)[16 + page] = SPACE_DATA_GPA(1, page) | PTE_USER_RW;
        space_table(0, 1)[16 + 3] &= ~TANDEM_PTE_A;
        head()->inval[0] = (struct tandem_cp_inval){ USER_DATA_VA + 0x1000, 2, 1 };
        head()->inval_count = 1;
        struct tandem_cp_event r1 = user_read(USER_DATA_VA + 0x1000);
        struct tandem_cp_event r3 = user_read(USER_DATA_VA + 0x3000);
        ok(r1.regs.gpr[TANDEM_RAX] == SPACE_MARK(1, 1) && r3.regs.gpr[TANDEM_RAX] == SPACE_MARK(0, 3),
           "a queued range drops its pages and only those", "page 1 %#llx, page 3 %#llx",
           (unsigned long long)r1.regs.gpr[TANDEM_RAX],
           (unsigned long long)r3.regs.gpr[TANDEM_RAX]);
        /*
         * Invalidated pages refilled at once (kmod/spaces.c): the guest
         * re-points page 0 to a new frame, accessed and dirty, as a
         * copy-on-write break does, unmaps page 4, re-points page 5 to a
         * frame it never accessed and page 6 to one accessed but clean,
         * and queues one invlpg each.  The next user read of page 0 takes
         * no fill trap and reads the new frame; page 4 still faults; page
         * 5 was not refilled (the module set no A bit); page 6 was refilled
         * read-only, so the user's first write to it faults and sets D.
         */
        space_table(0, 1)[16] = SPACE_DATA_GPA(0, 0) | PTE_USER_RW;
        for (int page = 4; page <= 6; page++)
            space_table(0, 1)[16 + page] = SPACE_DATA_GPA(0, page) | PTE_USER_RW;
        for (int page = 0; page <= 6; page += page ? 1 : 4)
            user_read(USER_DATA_VA + (tandem_u64)page * 0x1000);
        space_table(0, 1)[16] = SPACE_DATA_GPA(1, 0) | PTE_USER_RW;
        space_table(0, 1)[16 + 4] = 0;
        space_table(0, 1)[16 + 5] = SPACE_DATA_GPA(1, 5) | (PTE_USER_RW & ~(TANDEM_PTE_A | TANDEM_PTE_D));
        space_table(0, 1)[16 + 6] = SPACE_DATA_GPA(1, 6) | (PTE_USER_RW & ~TANDEM_PTE_D);
        for (int i = 0; i < 4; i++)
            head()->inval[i] = (struct tandem_cp_inval){ USER_DATA_VA + (tandem_u64)(i ? i + 3 : 0) * 0x1000, 1, 1 };
        head()->inval_count = 4;
        struct tandem_stats v0 = get_stats();
        struct tandem_cp_event rd0 = user_read(USER_DATA_VA);
        struct tandem_stats v1 = get_stats();
        tandem_u64 rd0_fills = v1.events[TANDEM_STAT_SHADOW_FILL] - v0.events[TANDEM_STAT_SHADOW_FILL];
        tandem_u64 rd0_refilled = v1.events[TANDEM_STAT_INVAL_REFILLED] - v0.events[TANDEM_STAT_INVAL_REFILLED];
        ok(rd0.kind == TANDEM_CP_EVENT_EXCEPTION && rd0.vector == TANDEM_EXC_BP &&
               rd0.regs.gpr[TANDEM_RAX] == SPACE_MARK(1, 0) && rd0_fills == 0 && rd0_refilled == 2,
           "an invalidated page the guest re-pointed to an accessed frame is refilled at once: no fill trap, new frame (counted)",
           "vector=%u rax=%#llx fills %llu refilled %llu", rd0.vector, (unsigned long long)rd0.regs.gpr[TANDEM_RAX],
           (unsigned long long)rd0_fills, (unsigned long long)rd0_refilled);
        ok(!(space_table(0, 1)[16 + 5] & TANDEM_PTE_A), "a re-pointed page never accessed is not refilled (A stays clear)",
           "pte %#llx", (unsigned long long)space_table(0, 1)[16 + 5]);
        struct tandem_cp_event rd4 = user_read(USER_DATA_VA + 0x4000);
        ok(rd4.kind == TANDEM_CP_EVENT_EXCEPTION && rd4.vector == TANDEM_EXC_PF && rd4.cr2 == USER_DATA_VA + 0x4000,
           "an invalidated page the guest unmapped still faults", "kind=%u vector=%u cr2=%#llx", rd4.kind, rd4.vector,
           (unsigned long long)rd4.cr2);
        struct tandem_stats v2 = get_stats();
        struct tandem_cp_event wr6 = user_access(USER_DATA_VA + 0x6000, g_user_store, g_user_store_end);
        struct tandem_stats v3 = get_stats();
        tandem_u64 wr6_fills = v3.events[TANDEM_STAT_SHADOW_FILL] - v2.events[TANDEM_STAT_SHADOW_FILL];
        ok(wr6.kind == TANDEM_CP_EVENT_EXCEPTION && wr6.vector == TANDEM_EXC_BP && wr6_fills == 1 &&
               (space_table(0, 1)[16 + 6] & TANDEM_PTE_D) &&
               *(tandem_u64 *)(mem + SPACE_DATA_GPA(1, 6)) == USER_DATA_VA + 0x6000,
           "a refilled clean page is read-only: the first user write faults, sets D and lands in the new frame",
           "vector=%u fills %llu pte %#llx", wr6.vector, (unsigned long long)wr6_fills,
           (unsigned long long)space_table(0, 1)[16 + 6]);
        *(tandem_u64 *)(mem + SPACE_DATA_GPA(1, 6)) = SPACE_MARK(1, 6);

        head()->inval[0] = (struct tandem_cp_inval){ TANDEM_CP_INVAL_ALL_PAGES, 0, TANDEM_CP_INVAL_ALL_PCIDS };
        head()->inval_count = 1;
        r3 = user_read(USER_DATA_VA + 0x3000);
        ok(r3.regs.gpr[TANDEM_RAX] == SPACE_MARK(1, 3), "a queued full flush drops every page",
           "page 3 %#llx", (unsigned long long)r3.regs.gpr[TANDEM_RAX]);
        head()->inval_count = 1000; /* not a queue vmlib wrote: everything is flushed, nothing else */
        space_table(0, 1)[16 + 3] = SPACE_DATA_GPA(0, 3) | PTE_USER_RW;
        r3 = user_read(USER_DATA_VA + 0x3000);
        ok(r3.regs.gpr[TANDEM_RAX] == SPACE_MARK(0, 3) && head()->inval_count == 0,
           "a queue count beyond its size flushes every window", "page 3 %#llx, count %u",
           (unsigned long long)r3.regs.gpr[TANDEM_RAX], head()->inval_count);

        /*
         * 17. The guest kernel's lazy FPU switch: a user process's first
         * FPU instruction with the guest's TS set is the guest's #NM,
         * delivered through its IDT; its handler's clts and first FPU
         * instruction must not trap again (fpu.c lends it a clear TS with
         * the image loaded), and the loan ends with its return to user
         * mode: the next process's first FPU instruction is #NM again.
         */
        EXPECT_TRAP("the guest puts a value in %xmm3 again", set_xmm3, base_state(), TANDEM_EXC_BP,
                    CODE_VA + LEN(set_xmm3), 0, 0);
        build_idt();
        struct tandem_regs *block = (struct tandem_regs *)(mem + ENTER_GPA);
        memset(block, 0, sizeof *block);
        block->rip = USER_CODE_VA;
        block->gpr[TANDEM_RSP] = 0x7ff000;
        block->gpr[TANDEM_RBX] = TANDEM_PHYS_TO_VIRT(ENTER_GPA);
        block->gpr[TANDEM_R10] = TANDEM_PHYS_TO_VIRT(HEAD_GPA) + offsetof(struct tandem_cp_vcpu, state.cpl);
        block->gpr[TANDEM_R12] = VMLIB_VA + VMLIB_OFF(exit_end) - 2; /* the minimal vmlib's int $31 */
        block->gpr[TANDEM_R14] = TANDEM_PHYS_TO_VIRT(HEAD_GPA) + offsetof(struct tandem_cp_vcpu, state.cr0);
        block->gpr[TANDEM_R15] = DATA_VA;
        block->rflags = RFLAGS_BASE;
        memcpy(mem + USER_CODE_GPA, g_nm_user, (size_t)(g_nm_user_end - g_nm_user));
        memcpy(mem + CODE_GPA + (NM_HANDLER_VA - CODE_VA), g_nm_handler, (size_t)(g_nm_handler_end - g_nm_handler));
        LOAD(nm_enter);
        *(tandem_u64 *)(mem + DATA_GPA) = 0;
        head()->state.cr3 = SPACE_GPA(0) | 1;
        head()->state.cpl = 3;
        head()->state.cr0 = TANDEM_CR0_TS;
        st = base_state();
        memcpy(st.regs.gpr, block->gpr, sizeof st.regs.gpr);
        st.regs.gpr[TANDEM_RSP] = STACK_VA;
        struct tandem_stats n0 = get_stats();
        struct tandem_cp_event ne;
        memset(&ne, 0, sizeof ne);
        r = set_state(&st);
        if (r == 0)
            r = run_event(&run, &ne);
        struct tandem_stats n1 = get_stats();
        tandem_u64 nms = n1.exceptions[TANDEM_EXC_NM] - n0.exceptions[TANDEM_EXC_NM];
        tandem_u64 lent = n1.events[TANDEM_STAT_FPU_LENT] - n0.events[TANDEM_STAT_FPU_LENT];
        tandem_u64 switches = n1.events[TANDEM_STAT_WORLD_SWITCH] - n0.events[TANDEM_STAT_WORLD_SWITCH];
        tandem_u64 handled = *(tandem_u64 *)(mem + DATA_GPA);
        ok(vmlib_exit(r, &run, &ne, TANDEM_CP_EVENT_EXCEPTION) && ne.vector == TANDEM_EXC_BP &&
               ne.regs.rip == NM_HANDLER_VA + LEN(nm_handler) && handled == 2 &&
               ne.regs.gpr[TANDEM_RAX] == 0x1122334455667788ull,
           "two user first uses of the FPU each reach the guest kernel's #NM handler, which reads its own %xmm3",
           "r=%d reason=%u '%s' kind=%u vector=%u rip=%#llx handled=%llu rax=%#llx", r, run.exit_reason, run.message,
           ne.kind, ne.vector, (unsigned long long)ne.regs.rip, (unsigned long long)handled,
           (unsigned long long)ne.regs.gpr[TANDEM_RAX]);
        ok(nms == 2 && lent == 2,
           "the handler's clts and first FPU instruction took no second #NM (one trap per first use, counted)",
           "#NM %llu, lent %llu, world switches %llu", (unsigned long long)nms, (unsigned long long)lent,
           (unsigned long long)switches);
        printf("# lazy FPU: %llu world switches for 2 first uses (each: #NM, ENTER_USER, a user fill at most)\n",
               (unsigned long long)switches);
        head()->state.cr0 = 0;
        head()->state.cpl = 0;

        /*
         * 18. A guest kernel exception outside vmlib goes through the
         * guest's IDT in the module too (issue 17 item 4): kernel code's
         * ud2 reaches the #UD gate's handler (an int3, which vmlib gets)
         * with a hardware frame on the kernel stack, no upcall for the #UD.
         */
        set_gate(TANDEM_EXC_UD, UD_HANDLER_VA);
        memcpy(mem + CODE_GPA + (UD_HANDLER_VA - CODE_VA), g_int3, (size_t)(g_int3_end - g_int3));
        struct tandem_stats k0 = get_stats();
        out = EXPECT_TRAP("a guest kernel #UD is delivered through the guest's IDT by the module", ud2, base_state(),
                          TANDEM_EXC_BP, UD_HANDLER_VA + 1, 0, 0);
        struct tandem_stats k1 = get_stats();
        tandem_u64 frame[5] = { 0 };
        tandem_u64 rsp = out.regs.gpr[TANDEM_RSP];
        if (rsp >= TANDEM_DIRECT_MAP_BASE && rsp - TANDEM_DIRECT_MAP_BASE + sizeof frame <= mem_size)
            memcpy(frame, mem + (rsp - TANDEM_DIRECT_MAP_BASE), sizeof frame);
        ok(rsp == (STACK_VA & ~15ull) - 40 && frame[0] == CODE_VA && frame[3] == STACK_VA &&
               k1.events[TANDEM_STAT_DIRECT_EXCEPTION] == k0.events[TANDEM_STAT_DIRECT_EXCEPTION] + 1 &&
               k1.events[TANDEM_STAT_UPCALL_EXCEPTION] == k0.events[TANDEM_STAT_UPCALL_EXCEPTION] + 1,
           "... with the hardware frame on its stack (RIP of the ud2, old RSP), counted as direct, one upcall (the int3)",
           "rsp=%#llx frame rip=%#llx rsp=%#llx, direct +%llu, upcalls +%llu", (unsigned long long)rsp,
           (unsigned long long)frame[0], (unsigned long long)frame[3],
           (unsigned long long)(k1.events[TANDEM_STAT_DIRECT_EXCEPTION] - k0.events[TANDEM_STAT_DIRECT_EXCEPTION]),
           (unsigned long long)(k1.events[TANDEM_STAT_UPCALL_EXCEPTION] - k0.events[TANDEM_STAT_UPCALL_EXCEPTION]));

        /*
         * 19. Interrupts delivered by the module (issue 17 item 4): a timer
         * deadline that passed while the virtual IF is set reaches the timer
         * gate's handler (an int3, which vmlib gets) through the guest's IDT,
         * acknowledged as vmlib acknowledges it (the line leaves irq_pending,
         * the interrupt gate clears the virtual IF), without an upcall for
         * the interrupt.  Inside an sti's shadow the line waits.
         */
        set_gate(TANDEM_VEC_TIMER, TIMER_HANDLER_VA);
        memcpy(mem + CODE_GPA + (TIMER_HANDLER_VA - CODE_VA), g_int3, (size_t)(g_int3_end - g_int3));
        struct tandem_stats i0 = get_stats();
        head()->vif = 1;
        head()->sti_shadow = 1;
        head()->state.timer_deadline_ns = 1; /* long passed */
        EXPECT_TRAP("inside the sti shadow the guest runs on", mov42, base_state(), TANDEM_EXC_BP,
                    CODE_VA + LEN(mov42), 0, 0);
        ok(head()->state.irq_pending == TANDEM_IRQ_LINE_BIT(TANDEM_VEC_TIMER) && head()->state.timer_deadline_ns == 0,
           "... and the passed deadline is a pending timer line", "pending %#llx, deadline %llu",
           (unsigned long long)head()->state.irq_pending, (unsigned long long)head()->state.timer_deadline_ns);
        head()->sti_shadow = 0;
        out = EXPECT_TRAP("the pending timer line is delivered through the guest's IDT by the module", mov42,
                          base_state(), TANDEM_EXC_BP, TIMER_HANDLER_VA + 1, 0, 0);
        struct tandem_stats i1 = get_stats();
        memset(frame, 0, sizeof frame);
        rsp = out.regs.gpr[TANDEM_RSP];
        if (rsp >= TANDEM_DIRECT_MAP_BASE && rsp - TANDEM_DIRECT_MAP_BASE + sizeof frame <= mem_size)
            memcpy(frame, mem + (rsp - TANDEM_DIRECT_MAP_BASE), sizeof frame);
        tandem_u64 irq_direct = i1.events[TANDEM_STAT_DIRECT_IRQ] - i0.events[TANDEM_STAT_DIRECT_IRQ];
        tandem_u64 irq_upcalls = i1.events[TANDEM_STAT_UPCALL_IRQ] - i0.events[TANDEM_STAT_UPCALL_IRQ];
        ok(frame[0] == CODE_VA && (frame[2] & TANDEM_RFLAGS_IF) && frame[3] == STACK_VA && head()->state.irq_pending == 0 &&
               head()->vif == 0 && irq_direct == 1 && irq_upcalls == 0,
           "... before the first instruction, acknowledged (no line pending, virtual IF clear), counted, no upcall",
           "frame rip=%#llx rflags=%#llx rsp=%#llx, pending %#llx, vif %u, direct +%llu, upcalls +%llu",
           (unsigned long long)frame[0], (unsigned long long)frame[2], (unsigned long long)frame[3],
           (unsigned long long)head()->state.irq_pending, head()->vif, (unsigned long long)irq_direct,
           (unsigned long long)irq_upcalls);
        head()->vif = 0;
        memset(&head()->state.idtr, 0, sizeof head()->state.idtr); /* later checks expect vmlib to get every event */
    }

    /*
     * 14. The switcher never enters a non-canonical RIP: the guest kernel
     * enters user mode (TANDEM_HC_ENTER_USER) with one; the module stops
     * the VM (SHUTDOWN) instead, and again on the next RUN.
     */
    {
        struct tandem_regs *block = (struct tandem_regs *)(mem + ENTER_GPA);
        memset(block, 0, sizeof *block);
        block->rip = 0x8000000000000000ull;
        block->gpr[TANDEM_RSP] = 0x7ff000;
        block->rflags = RFLAGS_BASE;
        LOAD(enter_user);
        st = base_state();
        st.regs.gpr[TANDEM_RBX] = TANDEM_PHYS_TO_VIRT(ENTER_GPA);
        r = set_state(&st);
        if (r == 0)
            r = run_once(&run);
        ok(r == 0 && run.exit_reason == TANDEM_EXIT_SHUTDOWN && run.fault_rip == 0x8000000000000000ull &&
               strstr(run.message, "non-canonical") != NULL,
           "ENTER_USER to a non-canonical RIP stops the VM", "r=%d reason=%u rip=%#llx '%s'", r, run.exit_reason,
           (unsigned long long)run.fault_rip, run.message);
        r = run_once(&run);
        ok(r == 0 && run.exit_reason == TANDEM_EXIT_SHUTDOWN && run.fault_rip == 0x8000000000000000ull,
           "RUN again: stopped again, never a switcher fault", "r=%d reason=%u rip=%#llx", r, run.exit_reason,
           (unsigned long long)run.fault_rip);
        /*
         * The VM stopped in guest user mode; a new SET_STATE is the guest
         * kernel's state and runs on the kernel shadow root (a user root
         * there would fault on the kernel code's fetch).
         */
        EXPECT_TRAP("SET_STATE after a stop in guest user mode runs guest kernel code again", mov42,
                    base_state(), TANDEM_EXC_BP, CODE_VA + LEN(mov42), 0, 0);
    }

    close(fd);

    printf("1..%d\n", test_count);
    return failures ? 1 : 0;
}
