// The interrupt flag and its friends: cli, sti, pushf, popf, stac, clac.
// IF and IOPL are always virtual; AC is virtual in guest kernel mode, because
// the guest kernel really runs in host user mode, where a real AC would turn
// on alignment checking.
#include "vmlib.h"

namespace vmlib {

// The guest-visible RFLAGS image for code whose real flags are `real`.
u64 virtual_flags(u64 real) {
    u64 v = (real & kRealFlags) | TANDEM_RFLAGS_FIXED;
    if (g_vcpu.vif) v |= TANDEM_RFLAGS_IF;
    v |= u64(g_vcpu.viopl & 3) << 12;
    if (g_vcpu.state.cpl == 0) {
        if (g_vcpu.vac) v |= TANDEM_RFLAGS_AC;
    } else {
        v |= real & (TANDEM_RFLAGS_AC | TANDEM_RFLAGS_TF);
    }
    return v;
}

// Takes IF, IOPL and kernel AC from a guest-written RFLAGS image; the real
// flags to continue with are returned.
u64 load_virtual_flags(u64 virt) {
    g_vcpu.vif = (virt & TANDEM_RFLAGS_IF) != 0;
    g_vcpu.viopl = u8((virt >> 12) & 3);
    g_vcpu.vac = (virt & TANDEM_RFLAGS_AC) != 0;
    return (virt & kRealFlags) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
}

// Real flags for guest user mode: arithmetic, DF, AC and TF run for real.
u64 real_user_flags(u64 virt) {
    return (virt & kRealUserFlags) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
}

// cli: clears the virtual IF; interrupts stay pending.
void emulate_cli(const tandem_site&, tandem_regs&) { g_vcpu.vif = false; }

// sti: sets the virtual IF; pending interrupts are delivered after the next
// instruction (the sti shadow), which matters for `sti; hlt`.
void emulate_sti(const tandem_site&, tandem_regs&) {
    if (!g_vcpu.vif) g_vcpu.sti_shadow = true;
    g_vcpu.vif = true;
}

// pushf: pushes the guest-visible RFLAGS.
void emulate_pushf(const tandem_site& site, tandem_regs& regs) {
    u64 v = virtual_flags(regs.rflags);
    u64 rsp = regs.gpr[TANDEM_RSP] - 8;
    if (!guest_write(rsp, &v, 8)) fault_at_site(site, regs, TANDEM_EXC_SS, 0);
    regs.gpr[TANDEM_RSP] = rsp;
}

// popf: loads RFLAGS from the stack; IF/IOPL/AC go to the virtual CPU.
void emulate_popf(const tandem_site& site, tandem_regs& regs) {
    u64 v;
    if (!guest_read(regs.gpr[TANDEM_RSP], &v, 8)) fault_at_site(site, regs, TANDEM_EXC_SS, 0);
    regs.gpr[TANDEM_RSP] += 8;
    regs.rflags = (v & kRealFlags) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    g_vcpu.vif = (v & TANDEM_RFLAGS_IF) != 0;
    g_vcpu.viopl = u8((v >> 12) & 3);
    g_vcpu.vac = (v & TANDEM_RFLAGS_AC) != 0;
}

// stac: allows supervisor access to user pages (virtual AC).
void emulate_stac(const tandem_site&, tandem_regs&) { g_vcpu.vac = true; }

// clac: forbids it again.
void emulate_clac(const tandem_site&, tandem_regs&) { g_vcpu.vac = false; }

} // namespace vmlib
