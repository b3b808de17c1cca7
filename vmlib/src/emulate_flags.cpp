// The interrupt flag and its friends: cli, sti, pushf, popf, stac, clac.
// IF and IOPL are always virtual; AC is virtual in guest kernel mode, because
// the guest kernel really runs in host user mode, where a real AC would turn
// on alignment checking.
#include "vmlib.h"

#include <tandem/x86_event.h>

namespace vmlib {

// The guest-visible RFLAGS image for code whose real flags are `real` (the
// rule itself is shared with the module: tandem/x86_event.c).
u64 virtual_flags(u64 real) { return tandem_x86_virtual_flags(&g_vcpu, real); }

// Takes IF, IOPL and kernel AC from a guest-written RFLAGS image; the real
// flags to continue with are returned.
u64 load_virtual_flags(u64 virt) { return tandem_x86_load_virtual_flags(&g_vcpu, virt); }

// Real flags for guest user mode: arithmetic, DF, AC and TF run for real.
u64 real_user_flags(u64 virt) {
    return (virt & TANDEM_RFLAGS_REAL_USER) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
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
    regs.rflags = load_virtual_flags(v);
}

// stac: allows supervisor access to user pages (virtual AC).
void emulate_stac(const tandem_site&, tandem_regs&) { g_vcpu.vac = true; }

// clac: forbids it again.
void emulate_clac(const tandem_site&, tandem_regs&) { g_vcpu.vac = false; }

} // namespace vmlib
