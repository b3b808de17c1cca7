/*
 * Kernel-mode probes: tiny functions whose labels mark exactly where an
 * exception or interrupt must be reported, so the checks can compare the
 * saved RIP and RSP with what the hardware would push.
 */
    .text

/* void probe_ud2(uint64_t *rsp_out): records RSP, then executes ud2 at
 * probe_ud2_insn; the #UD fixup resumes at probe_ud2_after. */
    .globl probe_ud2, probe_ud2_insn, probe_ud2_after
probe_ud2:
    movq %rsp, (%rdi)
probe_ud2_insn:
    ud2
probe_ud2_after:
    ret

/* void probe_int3(uint64_t *rsp_out): records RSP, then int3; #BP is a trap,
 * so the saved RIP must be probe_int3_after. */
    .globl probe_int3, probe_int3_after
probe_int3:
    movq %rsp, (%rdi)
    int3
probe_int3_after:
    ret

/* uint64_t probe_rdmsr(uint32_t msr): rdmsr that may #GP; the fixup resumes
 * at probe_rdmsr_after. */
    .globl probe_rdmsr, probe_rdmsr_insn, probe_rdmsr_after
probe_rdmsr:
    movl %edi, %ecx
    xorl %eax, %eax
    xorl %edx, %edx
probe_rdmsr_insn:
    rdmsr
probe_rdmsr_after:
    shlq $32, %rdx
    orq %rdx, %rax
    ret

/* void probe_wrmsr(uint32_t msr, uint64_t value): wrmsr that may #GP. */
    .globl probe_wrmsr, probe_wrmsr_insn, probe_wrmsr_after
probe_wrmsr:
    movl %edi, %ecx
    movl %esi, %eax
    movq %rsi, %rdx
    shrq $32, %rdx
probe_wrmsr_insn:
    wrmsr
probe_wrmsr_after:
    ret

/* void probe_sti_hlt(uint64_t *rsp_out): records RSP (8 mod 16 here, so the
 * CPU must realign for the interrupt frame), waits with sti;hlt and
 * disables interrupts again. */
    .globl probe_sti_hlt, probe_hlt_insn, probe_hlt_after
probe_sti_hlt:
    movq %rsp, (%rdi)
    sti
probe_hlt_insn:
    hlt
probe_hlt_after:
    cli
    ret

/* uint32_t probe_sti_window(const volatile uint32_t *counter): enables
 * interrupts and reads *counter one instruction later (after the sti
 * shadow), so a pending interrupt must have been taken by then. */
    .globl probe_sti_window
probe_sti_window:
    sti
    nop
    movl (%rdi), %eax
    cli
    ret

/* void probe_store(uint64_t *addr, uint64_t value): a kernel store that may
 * #PF at probe_store_insn; the fixup resumes at probe_store_after. */
    .globl probe_store, probe_store_insn, probe_store_after
probe_store:
probe_store_insn:
    movq %rsi, (%rdi)
probe_store_after:
    ret

/* uint64_t probe_gs_read(void): reads the quadword at %gs:0. */
    .globl probe_gs_read
probe_gs_read:
    movq %gs:0, %rax
    ret

/*
 * void probe_preserve(void): loads every GPR with a known pattern and the
 * flags with OF=1 CF=1 ZF=0 SF=0 DF=1, runs a string of rewritten
 * instructions that define none of them (and rdmsr, which defines exactly
 * RAX/RDX), then stores everything to g_preserve_after[] (rax..r15 in
 * tandem_gpr order, then the pushed RFLAGS).  The check compares with the
 * patterns and with what rdmsr must return.
 */
    .globl probe_preserve, g_preserve_after, g_preserve_rsp
    .data
    .balign 8
g_preserve_after:   .skip 17 * 8
g_preserve_rsp:     .quad 0             /* after the probe: RSP drift, must be 0 */
g_preserve_dtr:     .skip 16
g_preserve_minus:   .quad 0x8000000000000000
    .text
probe_preserve:
    pushq %rbx
    pushq %rbp
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    pushfq
    cli
    movq %rsp, g_preserve_rsp(%rip)
    movabsq $0x1111111111111100, %rax
    movl $0xc0000081, %ecx              /* rcx: MSR_STAR, rdmsr's input */
    movabsq $0x3333333333333302, %rdx
    movabsq $0x4444444444444403, %rbx
    movabsq $0x6666666666666605, %rbp
    movabsq $0x7777777777777706, %rsi
    movabsq $0x8888888888888807, %rdi
    movabsq $0x9999999999999908, %r8
    movabsq $0xaaaaaaaaaaaaaa09, %r9
    movabsq $0xbbbbbbbbbbbbbb0a, %r10
    movabsq $0xcccccccccccccc0b, %r11
    movabsq $0xdddddddddddddd0c, %r12
    movabsq $0xeeeeeeeeeeeeee0d, %r13
    movabsq $0xffffffffffffff0e, %r14
    movabsq $0x123456789abcde0f, %r15
    cmpq $1, g_preserve_minus(%rip)     /* OF=1 SF=0 ZF=0 CF=0 */
    stc
    std
    /* Rewritten instructions that define no GPR and no arithmetic flag. */
    cli
    wbinvd
    swapgs
    swapgs
    sgdt g_preserve_dtr(%rip)
    sidt g_preserve_dtr(%rip)
    invlpg g_preserve_dtr(%rip)
    pushfq
    popfq
    rdmsr                               /* defines rax, rdx only */
    pushfq
    popq g_preserve_after + 16 * 8(%rip)
    movq %rax, g_preserve_after + 0 * 8(%rip)
    movq %rcx, g_preserve_after + 1 * 8(%rip)
    movq %rdx, g_preserve_after + 2 * 8(%rip)
    movq %rbx, g_preserve_after + 3 * 8(%rip)
    movq %rsp, g_preserve_after + 4 * 8(%rip)
    movq %rbp, g_preserve_after + 5 * 8(%rip)
    movq %rsi, g_preserve_after + 6 * 8(%rip)
    movq %rdi, g_preserve_after + 7 * 8(%rip)
    movq %r8, g_preserve_after + 8 * 8(%rip)
    movq %r9, g_preserve_after + 9 * 8(%rip)
    movq %r10, g_preserve_after + 10 * 8(%rip)
    movq %r11, g_preserve_after + 11 * 8(%rip)
    movq %r12, g_preserve_after + 12 * 8(%rip)
    movq %r13, g_preserve_after + 13 * 8(%rip)
    movq %r14, g_preserve_after + 14 * 8(%rip)
    movq %r15, g_preserve_after + 15 * 8(%rip)
    cld
    subq g_preserve_rsp(%rip), %rsp     /* rsp - saved must be 0 */
    movq %rsp, g_preserve_rsp(%rip)
    movq g_preserve_after + 4 * 8(%rip), %rsp
    popfq
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbp
    popq %rbx
    ret
