// Control and debug registers and TLB maintenance: mov to/from %crN and
// %drN, invlpg, invpcid.
#include "trace.h"

namespace vmlib {

// The address space CR3 names: its PCID with CR4.PCIDE, else 0.
static u32 current_pcid() {
    return (g_vcpu.state.cr4 & TANDEM_CR4_PCIDE) ? u32(g_vcpu.state.cr3 & TANDEM_CR3_PCID_MASK) : 0;
}

// mov %reg, %crN.  The TLB rules are x86's (SDM vol. 3, 4.10.4): a CR3 load
// drops the non-global translations of the address space it names unless
// CR4.PCIDE is set and bit 63 of the value is; clearing CR4.PCIDE or
// toggling CR4.PGE drops every address space's.  The host mechanism caches
// translations per address space (g_host->load_address_space, invalidate).
void emulate_mov_to_cr(const tandem_site& s, tandem_regs& r) {
    u64 v = r.gpr[s.reg & 15];
    switch (s.aux) {
    case 0:
        if (!(v & TANDEM_CR0_PG) || !(v & TANDEM_CR0_PE)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        g_vcpu.state.cr0 = v | TANDEM_CR0_ET;
        break;
    case 2: g_vcpu.state.cr2 = v; break;
    case 3: {
        bool pcide = (g_vcpu.state.cr4 & TANDEM_CR4_PCIDE) != 0;
        if (!pcide && (v & TANDEM_CR3_NOFLUSH)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        u64 stored = v & ~TANDEM_CR3_NOFLUSH;
        if ((stored & TANDEM_CR3_ADDR_MASK) + TANDEM_PAGE_SIZE > g_vcpu.memory_size) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        trace(TANDEM_TRACE_ADDRESS_SPACE, 0, stored, g_vcpu.state.cr3);
        g_vcpu.state.cr3 = stored;
        g_host->load_address_space(current_pcid(), !(pcide && (v & TANDEM_CR3_NOFLUSH)));
        break;
    }
    case 4: {
        u64 old = g_vcpu.state.cr4;
        if (!(v & TANDEM_CR4_PAE)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        // PCIDE may be set only with PCID 0 loaded, and only if CPUID offers it.
        if ((v & ~old & TANDEM_CR4_PCIDE) &&
            (!g_host->address_space_ids || (g_vcpu.state.cr3 & TANDEM_CR3_PCID_MASK)))
            fault_at_site(s, r, TANDEM_EXC_GP, 0);
        g_vcpu.state.cr4 = v;
        if (((old ^ v) & TANDEM_CR4_PGE) || (old & ~v & TANDEM_CR4_PCIDE)) g_host->invalidate(kAllPcids, kAllPages);
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

// invlpg: drops one page of the current address space.
void emulate_invlpg(const tandem_site& s, tandem_regs& r) {
    u64 va = operand_address(s, r);
    if (tandem_user_address(va)) g_host->invalidate(current_pcid(), va & ~(TANDEM_PAGE_SIZE - 1));
}

// invpcid: type 0 = one address of one PCID, 1 = one PCID, 2 and 3 = every
// PCID (with or without globals: the user window holds none).
void emulate_invpcid(const tandem_site& s, tandem_regs& r) {
    u64 type = r.gpr[s.reg & 15];
    u64 desc[2];
    if (!guest_read(operand_address(s, r), desc, 16)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    if (type > 3) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    u64 pcid = desc[0];
    bool pcide = (g_vcpu.state.cr4 & TANDEM_CR4_PCIDE) != 0;
    if (type <= 1 && (pcid > TANDEM_CR3_PCID_MASK || (!pcide && pcid != 0))) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    if (type == 0) {
        if (tandem_user_address(desc[1])) g_host->invalidate(u32(pcid), desc[1] & ~(TANDEM_PAGE_SIZE - 1));
    } else if (type == 1) {
        g_host->invalidate(u32(pcid), kAllPages);
    } else {
        g_host->invalidate(kAllPcids, kAllPages);
    }
}

} // namespace vmlib
