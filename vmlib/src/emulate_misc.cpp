// Instructions with no host effect (wbinvd, invd, monitor) and the
// identification/extended-state ones: cpuid, xsetbv.
#include "vmlib.h"

namespace vmlib {

// Cache and monitor instructions: nothing to do on a virtual CPU.
void emulate_nop(const tandem_site&, tandem_regs&) {}

// cpuid: the host's answer, with the hypervisor bit and tandem's leaf
// 0x40000000 ("TandemTandem") so a guest can tell where it runs.
void emulate_cpuid(const tandem_site&, tandem_regs& r) {
    u32 leaf = u32(r.gpr[TANDEM_RAX]), sub = u32(r.gpr[TANDEM_RCX]);
    u32 a, b, c, d;
    if (leaf >= 0x40000000u && leaf < 0x50000000u) {
        a = b = c = d = 0;
        if (leaf == 0x40000000u) {
            a = 0x40000000u;
            b = 0x646e6154u;  // "Tand"
            c = 0x61546d65u;  // "emTa"
            d = 0x6d65646eu;  // "ndem"
        }
    } else {
        asm volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(sub));
        if (leaf == 1) {
            c |= 1u << 31;        // hypervisor present
            c &= ~(1u << 5);      // no VMX
            c &= ~(1u << 3);      // no MONITOR/MWAIT worth using
            // PCID is vmlib's own (translations kept per address space by the
            // host mechanism), not the host CPU's.
            if (g_host->address_space_ids) c |= 1u << 17;
            else c &= ~(1u << 17);
        }
        if (leaf == 0x80000001u) c &= ~(1u << 2);  // no SVM
    }
    r.gpr[TANDEM_RAX] = a;
    r.gpr[TANDEM_RBX] = b;
    r.gpr[TANDEM_RCX] = c;
    r.gpr[TANDEM_RDX] = d;
}

// xsetbv: XCR0 may name any subset of what the host enabled (x87 always).
void emulate_xsetbv(const tandem_site& s, tandem_regs& r) {
    if (u32(r.gpr[TANDEM_RCX]) != 0) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    u64 v = (r.gpr[TANDEM_RDX] << 32) | (r.gpr[TANDEM_RAX] & 0xffffffffull);
    u32 lo, hi;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    u64 host = (u64(hi) << 32) | lo;
    if (!(v & 1) || (v & ~host) || ((v & 4) && !(v & 2))) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    g_vcpu.state.xcr0 = v;
}

} // namespace vmlib
