/* The stub's first instruction: the kernel starts a static program here with
 * the stack pointer at argc.  The stub notes where that stack is (it holds
 * host data: the arguments, the environment, the auxiliary vector), moves to
 * a stack in its own image, which stub_main then unmaps the kernel's one
 * from, and never returns. */
#include "stub_stack.h"
    .text
    .globl _start
    .type _start, @function
_start:
    xorl %ebp, %ebp
    movq %rsp, stub_initial_sp(%rip)
    leaq stub_stack+STUB_STACK_SIZE(%rip), %rsp
    call stub_main
    ud2
    .size _start, .-_start
    .section .note.GNU-stack, "", @progbits
