// IDT setup.  Every gate is an interrupt gate (IF cleared on entry); the
// stubs are in arch/entry.S.
#include "arch/idt.h"
#include "arch/asm_defs.h"
#include "arch/cpu.h"

extern "C" const u64 isr_stub_table[36];

namespace idt {
namespace {
alignas(16) x86::IdtGate g_idt[256];
constexpr int kStubCount = 36; // exceptions, then the device vectors 32..TANDEM_VEC_CHANNEL
static_assert(kStubCount == TANDEM_VEC_CHANNEL + 1, "a stub for every device vector");
} // namespace

// Fills the gates: #BP and #OF may be raised by user code (int3/into), #DF
// runs on IST1.
void init() {
    for (int v = 0; v < kStubCount; v++) {
        u8 dpl = (v == TANDEM_EXC_BP || v == TANDEM_EXC_OF) ? 3 : 0;
        u8 ist = v == TANDEM_EXC_DF ? 1 : 0;
        g_idt[v] = x86::make_gate(isr_stub_table[v], SEL_KCODE, dpl, false, ist);
    }
    x86::DescriptorPointer p{sizeof g_idt - 1, reinterpret_cast<u64>(g_idt)};
    x86::lidt(p);
}

} // namespace idt
