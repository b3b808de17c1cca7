/*
 * How an x86-64 CPU enters the guest kernel, written once for vmlib (C++,
 * inside the guest image) and the kernel module (C, kbuild): the `syscall`
 * from CPL 3, and exception/interrupt delivery through the guest's IDT and
 * TSS.  Both work on the head of vmlib's virtual CPU (struct tandem_cp_vcpu,
 * platform.h section 8b: the architectural state plus the virtual IF, IOPL
 * and AC) and on a struct tandem_regs whose RFLAGS are the real ones the
 * interrupted code ran with.  Guest memory is reached only through the
 * caller's struct tandem_x86_memory, so each side checks addresses its own
 * way.  The code is in x86_event.c, compiled into both.
 */
#ifndef TANDEM_X86_EVENT_H
#define TANDEM_X86_EVENT_H

#include "platform.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Guest kernel-half (direct-map) memory.  Each callback copies len bytes at
 * guest virtual address va and returns 0, or non-zero if any byte lies
 * outside guest memory (nothing is then promised about partial copies).
 */
struct tandem_x86_memory {
    int (*read)(void *ctx, tandem_u64 va, void *out, tandem_u64 len);
    int (*write)(void *ctx, tandem_u64 va, const void *in, tandem_u64 len);
    void *ctx;
};

/* The guest-visible RFLAGS of code whose real flags are `real`, at the vCPU's CPL. */
tandem_u64 tandem_x86_virtual_flags(const struct tandem_cp_vcpu *v, tandem_u64 real);
/* Takes IF, IOPL and AC from a guest RFLAGS image into the vCPU; returns the real flags to run with. */
tandem_u64 tandem_x86_load_virtual_flags(struct tandem_cp_vcpu *v, tandem_u64 virt);

/*
 * A `syscall` from CPL 3 (SDM vol. 2, SYSCALL): RCX = the next RIP (r->rip
 * on entry), R11 = the guest-visible RFLAGS without RF, CS/SS from STAR,
 * RFLAGS &= ~FMASK, CPL 0, RIP = LSTAR; RSP is unchanged.
 */
void tandem_x86_syscall(struct tandem_cp_vcpu *v, struct tandem_regs *r);

enum tandem_x86_attempt {
    TANDEM_X86_DELIVERED = 0, /* r and v now run the handler */
    TANDEM_X86_ESCALATE = 1,  /* gate, stack or frame unusable: the CPU raises #DF (or shuts down) */
    TANDEM_X86_GATE_DPL = 2,  /* a software interrupt through a gate with DPL < CPL: #GP */
};

/*
 * One delivery of `vector` (SDM vol. 3, 6.12, 6.14): the gate from the
 * guest IDT, the stack from the guest TSS (RSP0 from CPL 3, ISTn when the
 * gate names one, else the current RSP) aligned to 16 bytes, the hardware
 * frame (SS, RSP, RFLAGS, CS, RIP and the error code if has_error), IF
 * cleared for an interrupt gate, CPL 0, a null SS on a privilege change.
 * A software interrupt (`int $n`, `int3`) passes its instruction length:
 * r->rip is the instruction and the frame gets the next one.  Nothing is
 * changed unless the result is TANDEM_X86_DELIVERED.
 */
enum tandem_x86_attempt tandem_x86_deliver_once(struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m,
                                                struct tandem_regs *r, tandem_u32 vector, int has_error,
                                                tandem_u32 error, tandem_u32 software_insn_len);

/*
 * Delivery with the CPU's escalation: a gate DPL check that fails becomes
 * #GP(vector * 8 + 2), a delivery that fails becomes #DF, and a #DF that
 * fails is a triple fault.  Returns the vector finally delivered, or -1 on
 * a triple fault (r and v are then left as they were).
 */
int tandem_x86_deliver(struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m, struct tandem_regs *r,
                       tandem_u32 vector, int has_error, tandem_u32 error, tandem_u32 software_insn_len);

/*
 * Whether the vCPU takes an interrupt line now: the virtual IF is set and a
 * line is pending.  The sti shadow is the caller's to check (vmlib knows the
 * rewritten site that follows an sti, the module reads the head's flag).
 */
int tandem_x86_irq_deliverable(const struct tandem_cp_vcpu *v);

/* The vector of the line delivered next: the lowest pending one (irq_pending must not be 0). */
tandem_u32 tandem_x86_next_irq_vector(const struct tandem_cp_vcpu *v);

/*
 * Delivers the lowest pending line (bit n = vector TANDEM_VEC_FIRST_IRQ + n)
 * through tandem_x86_deliver and takes it out of irq_pending: the one rule
 * for acknowledging an interrupt, used by vmlib and the module alike.
 * Returns 0 when no line is deliverable, the vector finally delivered (the
 * line's, or #DF), or -1 on a triple fault; on 0 and -1 nothing changed.
 */
int tandem_x86_deliver_pending_irq(struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m,
                                   struct tandem_regs *r);

#ifdef __cplusplus
}
#endif

#endif /* TANDEM_X86_EVENT_H */
