// Event delivery exactly as an x86-64 CPU performs it (SDM vol. 3, 6.12,
// 6.14): gate from the guest IDT, stack from the guest TSS (RSP0 or IST),
// a hardware-format frame, IF cleared for interrupt gates, CPL 0.  Both
// backends use it; the callers decide where the resulting registers run.
#include "vmlib.h"

namespace vmlib {

// Which exceptions push an error code (SDM vol. 3, table 6-1).
bool vector_has_error_code(u32 v) {
    return v == 8 || v == 10 || v == 11 || v == 12 || v == 13 || v == 14 || v == 17 || v == 21 || v == 29 || v == 30;
}

struct Gate {
    u64 handler;
    u16 selector;
    u8 ist;
    u8 type;
    u8 dpl;
    bool present;
};

// Reads IDT entry `vector`; false if it lies outside the IDT limit or memory.
static bool read_gate(u32 vector, Gate& g) {
    const tandem_dtr& idtr = g_vcpu.state.idtr;
    if (u64(vector) * 16 + 15 > idtr.limit) return false;
    u64 va = idtr.base + u64(vector) * 16;
    if (!kernel_range_ok(va, 16)) return false;
    const u8* e = kptr<const u8>(va);
    u64 lo, hi;
    copy_bytes(&lo, e, 8);
    copy_bytes(&hi, e + 8, 8);
    g.handler = (lo & 0xffff) | ((lo >> 32) & 0xffff0000ull) | (hi << 32);
    g.selector = u16(lo >> 16);
    g.ist = u8((lo >> 32) & 7);
    g.type = u8((lo >> 40) & 0xf);
    g.dpl = u8((lo >> 45) & 3);
    g.present = (lo >> 47) & 1;
    return true;
}

// Reads RSP0 (which = 0) or ISTn (which = n) from the TSS that TR selects.
static bool tss_stack(int which, u64& out) {
    u16 sel = g_vcpu.state.tr & ~7;
    if (!sel) return false;
    const tandem_dtr& gdtr = g_vcpu.state.gdtr;
    if (u64(sel) + 15 > gdtr.limit) return false;
    u64 dva = gdtr.base + sel;
    if (!kernel_range_ok(dva, 16)) return false;
    u64 lo, hi;
    copy_bytes(&lo, kptr<const u8>(dva), 8);
    copy_bytes(&hi, kptr<const u8>(dva + 8), 8);
    u8 type = u8((lo >> 40) & 0xf);
    if (type != 0x9 && type != 0xb) return false;
    u64 base = ((lo >> 16) & 0xffffff) | (((lo >> 56) & 0xff) << 24) | ((hi & 0xffffffffull) << 32);
    u64 off = which == 0 ? 4 : 36 + u64(which - 1) * 8;
    if (!kernel_range_ok(base + off, 8)) return false;
    copy_bytes(&out, kptr<const u8>(base + off), 8);
    return true;
}

enum class Attempt { kOk, kFail, kGeneralProtection };

// One delivery attempt; kFail means the CPU would escalate (to #DF).
static Attempt attempt(tandem_regs& regs, u32 vector, bool has_error, u32 error, u32 software_insn_len) {
    Gate g{};
    if (!read_gate(vector, g) || !g.present || (g.type != 0xe && g.type != 0xf)) return Attempt::kFail;
    if (software_insn_len && g_vcpu.state.cpl == 3 && g.dpl < 3) return Attempt::kGeneralProtection;
    u8 old_cpl = g_vcpu.state.cpl;
    u64 rsp;
    if (g.ist) {
        if (!tss_stack(g.ist, rsp)) return Attempt::kFail;
    } else if (old_cpl == 3) {
        if (!tss_stack(0, rsp)) return Attempt::kFail;
    } else {
        rsp = regs.gpr[TANDEM_RSP];
    }
    rsp &= ~15ull;
    u64 frame[6];
    int n = 0;
    if (has_error) frame[n++] = error;
    frame[n++] = regs.rip + software_insn_len;
    frame[n++] = g_vcpu.state.cs;
    frame[n++] = virtual_flags(regs.rflags);
    frame[n++] = regs.gpr[TANDEM_RSP];
    frame[n++] = g_vcpu.state.ss;
    u64 new_rsp = rsp - u64(n) * 8;
    if (!kernel_range_ok(new_rsp, u64(n) * 8)) return Attempt::kFail;
    copy_bytes(kptr<u8>(new_rsp), frame, u64(n) * 8);

    u64 old_virtual = frame[has_error ? 3 : 2];
    g_vcpu.state.cpl = 0;
    g_vcpu.state.cs = g.selector;
    if (old_cpl != 0) g_vcpu.state.ss = 0;  // 64-bit mode loads a null SS on a privilege change
    g_vcpu.vac = (old_virtual & TANDEM_RFLAGS_AC) != 0;
    if (g.type == 0xe) g_vcpu.vif = false;
    regs.rflags = (old_virtual & kRealFlags) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    regs.rip = g.handler;
    regs.gpr[TANDEM_RSP] = new_rsp;
    return Attempt::kOk;
}

Delivery deliver(tandem_regs& regs, u32 vector, bool has_error, u32 error, u32 software_insn_len) {
    Attempt a = attempt(regs, vector, has_error, error, software_insn_len);
    if (a == Attempt::kGeneralProtection) {
        error = vector * 8 + 2;
        vector = TANDEM_EXC_GP;
        has_error = true;
        a = attempt(regs, vector, true, error, 0);
    }
    if (a != Attempt::kOk) {
        if (vector == TANDEM_EXC_DF) return Delivery::kTripleFault;
        vector = TANDEM_EXC_DF;
        if (attempt(regs, TANDEM_EXC_DF, true, 0, 0) != Attempt::kOk) return Delivery::kTripleFault;
    }
    if (vector < 32) g_stats.exceptions[vector]++;
    else count(TANDEM_STAT_IRQ_DELIVERED);
    return Delivery::kOk;
}

bool irq_deliverable() { return g_vcpu.vif && g_vcpu.state.irq_pending != 0; }

bool deliver_pending_irq(tandem_regs& regs) {
    if (!irq_deliverable()) return false;
    u64 pending = g_vcpu.state.irq_pending;
    u32 line = u32(__builtin_ctzll(pending));
    g_vcpu.state.irq_pending &= ~(1ull << line);
    if (deliver(regs, TANDEM_VEC_FIRST_IRQ + line, false, 0) != Delivery::kOk)
        fatal_exit(TANDEM_EXIT_SHUTDOWN, "triple fault delivering an interrupt", regs.rip,
                   TANDEM_VEC_FIRST_IRQ + line, 0, 0);
    return true;
}

} // namespace vmlib
