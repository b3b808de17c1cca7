// Control transfers between privilege levels and segment registers: iretq,
// sysretq, lretq, and segment loads/stores (which are virtual: the real
// segments stay the host's flat ones).
#include "vmlib.h"

namespace vmlib {

// iretq: pops RIP, CS, RFLAGS, RSP, SS; RPL 3 in CS returns to user mode.
void emulate_iretq(const tandem_site& s, tandem_regs& r) {
    u64 f[5];
    if (!guest_read(r.gpr[TANDEM_RSP], f, sizeof f)) fault_at_site(s, r, TANDEM_EXC_SS, 0);
    u64 rip = f[0], cs = f[1] & 0xffff, flags = f[2], rsp = f[3], ss = f[4] & 0xffff;
    u8 rpl = cs & 3;
    if (rpl != 0 && rpl != 3) fault_at_site(s, r, TANDEM_EXC_GP, u32(cs & ~3));
    g_vcpu.state.cs = u16(cs);
    g_vcpu.state.ss = u16(ss);
    r.rip = rip;
    r.gpr[TANDEM_RSP] = rsp;
    if (rpl == 3) {
        g_vcpu.state.cpl = 3;
        g_vcpu.vif = (flags & TANDEM_RFLAGS_IF) != 0;
        g_vcpu.viopl = u8((flags >> 12) & 3);
        r.rflags = real_user_flags(flags);
        resume_user(r);
    }
    r.rflags = load_virtual_flags(flags);
}

// sysretq: RIP = RCX, RFLAGS = R11, CS/SS from STAR[63:48], CPL 3.
void emulate_sysretq(const tandem_site& s, tandem_regs& r) {
    u64 rip = r.gpr[TANDEM_RCX];
    if ((u64)((int64_t)(rip << 16) >> 16) != rip) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    u64 flags = r.gpr[TANDEM_R11];
    u16 base = u16(g_vcpu.state.star >> 48);
    g_vcpu.state.cs = u16((base + 16) | 3);
    g_vcpu.state.ss = u16((base + 8) | 3);
    g_vcpu.state.cpl = 3;
    g_vcpu.vif = (flags & TANDEM_RFLAGS_IF) != 0;
    g_vcpu.viopl = u8((flags >> 12) & 3);
    r.rip = rip;
    r.rflags = real_user_flags(flags);
    resume_user(r);
}

// lretq: the CS-reload idiom after lgdt (same privilege only).
void emulate_lretq(const tandem_site& s, tandem_regs& r) {
    u64 f[2];
    if (!guest_read(r.gpr[TANDEM_RSP], f, sizeof f)) fault_at_site(s, r, TANDEM_EXC_SS, 0);
    if ((f[1] & 3) != 0) fault_at_site(s, r, TANDEM_EXC_GP, u32(f[1] & ~3));
    g_vcpu.state.cs = u16(f[1]);
    r.rip = f[0];
    r.gpr[TANDEM_RSP] += 16;
}

// The virtual selector slot for a segment-register number.
static u16* sreg_slot(u8 sreg) {
    tandem_vcpu_state& st = g_vcpu.state;
    switch (sreg) {
    case TANDEM_SREG_ES: return &st.es;
    case TANDEM_SREG_CS: return &st.cs;
    case TANDEM_SREG_SS: return &st.ss;
    case TANDEM_SREG_DS: return &st.ds;
    case TANDEM_SREG_FS: return &st.fs;
    case TANDEM_SREG_GS: return &st.gs;
    default: return nullptr;
    }
}

// mov to a segment register: recorded, no effect on the real segments.
void emulate_mov_to_seg(const tandem_site& s, tandem_regs& r) {
    u16* slot = sreg_slot(s.aux);
    if (!slot || s.aux == TANDEM_SREG_CS) fault_at_site(s, r, TANDEM_EXC_UD, 0);
    u16 v;
    if (s.form == TANDEM_FORM_REG) v = u16(r.gpr[s.reg & 15]);
    else if (!guest_read(operand_address(s, r), &v, 2)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    *slot = v;
}

// mov from a segment register: the virtual selector.
void emulate_mov_from_seg(const tandem_site& s, tandem_regs& r) {
    u16* slot = sreg_slot(s.aux);
    if (!slot) fault_at_site(s, r, TANDEM_EXC_UD, 0);
    if (s.form == TANDEM_FORM_REG) {
        write_reg(r, s.reg, s.width == 2 ? 2 : 8, *slot);
    } else if (!guest_write(operand_address(s, r), slot, 2)) {
        fault_at_site(s, r, TANDEM_EXC_GP, 0);
    }
}

// push %sreg: 8 bytes, selector zero-extended.
void emulate_push_seg(const tandem_site& s, tandem_regs& r) {
    u16* slot = sreg_slot(s.aux);
    if (!slot) fault_at_site(s, r, TANDEM_EXC_UD, 0);
    u64 v = *slot;
    if (!guest_write(r.gpr[TANDEM_RSP] - 8, &v, 8)) fault_at_site(s, r, TANDEM_EXC_SS, 0);
    r.gpr[TANDEM_RSP] -= 8;
}

// pop %sreg.
void emulate_pop_seg(const tandem_site& s, tandem_regs& r) {
    u16* slot = sreg_slot(s.aux);
    if (!slot || s.aux == TANDEM_SREG_CS) fault_at_site(s, r, TANDEM_EXC_UD, 0);
    u64 v;
    if (!guest_read(r.gpr[TANDEM_RSP], &v, 8)) fault_at_site(s, r, TANDEM_EXC_SS, 0);
    *slot = u16(v);
    r.gpr[TANDEM_RSP] += 8;
}

} // namespace vmlib
