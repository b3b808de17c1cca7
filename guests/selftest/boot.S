/*
 * Entry point of the selftest guest (docs/PLATFORM.md "Boot"): RDI = boot
 * info, RSI = TANDEM_BOOT_MAGIC, IF = 0, no GDT/IDT yet.
 */
#include "abi.h"

    .section .text.boot, "ax"
    .globl _start
/* _start clears .bss, moves to the selftest's own stack and calls kmain. */
_start:
    movq %rdi, %r12
    movq %rsi, %r13
    leaq __bss_start(%rip), %rdi
    leaq __bss_end(%rip), %rcx
    subq %rdi, %rcx
    xorl %eax, %eax
    cld
    rep stosb
    leaq kstack_top(%rip), %rsp
    movq %r12, %rdi
    movq %r13, %rsi
    call kmain
1:
    hlt
    jmp 1b

    .text
/* reload_segments makes the new GDT's selectors current: lretq reloads CS
 * (the usual far return after lgdt), then the data segments. */
    .globl reload_segments
reload_segments:
    pushq $SEL_KCODE
    leaq 1f(%rip), %rax
    pushq %rax
    lretq
1:
    movw $SEL_KDATA, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    ret

/* read_cs returns the current CS selector (its RPL is the CPL). */
    .globl read_cs
read_cs:
    xorl %eax, %eax
    movw %cs, %ax
    ret

    .section .bss
    .balign 4096
    .globl kstack_top
kstack:
    .skip 65536
kstack_top:
