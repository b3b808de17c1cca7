// Descriptor-table registers and the machine status word: lgdt, lidt, sgdt,
// sidt, lldt, ltr, sldt, str, smsw, lmsw, clts (SDM vol. 2 and vol. 3, 2.4).
#include "vmlib.h"

namespace vmlib {

// Reads the 10-byte pseudo-descriptor operand of lgdt/lidt.
static void load_dtr(const tandem_site& site, tandem_regs& regs, tandem_dtr& dtr) {
    u8 buf[10];
    if (!guest_read(operand_address(site, regs), buf, 10)) fault_at_site(site, regs, TANDEM_EXC_GP, 0);
    u16 limit;
    u64 base;
    copy_bytes(&limit, buf, 2);
    copy_bytes(&base, buf + 2, 8);
    dtr.limit = limit;
    dtr.base = base;
}

// Stores a pseudo-descriptor for sgdt/sidt.
static void store_dtr(const tandem_site& site, tandem_regs& regs, const tandem_dtr& dtr) {
    u8 buf[10];
    copy_bytes(buf, &dtr.limit, 2);
    copy_bytes(buf + 2, &dtr.base, 8);
    if (!guest_write(operand_address(site, regs), buf, 10)) fault_at_site(site, regs, TANDEM_EXC_GP, 0);
}

// The 16-bit selector operand of lldt/ltr/lmsw (register or memory).
static u16 read_selector(const tandem_site& site, tandem_regs& regs) {
    if (site.form == TANDEM_FORM_REG) return u16(read_reg(regs, site.reg, 2));
    u16 v;
    if (!guest_read(operand_address(site, regs), &v, 2)) fault_at_site(site, regs, TANDEM_EXC_GP, 0);
    return v;
}

// Stores the result of sldt/str/smsw: registers get it zero-extended, memory 16 bits.
static void write_selector(const tandem_site& site, tandem_regs& regs, u64 value) {
    if (site.form == TANDEM_FORM_REG) {
        write_reg(regs, site.reg, site.width == 2 ? 2 : 8, value);
        return;
    }
    u16 v = u16(value);
    if (!guest_write(operand_address(site, regs), &v, 2)) fault_at_site(site, regs, TANDEM_EXC_GP, 0);
}

void emulate_lgdt(const tandem_site& s, tandem_regs& r) { load_dtr(s, r, g_vcpu.state.gdtr); }
void emulate_lidt(const tandem_site& s, tandem_regs& r) { load_dtr(s, r, g_vcpu.state.idtr); }
void emulate_sgdt(const tandem_site& s, tandem_regs& r) { store_dtr(s, r, g_vcpu.state.gdtr); }
void emulate_sidt(const tandem_site& s, tandem_regs& r) { store_dtr(s, r, g_vcpu.state.idtr); }

// lldt: records the LDT selector (the platform has no use for LDT contents).
void emulate_lldt(const tandem_site& s, tandem_regs& r) { g_vcpu.state.ldtr = read_selector(s, r); }

// ltr: checks that the selector names an available 64-bit TSS in the GDT,
// marks it busy as the CPU does, and loads TR.
void emulate_ltr(const tandem_site& s, tandem_regs& r) {
    u16 sel = read_selector(s, r);
    u16 index = sel & ~7;
    const tandem_dtr& gdtr = g_vcpu.state.gdtr;
    if (!index || (sel & 4) || u64(index) + 15 > gdtr.limit || !kernel_range_ok(gdtr.base + index, 16))
        fault_at_site(s, r, TANDEM_EXC_GP, index);
    u64* desc = kptr<u64>(gdtr.base + index);
    u8 type = u8((desc[0] >> 40) & 0xf);
    bool present = (desc[0] >> 47) & 1;
    if (type != 0x9) fault_at_site(s, r, TANDEM_EXC_GP, index);
    if (!present) fault_at_site(s, r, TANDEM_EXC_NP, index);
    desc[0] |= 2ull << 40;  // busy
    g_vcpu.state.tr = sel;
}

void emulate_sldt(const tandem_site& s, tandem_regs& r) { write_selector(s, r, g_vcpu.state.ldtr); }
void emulate_str(const tandem_site& s, tandem_regs& r) { write_selector(s, r, g_vcpu.state.tr); }
void emulate_smsw(const tandem_site& s, tandem_regs& r) { write_selector(s, r, g_vcpu.state.cr0); }

// lmsw: loads PE, MP, EM, TS; it can set PE but never clear it.
void emulate_lmsw(const tandem_site& s, tandem_regs& r) {
    u64 v = read_selector(s, r) & 0xf;
    u64 cr0 = g_vcpu.state.cr0;
    cr0 = (cr0 & ~0xeull) | (v & 0xe) | (cr0 & 1) | (v & 1);
    g_vcpu.state.cr0 = cr0;
}

// clts: clears CR0.TS, the guest's "FPU state is now yours" signal.
void emulate_clts(const tandem_site&, tandem_regs&) { g_vcpu.state.cr0 &= ~TANDEM_CR0_TS; }

} // namespace vmlib
