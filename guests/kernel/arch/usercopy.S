/*
 * Accessors for user memory.  Each instruction that touches user memory has
 * an entry in the exception table below: if it faults and the page-fault
 * handler cannot make the page present (bad pointer), execution continues at
 * the fixup, which reports how much was not done.  Callers (arch/usercopy.h)
 * check the range against the user window first.
 */
    .text

/* size_t __copy_user(void *dst, const void *src, size_t n): bytes NOT copied. */
    .globl __copy_user
    .type __copy_user, @function
__copy_user:
    movq %rdx, %rcx
.Lcopy_insn:
    rep movsb
    xorl %eax, %eax
    ret
.Lcopy_fixup:
    movq %rcx, %rax
    ret
    .size __copy_user, .-__copy_user

/* size_t __clear_user(void *dst, size_t n): bytes NOT cleared. */
    .globl __clear_user
    .type __clear_user, @function
__clear_user:
    movq %rsi, %rcx
    xorl %eax, %eax
.Lclear_insn:
    rep stosb
    ret
.Lclear_fixup:
    movq %rcx, %rax
    ret
    .size __clear_user, .-__clear_user

/* long __strncpy_user(char *dst, const char *src, size_t max): copies up to
 * and including the NUL; returns the string length, `max` if no NUL was found
 * within max bytes, or -1 on a fault. */
    .globl __strncpy_user
    .type __strncpy_user, @function
__strncpy_user:
    xorl %eax, %eax
1:
    cmpq %rdx, %rax
    je 2f
.Lstr_insn:
    movb (%rsi,%rax), %cl
    movb %cl, (%rdi,%rax)
    testb %cl, %cl
    jz 2f
    incq %rax
    jmp 1b
2:
    ret
.Lstr_fixup:
    movq $-1, %rax
    ret
    .size __strncpy_user, .-__strncpy_user

    .section .rodata
    .balign 8
    .globl __ex_table_start
    .globl __ex_table_end
__ex_table_start:
    .quad .Lcopy_insn, .Lcopy_fixup
    .quad .Lclear_insn, .Lclear_fixup
    .quad .Lstr_insn, .Lstr_fixup
__ex_table_end:
