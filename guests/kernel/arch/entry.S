/*
 * Kernel entry and exit: exception/interrupt stubs, the system-call entry
 * (LSTAR) and the common return path.  Every entry builds a TrapFrame
 * (arch/frame.h) on the task's kernel stack and calls into C++.
 *
 * Rewriting note: privileged instructions here (swapgs, iretq) become calls
 * into vmlib, which push onto the current stack.  So no such instruction may
 * run while RSP is the user's stack: the syscall entry switches stacks
 * before its swapgs, and the return to user mode uses iretq (executed on
 * the kernel stack), never sysretq (which would need RSP = the user's stack
 * and would clobber the user's red zone below it).
 */
#include "arch/asm_defs.h"

#define PERCPU_KERNEL_RSP 16

    .text

/* A stub pushes a dummy error code when the CPU pushes none, then the vector. */
.macro STUB vec, haserr
    .balign 16
isr_stub_\vec:
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

.macro SAVE_GPRS
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
.endm

/* trap_common: from user mode, swap to the kernel GS base first; then save
 * the registers and call trap_dispatch(frame).  The frame is 16-byte aligned
 * (the CPU aligned RSP before pushing 6 words; we push 16 more). */
trap_common:
    testb $3, 24(%rsp)          /* CS of the hardware frame */
    jz 1f
    swapgs
1:
    SAVE_GPRS
    cld
    movq %rsp, %rdi
    call trap_dispatch
    jmp trap_return

/* syscall_entry (LSTAR): RCX = user RIP, R11 = user RFLAGS, IF = 0 (FMASK).
 * Switches to the task's kernel stack with plain moves (one CPU: the per-CPU
 * area is a global), builds an iretq-shaped frame, then swapgs. */
    .globl syscall_entry
    .type syscall_entry, @function
syscall_entry:
    movq %rsp, g_percpu+24(%rip)
    movq g_percpu+PERCPU_KERNEL_RSP(%rip), %rsp
    pushq $SEL_UDATA
    pushq g_percpu+24(%rip)
    pushq %r11
    pushq $SEL_UCODE
    pushq %rcx
    pushq $0
    pushq $VEC_SYSCALL
    swapgs
    SAVE_GPRS
    cld
    movq %rsp, %rdi
    call syscall_dispatch
    jmp trap_return
    .size syscall_entry, .-syscall_entry

/* trap_return: RSP = a TrapFrame, IF = 0.  Restores the registers and
 * returns with iretq, swapping GS back first when going to user mode. */
    .globl trap_return
    .type trap_return, @function
trap_return:
    testb $3, TF_CS(%rsp)
    jz 2f
    swapgs
2:
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
    addq $16, %rsp              /* vector, error code */
    iretq
    .size trap_return, .-trap_return

/* void enter_user_mode(TrapFrame *frame): leaves a freshly exec'd task's
 * kernel context for good and returns to user mode through the frame. */
    .globl enter_user_mode
    .type enter_user_mode, @function
enter_user_mode:
    movq %rdi, %rsp
    jmp trap_return
    .size enter_user_mode, .-enter_user_mode

/* reload_segments: makes the new GDT's selectors current; lretq reloads CS
 * (the usual far return after lgdt), then the data segments. */
    .globl reload_segments
    .type reload_segments, @function
reload_segments:
    pushq $SEL_KCODE
    leaq 3f(%rip), %rax
    pushq %rax
    lretq
3:
    movw $SEL_KDATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    ret
    .size reload_segments, .-reload_segments

    .section .rodata
    .balign 8
    .globl isr_stub_table
isr_stub_table:
    .quad isr_stub_0, isr_stub_1, isr_stub_2, isr_stub_3, isr_stub_4, isr_stub_5
    .quad isr_stub_6, isr_stub_7, isr_stub_8, isr_stub_9, isr_stub_10, isr_stub_11
    .quad isr_stub_12, isr_stub_13, isr_stub_14, isr_stub_15, isr_stub_16, isr_stub_17
    .quad isr_stub_18, isr_stub_19, isr_stub_20, isr_stub_21, isr_stub_22, isr_stub_23
    .quad isr_stub_24, isr_stub_25, isr_stub_26, isr_stub_27, isr_stub_28, isr_stub_29
    .quad isr_stub_30, isr_stub_31, isr_stub_32, isr_stub_33, isr_stub_34, isr_stub_35
