/*
 * x86_event.c: syscall entry and event delivery as an x86-64 CPU performs
 * them (declarations and contract in x86_event.h).  One source for vmlib,
 * which compiles it into the guest image and its host unit tests, and for
 * tandem.ko (kmod/Kbuild compiles it from the include tree), so it is
 * plain C that both the kernel's and a freestanding compiler accept: no
 * library calls, declarations before statements.
 */
#include "x86_event.h"

tandem_u64 tandem_x86_virtual_flags(const struct tandem_cp_vcpu *v, tandem_u64 real)
{
    tandem_u64 flags = (real & TANDEM_RFLAGS_REAL) | TANDEM_RFLAGS_FIXED;

    if (v->vif)
        flags |= TANDEM_RFLAGS_IF;
    flags |= (tandem_u64)(v->viopl & 3) << TANDEM_RFLAGS_IOPL_SHIFT;
    if (v->state.cpl == 0) {
        if (v->vac)
            flags |= TANDEM_RFLAGS_AC;
    } else {
        flags |= real & (TANDEM_RFLAGS_AC | TANDEM_RFLAGS_TF);
    }
    return flags;
}

tandem_u64 tandem_x86_load_virtual_flags(struct tandem_cp_vcpu *v, tandem_u64 virt)
{
    v->vif = (virt & TANDEM_RFLAGS_IF) != 0;
    v->viopl = (tandem_u8)((virt & TANDEM_RFLAGS_IOPL) >> TANDEM_RFLAGS_IOPL_SHIFT);
    v->vac = (virt & TANDEM_RFLAGS_AC) != 0;
    return (virt & TANDEM_RFLAGS_REAL) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
}

void tandem_x86_syscall(struct tandem_cp_vcpu *v, struct tandem_regs *r)
{
    struct tandem_vcpu_state *s = &v->state;
    tandem_u64 vflags = tandem_x86_virtual_flags(v, r->rflags) & ~TANDEM_RFLAGS_RF;

    r->gpr[TANDEM_RCX] = r->rip;
    r->gpr[TANDEM_R11] = vflags;
    s->cs = (tandem_u16)TANDEM_STAR_SYSCALL_CS(s->star);
    s->ss = (tandem_u16)TANDEM_STAR_SYSCALL_SS(s->star);
    s->cpl = 0;
    r->rflags = tandem_x86_load_virtual_flags(v, (vflags & ~s->fmask) | TANDEM_RFLAGS_FIXED);
    r->rip = s->lstar;
}

/* The decoded fields of one 64-bit IDT gate. */
struct tandem_x86_gate {
    tandem_u64 handler;
    tandem_u16 selector;
    tandem_u8 ist, type, dpl, present;
};

/* Reads IDT entry `vector`; non-zero if it lies outside the IDT limit or guest memory. */
static int tandem_x86_read_gate(const struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m,
                                tandem_u32 vector, struct tandem_x86_gate *g)
{
    const struct tandem_dtr *idtr = &v->state.idtr;
    tandem_u64 e[2];

    if ((tandem_u64)vector * TANDEM_GATE_SIZE + TANDEM_GATE_SIZE - 1 > idtr->limit)
        return 1;
    if (m->read(m->ctx, idtr->base + (tandem_u64)vector * TANDEM_GATE_SIZE, e, sizeof e))
        return 1;
    g->handler = TANDEM_GATE_HANDLER(e[0], e[1]);
    g->selector = (tandem_u16)TANDEM_GATE_SELECTOR(e[0]);
    g->ist = (tandem_u8)TANDEM_GATE_IST(e[0]);
    g->type = (tandem_u8)TANDEM_GATE_TYPE(e[0]);
    g->dpl = (tandem_u8)TANDEM_GATE_DPL(e[0]);
    g->present = (tandem_u8)TANDEM_GATE_PRESENT(e[0]);
    return 0;
}

/* Reads RSP0 (which = 0) or ISTn (which = n) from the TSS that TR selects; non-zero if the CPU would fault. */
static int tandem_x86_tss_stack(const struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m, int which,
                                tandem_u64 *out)
{
    const struct tandem_vcpu_state *s = &v->state;
    tandem_u16 sel = s->tr & ~7;
    tandem_u64 d[2], base;
    tandem_u8 type;

    if (!sel || (tandem_u64)sel + 15 > s->gdtr.limit)
        return 1;
    if (m->read(m->ctx, s->gdtr.base + sel, d, sizeof d))
        return 1;
    type = (tandem_u8)TANDEM_DESC_TYPE(d[0]);
    if (type != TANDEM_TSS_AVAILABLE && type != TANDEM_TSS_BUSY)
        return 1;
    base = TANDEM_DESC_TSS_BASE(d[0], d[1]);
    return m->read(m->ctx, base + (which == 0 ? TANDEM_TSS_RSP0 : TANDEM_TSS_IST(which)), out, 8);
}

enum tandem_x86_attempt tandem_x86_deliver_once(struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m,
                                                struct tandem_regs *r, tandem_u32 vector, int has_error,
                                                tandem_u32 error, tandem_u32 software_insn_len)
{
    struct tandem_vcpu_state *s = &v->state;
    struct tandem_x86_gate g;
    tandem_u64 frame[6], rsp, new_rsp, old_virtual;
    tandem_u8 old_cpl = s->cpl;
    int n = 0;

    if (tandem_x86_read_gate(v, m, vector, &g) || !g.present ||
        (g.type != TANDEM_GATE_INTERRUPT && g.type != TANDEM_GATE_TRAP))
        return TANDEM_X86_ESCALATE;
    if (software_insn_len && old_cpl == 3 && g.dpl < 3)
        return TANDEM_X86_GATE_DPL;
    if (g.ist) {
        if (tandem_x86_tss_stack(v, m, g.ist, &rsp))
            return TANDEM_X86_ESCALATE;
    } else if (old_cpl == 3) {
        if (tandem_x86_tss_stack(v, m, 0, &rsp))
            return TANDEM_X86_ESCALATE;
    } else {
        rsp = r->gpr[TANDEM_RSP];
    }
    rsp &= ~15ull;
    old_virtual = tandem_x86_virtual_flags(v, r->rflags);
    if (has_error)
        frame[n++] = error;
    frame[n++] = r->rip + software_insn_len;
    frame[n++] = s->cs;
    frame[n++] = old_virtual;
    frame[n++] = r->gpr[TANDEM_RSP];
    frame[n++] = s->ss;
    new_rsp = rsp - (tandem_u64)n * 8;
    if (m->write(m->ctx, new_rsp, frame, (tandem_u64)n * 8))
        return TANDEM_X86_ESCALATE;

    s->cpl = 0;
    s->cs = g.selector;
    if (old_cpl != 0)
        s->ss = 0; /* 64-bit mode loads a null SS on a privilege change */
    v->vac = (old_virtual & TANDEM_RFLAGS_AC) != 0;
    if (g.type == TANDEM_GATE_INTERRUPT)
        v->vif = 0;
    r->rflags = (old_virtual & TANDEM_RFLAGS_REAL) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    r->rip = g.handler;
    r->gpr[TANDEM_RSP] = new_rsp;
    return TANDEM_X86_DELIVERED;
}

int tandem_x86_deliver(struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m, struct tandem_regs *r,
                       tandem_u32 vector, int has_error, tandem_u32 error, tandem_u32 software_insn_len)
{
    enum tandem_x86_attempt a = tandem_x86_deliver_once(v, m, r, vector, has_error, error, software_insn_len);

    if (a == TANDEM_X86_GATE_DPL) {
        error = vector * 8 + 2;
        vector = TANDEM_EXC_GP;
        a = tandem_x86_deliver_once(v, m, r, vector, 1, error, 0);
    }
    if (a == TANDEM_X86_DELIVERED)
        return (int)vector;
    if (vector == TANDEM_EXC_DF)
        return -1;
    if (tandem_x86_deliver_once(v, m, r, TANDEM_EXC_DF, 1, 0, 0) != TANDEM_X86_DELIVERED)
        return -1;
    return TANDEM_EXC_DF;
}

int tandem_x86_irq_deliverable(const struct tandem_cp_vcpu *v)
{
    return v->vif && v->state.irq_pending != 0;
}

tandem_u32 tandem_x86_next_irq_vector(const struct tandem_cp_vcpu *v)
{
    return TANDEM_VEC_FIRST_IRQ + (tandem_u32)__builtin_ctzll(v->state.irq_pending);
}

int tandem_x86_deliver_pending_irq(struct tandem_cp_vcpu *v, const struct tandem_x86_memory *m,
                                   struct tandem_regs *r)
{
    tandem_u32 vector;
    int delivered;

    if (!tandem_x86_irq_deliverable(v))
        return 0;
    vector = tandem_x86_next_irq_vector(v);
    delivered = tandem_x86_deliver(v, m, r, vector, 0, 0, 0);
    if (delivered >= 0)
        v->state.irq_pending &= ~(1ull << (vector - TANDEM_VEC_FIRST_IRQ));
    return delivered;
}
