// Control and debug registers and TLB maintenance: mov to/from %crN and
// %drN, invlpg, invpcid.
#include "vmlib.h"

namespace vmlib {

// mov %reg, %crN.  CR3 loads flush the user window (no PCID: every load is
// a full non-global flush, as on hardware with CR4.PCIDE = 0).
void emulate_mov_to_cr(const tandem_site& s, tandem_regs& r) {
    u64 v = r.gpr[s.reg & 15];
    switch (s.aux) {
    case 0:
        if (!(v & TANDEM_CR0_PG) || !(v & TANDEM_CR0_PE)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        g_vcpu.state.cr0 = v | TANDEM_CR0_ET;
        break;
    case 2: g_vcpu.state.cr2 = v; break;
    case 3:
        if ((v & TANDEM_CR3_ADDR_MASK) + TANDEM_PAGE_SIZE > g_vcpu.memory_size) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        g_vcpu.state.cr3 = v;
        g_host->flush_user_window();
        break;
    case 4: {
        u64 old = g_vcpu.state.cr4;
        if (!(v & TANDEM_CR4_PAE)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        g_vcpu.state.cr4 = v;
        if ((old ^ v) & TANDEM_CR4_PGE) g_host->flush_user_window();
        break;
    }
    case 8: g_vcpu.state.cr8 = v & 0xf; break;
    default: fault_at_site(s, r, TANDEM_EXC_UD, 0);
    }
}

// mov %crN, %reg.
void emulate_mov_from_cr(const tandem_site& s, tandem_regs& r) {
    u64 v;
    switch (s.aux) {
    case 0: v = g_vcpu.state.cr0; break;
    case 2: v = g_vcpu.state.cr2; break;
    case 3: v = g_vcpu.state.cr3; break;
    case 4: v = g_vcpu.state.cr4; break;
    case 8: v = g_vcpu.state.cr8; break;
    default: fault_at_site(s, r, TANDEM_EXC_UD, 0);
    }
    r.gpr[s.reg & 15] = v;
}

// Debug registers are stored but have no effect (no hardware breakpoints).
void emulate_mov_to_dr(const tandem_site& s, tandem_regs& r) {
    if (s.aux > 7 || s.aux == 4 || s.aux == 5) fault_at_site(s, r, TANDEM_EXC_UD, 0);
    g_vcpu.state.dr[s.aux] = r.gpr[s.reg & 15];
}

void emulate_mov_from_dr(const tandem_site& s, tandem_regs& r) {
    if (s.aux > 7 || s.aux == 4 || s.aux == 5) fault_at_site(s, r, TANDEM_EXC_UD, 0);
    u64 v = g_vcpu.state.dr[s.aux];
    if (s.aux == 6 && !v) v = 0xffff0ff0ull;
    if (s.aux == 7 && !v) v = 0x400;
    r.gpr[s.reg & 15] = v;
}

// invlpg: drops one page of the user window.
void emulate_invlpg(const tandem_site& s, tandem_regs& r) {
    u64 va = operand_address(s, r);
    if (va < TANDEM_USER_TOP) g_host->flush_user_page(va & ~(TANDEM_PAGE_SIZE - 1));
}

// invpcid: type 0 = one address, anything else = everything we cache.
void emulate_invpcid(const tandem_site& s, tandem_regs& r) {
    u64 type = r.gpr[s.reg & 15];
    u64 desc[2];
    if (!guest_read(operand_address(s, r), desc, 16)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    if (type > 3) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    if (type == 0) {
        if (desc[1] < TANDEM_USER_TOP) g_host->flush_user_page(desc[1] & ~(TANDEM_PAGE_SIZE - 1));
    } else {
        g_host->flush_user_window();
    }
}

} // namespace vmlib
