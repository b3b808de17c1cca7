// syscall/sysret configuration (SDM vol. 2, SYSCALL; vol. 3, 5.8.8).
#include "arch/syscall_setup.h"
#include "arch/asm_defs.h"
#include "arch/cpu.h"

extern "C" void syscall_entry();

namespace syscall_setup {

// STAR selects the segments, LSTAR the entry point; FMASK clears IF (the
// entry runs with interrupts off until it is on the kernel stack), TF, DF,
// AC and NT.
void init() {
    u64 star = (u64(STAR_SYSRET_BASE) << 48) | (u64(SEL_KCODE) << 32);
    x86::wrmsr(TANDEM_MSR_STAR, star);
    x86::wrmsr(TANDEM_MSR_LSTAR, reinterpret_cast<u64>(syscall_entry));
    x86::wrmsr(TANDEM_MSR_CSTAR, 0);
    x86::wrmsr(TANDEM_MSR_FMASK, TANDEM_RFLAGS_IF | TANDEM_RFLAGS_TF | TANDEM_RFLAGS_DF | TANDEM_RFLAGS_AC |
                                      TANDEM_RFLAGS_NT);
    u64 efer = x86::rdmsr(TANDEM_MSR_EFER);
    if (!(efer & TANDEM_EFER_SCE)) x86::wrmsr(TANDEM_MSR_EFER, efer | TANDEM_EFER_SCE);
}

} // namespace syscall_setup
