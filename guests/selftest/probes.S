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
