/*
 * User-mode code of the selftest.  The kernel copies the bytes between
 * user_blob_start and user_blob_end into a user page at run time, so
 * everything here is position independent and free of sensitive
 * instructions (tandem-rewrite --verify checks that).  Each routine ends
 * with the SYS_EXIT system call, result in RDI.
 */
#include "abi.h"

    .section .text.user, "ax"
    .globl user_blob_start, user_blob_end
    .globl u_exit, u_exit_ret, u_return, u_echo, u_echo_ret, u_store_load, u_load, u_store
    .globl u_ud2, u_div0, u_div0_insn, u_int3, u_int3_after, u_noncanon, u_noncanon_insn
    .globl u_step, u_step_after
    .globl u_fs_load, u_fpu, u_spin, u_spin_end, u_redzone
    .balign 16
user_blob_start:

/* u_exit: ends the run with RDI as the result. */
u_exit:
    movl $SYS_EXIT, %eax
    syscall
u_exit_ret:
    ud2

/* u_return: proves user code ran: returns RDI + 1. */
u_return:
    leaq 1(%rdi), %rdi
    jmp u_exit

/* u_echo: SYS_ECHO with RDI and known flags (ZF|PF, R11 must be 0x246);
 * the kernel answers in RAX and returns here with sysretq. */
u_echo:
    xorl %eax, %eax
    cmpl %eax, %eax
    movl $SYS_ECHO, %eax
    syscall
u_echo_ret:
    movq %rax, %rdi
    jmp u_exit

/* u_redzone: fills the 128-byte red zone below RSP with a pattern, makes a
 * SYS_ECHO call (answered with sysretq) and returns 1 if the red zone is
 * intact, else 0x100 + how many bytes below RSP the lowest clobbered
 * quadword starts. */
u_redzone:
    movabsq $0x5a5aa5a55a5aa5a5, %rdx
    leaq -128(%rsp), %r8
1:
    movq %rdx, %rax
    xorq %r8, %rax
    movq %rax, (%r8)
    addq $8, %r8
    cmpq %rsp, %r8
    jne 1b
    movl $SYS_ECHO, %eax
    syscall
    leaq -128(%rsp), %r8
2:
    movq %rdx, %rax
    xorq %r8, %rax
    cmpq %rax, (%r8)
    jne 3f
    addq $8, %r8
    cmpq %rsp, %r8
    jne 2b
    movl $1, %edi
    jmp u_exit
3:
    movq %rsp, %rdi
    subq %r8, %rdi
    addq $0x100, %rdi
    jmp u_exit

/* u_store_load: *(RDI) = RSI, then returns *(RDI). */
u_store_load:
    movq %rsi, (%rdi)
    movq (%rdi), %rdi
    jmp u_exit

/* u_load: returns *(RDI). */
u_load:
    movq (%rdi), %rdi
    jmp u_exit

/* u_store: *(RDI) = RSI. */
u_store:
    movq %rsi, (%rdi)
    jmp u_exit

/* u_ud2: #UD at u_ud2. */
u_ud2:
    ud2

/* u_div0: #DE at u_div0_insn. */
u_div0:
    xorl %ecx, %ecx
    movl $1, %eax
    xorl %edx, %edx
u_div0_insn:
    divq %rcx
    jmp u_exit

/* u_int3: #BP, saved RIP must be u_int3_after. */
u_int3:
    int3
u_int3_after:
    movl $0x77, %edi
    jmp u_exit

/* u_step: entered with TF set, #DB (single step) after the first instruction. */
u_step:
    nop
u_step_after:
    nop
    jmp u_exit

/* u_noncanon: a load from a non-canonical address: #GP(0), not #PF. */
u_noncanon:
    movabsq $0x8000000000001000, %rax
u_noncanon_insn:
    movq (%rax), %rax
    jmp u_exit

/* u_spin(RDI = iterations): busy loop with IF=1, for timer preemption. */
u_spin:
    decq %rdi
    jnz u_spin
u_spin_end:
    jmp u_exit

/* u_fs_load: returns the quadword at %fs:0. */
u_fs_load:
    movq %fs:0, %rdi
    jmp u_exit

/* u_fpu(RDI = xmm0 value, RSI = rounds, RDX = x87 value): loads its own
 * xmm0 and x87 st0, yields RSI times (the kernel switches contexts in
 * between) and checks both after every switch.  Result 1 = ok, 2 = xmm0
 * lost, 3 = x87 lost. */
u_fpu:
    movq %rdi, %rbx
    movq %rdx, %r12
    movq %rsi, %r13
    movq %rbx, %xmm0
    pushq %r12
    fildq (%rsp)
    addq $8, %rsp
1:
    movl $SYS_YIELD, %eax
    syscall
    movq %xmm0, %rax
    cmpq %rbx, %rax
    jne 2f
    subq $8, %rsp
    fld %st(0)
    fistpq (%rsp)
    popq %rax
    cmpq %r12, %rax
    jne 3f
    decq %r13
    jnz 1b
    movl $1, %edi
    jmp u_exit
2:
    movl $2, %edi
    jmp u_exit
3:
    movl $3, %edi
    jmp u_exit

    .balign 16
user_blob_end:

    .section .rodata
/* Instructions the rewriter rejects or rewrites, as raw bytes for user
 * pages (never assembled as code): cli, hlt, int $VEC_USER_INT (DPL 3 gate)
 * and int $VEC_KERNEL_INT (DPL 0 gate: #GP), each followed by ud2. */
    .globl user_cli_bytes, user_hlt_bytes, user_int_user_bytes, user_int_kernel_bytes
user_cli_bytes:
    .byte 0xfa, 0x0f, 0x0b, 0x90
user_hlt_bytes:
    .byte 0xf4, 0x0f, 0x0b, 0x90
user_int_user_bytes:
    .byte 0xcd, VEC_USER_INT, 0x0f, 0x0b
user_int_kernel_bytes:
    .byte 0xcd, VEC_KERNEL_INT, 0x0f, 0x0b
