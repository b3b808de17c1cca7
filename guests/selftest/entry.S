/*
 * Event entry and user-mode switching for the selftest: one stub per IDT
 * vector (trap_stubs[]), the common trap path into trap_dispatch(), the
 * syscall entry point (LSTAR) and the two ways into user mode (iretq and
 * sysretq) with their way back (user_abort / a user syscall).
 */
#include "abi.h"

    .text

/* A stub pushes a dummy error code when the CPU pushes none, then the vector. */
.macro STUB vec, haserr
    .balign 16
trap_stub_\vec:
    .if \haserr == 0
    pushq $0
    .endif
    pushq $\vec
    jmp trap_common
.endm

    STUB 0, 0
    STUB 1, 0
    STUB 2, 0
    STUB 3, 0
    STUB 4, 0
    STUB 5, 0
    STUB 6, 0
    STUB 7, 0
    STUB 8, 1
    STUB 9, 0
    STUB 10, 1
    STUB 11, 1
    STUB 12, 1
    STUB 13, 1
    STUB 14, 1
    STUB 15, 0
    STUB 16, 0
    STUB 17, 1
    STUB 18, 0
    STUB 19, 0
    STUB 20, 0
    STUB 21, 1
    STUB 22, 0
    STUB 23, 0
    STUB 24, 0
    STUB 25, 0
    STUB 26, 0
    STUB 27, 0
    STUB 28, 0
    STUB 29, 1
    STUB 30, 1
    STUB 31, 0
    STUB 32, 0
    STUB 33, 0
    STUB 34, 0
    STUB 35, 0

/* trap_common saves the general registers as a TrapFrame, calls
 * trap_dispatch(frame) on a 16-byte aligned stack and returns with iretq. */
trap_common:
    pushq %rax
    pushq %rbx
    pushq %rcx
    pushq %rdx
    pushq %rsi
    pushq %rdi
    pushq %rbp
    pushq %r8
    pushq %r9
    pushq %r10
    pushq %r11
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, %rdi
    movq %rsp, %rbx
    andq $-16, %rsp
    cld
    call trap_dispatch
    movq %rbx, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %r11
    popq %r10
    popq %r9
    popq %r8
    popq %rbp
    popq %rdi
    popq %rsi
    popq %rdx
    popq %rcx
    popq %rbx
    popq %rax
    addq $16, %rsp
    iretq

/* Saves the kernel's callee-saved registers and stack so that user_abort
 * and the syscall entry can return from user_enter/user_resume_sysret. */
.macro SAVE_KERNEL_CONTEXT
    pushq %rbx
    pushq %rbp
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, g_kernel_rsp(%rip)
.endm

/* Loads every general register but RAX from the UserRegs at RAX. */
.macro LOAD_USER_GPRS
    movq R_R15(%rax), %r15
    movq R_R14(%rax), %r14
    movq R_R13(%rax), %r13
    movq R_R12(%rax), %r12
    movq R_R11(%rax), %r11
    movq R_R10(%rax), %r10
    movq R_R9(%rax), %r9
    movq R_R8(%rax), %r8
    movq R_RBP(%rax), %rbp
    movq R_RDI(%rax), %rdi
    movq R_RSI(%rax), %rsi
    movq R_RDX(%rax), %rdx
    movq R_RCX(%rax), %rcx
    movq R_RBX(%rax), %rbx
.endm

/* int user_enter(const UserRegs *regs): enters user mode (CPL 3) at
 * regs->rip with iretq; returns RUN_SYSCALL or RUN_EXCEPTION when the user
 * code leaves again, with its registers in g_user_regs. */
    .globl user_enter
user_enter:
    SAVE_KERNEL_CONTEXT
    movq %rdi, %rax
    pushq $(SEL_UDATA | 3)
    pushq R_RSP(%rax)
    pushq R_RFLAGS(%rax)
    pushq $(SEL_UCODE | 3)
    pushq R_RIP(%rax)
    LOAD_USER_GPRS
    movq R_RAX(%rax), %rax
    iretq

/* int user_resume_sysret(const UserRegs *regs): like user_enter, but
 * returns to user mode with sysretq (RCX = rip, R11 = rflags). */
    .globl user_resume_sysret
user_resume_sysret:
    SAVE_KERNEL_CONTEXT
    movq %rdi, %rax
    LOAD_USER_GPRS
    movq R_RIP(%rax), %rcx
    movq R_RFLAGS(%rax), %r11
    movq R_RSP(%rax), %rsp
    movq R_RAX(%rax), %rax
    sysretq

/* void user_abort(int reason): ends the current user run from a trap
 * handler, returning `reason` from user_enter on the kernel stack. */
    .globl user_abort
user_abort:
    movl %edi, %eax
    jmp return_to_kernel

/* syscall_entry is LSTAR.  Every user system call ends the run: the user
 * registers go to g_user_regs (rip = RCX, rflags = R11), CS and RFLAGS as
 * seen on entry to g_syscall_cs / g_syscall_rflags, and user_enter returns
 * RUN_SYSCALL. */
    .globl syscall_entry
syscall_entry:
    movq %rsp, g_user_regs+R_RSP(%rip)
    movq %rax, g_user_regs+R_RAX(%rip)
    movq %rbx, g_user_regs+R_RBX(%rip)
    movq %rcx, g_user_regs+R_RCX(%rip)
    movq %rcx, g_user_regs+R_RIP(%rip)
    movq %rdx, g_user_regs+R_RDX(%rip)
    movq %rsi, g_user_regs+R_RSI(%rip)
    movq %rdi, g_user_regs+R_RDI(%rip)
    movq %rbp, g_user_regs+R_RBP(%rip)
    movq %r8, g_user_regs+R_R8(%rip)
    movq %r9, g_user_regs+R_R9(%rip)
    movq %r10, g_user_regs+R_R10(%rip)
    movq %r11, g_user_regs+R_R11(%rip)
    movq %r11, g_user_regs+R_RFLAGS(%rip)
    movq %r12, g_user_regs+R_R12(%rip)
    movq %r13, g_user_regs+R_R13(%rip)
    movq %r14, g_user_regs+R_R14(%rip)
    movq %r15, g_user_regs+R_R15(%rip)
    movq g_kernel_rsp(%rip), %rsp
    pushfq
    popq %rax
    movq %rax, g_syscall_rflags(%rip)
    xorl %eax, %eax
    movw %cs, %ax
    movq %rax, g_syscall_cs(%rip)
    movl $RUN_SYSCALL, %eax
return_to_kernel:
    movq g_kernel_rsp(%rip), %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbp
    popq %rbx
    ret

    .section .rodata
    .balign 8
/* trap_stubs[v] is the entry of vector v, for the IDT (desc.cpp). */
    .globl trap_stubs
trap_stubs:
    .irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35
    .quad trap_stub_\v
    .endr

    .data
    .balign 8
    .globl g_kernel_rsp, g_syscall_rflags, g_syscall_cs
g_kernel_rsp:
    .quad 0
g_syscall_rflags:
    .quad 0
g_syscall_cs:
    .quad 0
