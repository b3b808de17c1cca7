// The selftest's descriptor tables: a flat GDT with kernel and user
// segments, a TSS (RSP0 and IST1 stacks), a one-entry LDT and the IDT
// pointing at entry.S's stubs (SDM vol. 3, 3.4.5, 6.14, 8.2.3).
#include "selftest.h"

alignas(16) uint64_t g_gdt[GDT_ENTRIES];
alignas(16) x86::IdtGate g_idt[kIdtVectors];
alignas(16) x86::Tss g_tss;
alignas(16) uint64_t g_ldt[2];
alignas(16) uint8_t g_trap_stack[kTrapStackSize];
alignas(16) uint8_t g_ist1_stack[kTrapStackSize];
extern "C" const uint64_t trap_stubs[kIdtVectors];

// A 16-byte LDT system descriptor (type 2) for `base`/`limit`.
static void make_ldt_descriptor(uint64_t out[2], uint64_t base, uint64_t limit) {
    out[0] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x82ull << 40) | ((limit >> 16 & 0xf) << 48) |
             ((base >> 24 & 0xff) << 56);
    out[1] = base >> 32;
}

// Fills GDT, TSS, LDT and IDT in memory; checks_cpu loads them.
void desc_build() {
    g_gdt[0] = 0;
    g_gdt[SEL_KCODE / 8] = x86::kGdtKernelCode;
    g_gdt[SEL_KDATA / 8] = x86::kGdtKernelData;
    g_gdt[SEL_USER32 / 8] = 0x00cffa000000ffffull; // 32-bit user code (unused, keeps the sysret layout)
    g_gdt[SEL_UDATA / 8] = x86::kGdtUserData;
    g_gdt[SEL_UCODE / 8] = x86::kGdtUserCode;
    x86::make_tss_descriptor(&g_gdt[SEL_TSS / 8], &g_tss);
    g_ldt[0] = 0;
    g_ldt[1] = x86::kGdtUserData;
    make_ldt_descriptor(&g_gdt[SEL_LDT / 8], uint64_t(g_ldt), sizeof(g_ldt) - 1);

    g_tss.rsp[0] = uint64_t(g_trap_stack + kTrapStackSize);
    g_tss.ist[0] = uint64_t(g_ist1_stack + kTrapStackSize);
    g_tss.iomap_base = sizeof(x86::Tss);

    for (unsigned v = 0; v < kIdtVectors; v++) {
        // #BP and VEC_USER_INT are reachable with int from user mode (DPL 3);
        // everything is an interrupt gate.
        uint8_t dpl = v == TANDEM_EXC_BP || v == VEC_USER_INT ? 3 : 0;
        g_idt[v] = x86::make_gate(trap_stubs[v], SEL_KCODE, dpl, false);
    }
}

// Rewrites one gate's IST field, for the IST check.
void set_gate_ist(unsigned vector, uint8_t ist) {
    uint8_t dpl = vector == TANDEM_EXC_BP || vector == VEC_USER_INT ? 3 : 0;
    g_idt[vector] = x86::make_gate(trap_stubs[vector], SEL_KCODE, dpl, false, ist);
}
