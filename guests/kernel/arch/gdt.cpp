// Descriptor tables of the single CPU.
#include "arch/gdt.h"
#include "arch/asm_defs.h"
#include "arch/cpu.h"

extern "C" void reload_segments();

namespace gdt {
namespace {
alignas(16) u64 g_gdt[7];
alignas(16) x86::Tss g_tss;
alignas(16) u8 g_df_stack[8192]; // IST1: #DF gets a known-good stack
} // namespace

// Null, kernel code/data, user data/code (sysret order), TSS (two slots).
void init() {
    g_gdt[0] = 0;
    g_gdt[SEL_KCODE / 8] = x86::kGdtKernelCode;
    g_gdt[SEL_KDATA / 8] = x86::kGdtKernelData;
    g_gdt[SEL_UDATA / 8] = x86::kGdtUserData;
    g_gdt[SEL_UCODE / 8] = x86::kGdtUserCode;
    g_tss.iomap_base = sizeof(x86::Tss); // no I/O bitmap: user port access faults
    g_tss.ist[0] = reinterpret_cast<u64>(g_df_stack + sizeof g_df_stack);
    x86::make_tss_descriptor(&g_gdt[SEL_TSS / 8], &g_tss);
    x86::DescriptorPointer p{sizeof g_gdt - 1, reinterpret_cast<u64>(g_gdt)};
    x86::lgdt(p);
    reload_segments();
    x86::ltr(SEL_TSS);
}

void set_kernel_stack(u64 top) { g_tss.rsp[0] = top; }

} // namespace gdt
