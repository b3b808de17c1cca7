// vmlib's global state and the descriptor vmproc looks up in the guest image.
#include "trace.h"

extern "C" {
extern tandem_site __tandem_sites_start[];
extern tandem_site __tandem_sites_end[];
extern char __vmlib_text_start[];
extern char __vmlib_text_end[];
int vmlib_cp_setup(const tandem_vcpu_entry*, tandem_cp_config*);
void vmlib_space_entry(const tandem_space_local*);
void vmlib_signal(int, void*, void*);
void vmlib_sigreturn();
}
namespace vmlib::uo {
extern unsigned char g_dispatch_selector;
extern tandem_switchboard g_switchboard;
extern tandem_profile_ring g_profile_ring;
}

namespace vmlib {

Vcpu g_vcpu;
tandem_run g_run;
tandem_stats g_stats;

// Freestanding byte copy for vmlib's own use (never the guest's memcpy, so
// vmlib code does not depend on the guest-visible string routines).
void copy_bytes(void* dst, const void* src, u64 n) {
    auto* d = static_cast<volatile u8*>(dst);
    auto* s = static_cast<const u8*>(src);
    for (u64 i = 0; i < n; i++) d[i] = s[i];
}

// Freestanding zero fill for vmlib's own use.
void zero_bytes(void* dst, u64 n) {
    auto* d = static_cast<volatile u8*>(dst);
    for (u64 i = 0; i < n; i++) d[i] = 0;
}

// The host's enabled XSAVE features: the guest gets the same XCR0.
static u64 xgetbv0() {
    u32 lo, hi;
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (u64(hi) << 32) | lo;
}

// Both backends start the vCPU in the same architectural state, from boot
// info that vmproc wrote (checked by its magic).
bool init_vcpu(u64 boot_info_phys, u64 rip, u64 rsp, u64 memory_size) {
    tandem_vcpu_state& s = g_vcpu.state;
    zero_bytes(&s, sizeof s);
    s.cr0 = TANDEM_CR0_PE | TANDEM_CR0_MP | TANDEM_CR0_ET | TANDEM_CR0_NE | TANDEM_CR0_WP | TANDEM_CR0_PG;
    s.cr4 = TANDEM_CR4_PAE | TANDEM_CR4_OSFXSR | TANDEM_CR4_OSXMMEXCPT | TANDEM_CR4_FSGSBASE | TANDEM_CR4_OSXSAVE;
    s.efer = TANDEM_EFER_SCE | TANDEM_EFER_LME | TANDEM_EFER_LMA | TANDEM_EFER_NXE;
    s.xcr0 = xgetbv0();
    s.cpl = 0;
    s.regs.rip = rip;
    s.regs.gpr[TANDEM_RSP] = rsp;
    s.regs.gpr[TANDEM_RDI] = TANDEM_PHYS_TO_VIRT(boot_info_phys);
    s.regs.gpr[TANDEM_RSI] = TANDEM_BOOT_MAGIC;
    s.regs.rflags = TANDEM_RFLAGS_FIXED;
    g_vcpu.vif = false;
    g_vcpu.viopl = 0;
    g_vcpu.vac = false;
    g_vcpu.memory_size = memory_size;
    g_vcpu.boot = reinterpret_cast<const tandem_boot_info*>(phys_ptr(boot_info_phys));
    return g_vcpu.boot->magic == TANDEM_BOOT_MAGIC;
}

// Stores a message for vmproc to print with a shutdown/internal exit.
void set_message(const char* msg) {
    u64 i = 0;
    for (; msg && msg[i] && i + 1 < sizeof(g_run.message); i++) g_run.message[i] = msg[i];
    g_run.message[i] = 0;
}

} // namespace vmlib

// The descriptor: how vmproc finds vmlib's entry points and tables.
extern "C" __attribute__((section(TANDEM_VMLIB_SECTION), used)) const tandem_vmlib_desc __tandem_vmlib_desc = {
    TANDEM_VMLIB_MAGIC,
    TANDEM_ABI_VERSION,
    sizeof(tandem_vmlib_desc),
    reinterpret_cast<tandem_u64>(&vmlib_space_entry),
    reinterpret_cast<tandem_u64>(&vmlib_signal),
    reinterpret_cast<tandem_u64>(&vmlib_sigreturn),
    reinterpret_cast<tandem_u64>(&vmlib::g_run),
    reinterpret_cast<tandem_u64>(&vmlib::g_stats),
    reinterpret_cast<tandem_u64>(&vmlib::g_vcpu.state),
    reinterpret_cast<tandem_u64>(__tandem_sites_start),
    reinterpret_cast<tandem_u64>(__tandem_sites_end),
    reinterpret_cast<tandem_u64>(__vmlib_text_start),
    reinterpret_cast<tandem_u64>(__vmlib_text_end),
    reinterpret_cast<tandem_u64>(&vmlib_cp_setup),
    reinterpret_cast<tandem_u64>(&vmlib::uo::g_dispatch_selector),
    reinterpret_cast<tandem_u64>(&vmlib::uo::g_switchboard),
    reinterpret_cast<tandem_u64>(&vmlib::uo::g_profile_ring),
    reinterpret_cast<tandem_u64>(&vmlib::g_trace_ring),
};
