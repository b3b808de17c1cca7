/* The stub's first instruction: the kernel starts a static program here with
 * the stack pointer at argc, on a stack it placed in the user window, which
 * holds host data (the arguments, the environment, the auxiliary vector).
 * The stub moves at once to a stack in its own image, inside the kernel
 * hole, so that stub_main can empty the whole window (stub.c, empty_window),
 * and never returns. */
#include "stub_stack.h"
    .text
    .globl _start
    .type _start, @function
_start:
    xorl %ebp, %ebp
    leaq stub_stack+STUB_STACK_SIZE(%rip), %rsp
    call stub_main
    ud2
    .size _start, .-_start
    .section .note.GNU-stack, "", @progbits
