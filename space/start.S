/* The stub's first instruction: the kernel starts a static program here with
 * the stack pointer at argc.  Nothing on the stack is needed; the stub aligns
 * the stack for the C ABI and never returns. */
    .text
    .globl _start
    .type _start, @function
_start:
    xorl %ebp, %ebp
    andq $-16, %rsp
    call stub_main
    ud2
    .size _start, .-_start
    .section .note.GNU-stack, "", @progbits
