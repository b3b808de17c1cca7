/*
 * Kernel entry (docs/PLATFORM.md "Boot"): RDI = boot info (direct map),
 * RSI = TANDEM_BOOT_MAGIC, RSP = boot stack, CPL 0, IF = 0, CR3 = 0.
 * Clears .bss and calls kmain(boot_info, magic) on the boot stack, which
 * becomes the idle task's stack.
 */
    .section .text.boot, "ax"
    .globl _start
    .type _start, @function
_start:
    movq %rdi, %r12
    movq %rsi, %r13
    leaq __bss_start(%rip), %rdi
    leaq __bss_end(%rip), %rcx
    subq %rdi, %rcx
    xorl %eax, %eax
    cld
    rep stosb
    andq $-16, %rsp
    movq %r12, %rdi
    movq %r13, %rsi
    call kmain
1:
    hlt
    jmp 1b
    .size _start, .-_start
