// Model-specific registers and segment bases: rdmsr, wrmsr, rdpmc, swapgs,
// rd/wr{fs,gs}base.  FS_BASE and GS_BASE are real: the guest's %fs:/%gs:
// accesses run natively against them.
#include "vmlib.h"

namespace vmlib {

// The MSR a guest names in ECX, or null if the virtual CPU has no such MSR.
static u64* msr_slot(u32 msr) {
    tandem_vcpu_state& s = g_vcpu.state;
    switch (msr) {
    case TANDEM_MSR_EFER: return &s.efer;
    case TANDEM_MSR_STAR: return &s.star;
    case TANDEM_MSR_LSTAR: return &s.lstar;
    case TANDEM_MSR_CSTAR: return &s.cstar;
    case TANDEM_MSR_FMASK: return &s.fmask;
    case TANDEM_MSR_FS_BASE: return &s.fs_base;
    case TANDEM_MSR_GS_BASE: return &s.gs_base;
    case TANDEM_MSR_KERNEL_GS_BASE: return &s.kernel_gs_base;
    case TANDEM_MSR_TSC_AUX: return &s.tsc_aux;
    default: return nullptr;
    }
}

static bool canonical(u64 v) { return (u64)((int64_t)(v << 16) >> 16) == v; }

// rdmsr: EDX:EAX = MSR[ECX]; unknown MSRs raise #GP(0) as on hardware.
void emulate_rdmsr(const tandem_site& s, tandem_regs& r) {
    u64* slot = msr_slot(u32(r.gpr[TANDEM_RCX]));
    if (!slot) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    r.gpr[TANDEM_RAX] = *slot & 0xffffffffull;
    r.gpr[TANDEM_RDX] = *slot >> 32;
}

// wrmsr: MSR[ECX] = EDX:EAX, with the checks the CPU makes.
void emulate_wrmsr(const tandem_site& s, tandem_regs& r) {
    u32 msr = u32(r.gpr[TANDEM_RCX]);
    u64 v = (r.gpr[TANDEM_RDX] << 32) | (r.gpr[TANDEM_RAX] & 0xffffffffull);
    u64* slot = msr_slot(msr);
    if (!slot) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    switch (msr) {
    case TANDEM_MSR_EFER:
        // Long mode and paging stay on; only SCE and NXE may change.
        v = (v & (TANDEM_EFER_SCE | TANDEM_EFER_NXE)) | TANDEM_EFER_LME | TANDEM_EFER_LMA;
        break;
    case TANDEM_MSR_LSTAR:
    case TANDEM_MSR_CSTAR:
    case TANDEM_MSR_KERNEL_GS_BASE:
        if (!canonical(v)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        break;
    case TANDEM_MSR_FS_BASE:
        if (!canonical(v)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        load_fs_base(v);
        break;
    case TANDEM_MSR_GS_BASE:
        if (!canonical(v)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        load_gs_base(v);
        break;
    case TANDEM_MSR_FMASK: v &= 0xffffffffull; break;
    case TANDEM_MSR_TSC_AUX: v &= 0xffffffffull; break;
    }
    *slot = v;
}

// rdpmc: there are no performance counters; reads return 0.
void emulate_rdpmc(const tandem_site&, tandem_regs& r) {
    r.gpr[TANDEM_RAX] = 0;
    r.gpr[TANDEM_RDX] = 0;
}

// swapgs: exchanges GS_BASE and KERNEL_GS_BASE.
void emulate_swapgs(const tandem_site&, tandem_regs&) {
    u64 t = g_vcpu.state.gs_base;
    g_vcpu.state.gs_base = g_vcpu.state.kernel_gs_base;
    g_vcpu.state.kernel_gs_base = t;
    load_gs_base(g_vcpu.state.gs_base);
}

void emulate_rdfsbase(const tandem_site& s, tandem_regs& r) { write_reg(r, s.reg, s.width, g_vcpu.state.fs_base); }
void emulate_rdgsbase(const tandem_site& s, tandem_regs& r) { write_reg(r, s.reg, s.width, g_vcpu.state.gs_base); }

void emulate_wrfsbase(const tandem_site& s, tandem_regs& r) {
    u64 v = read_reg(r, s.reg, s.width);
    if (!canonical(v)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    g_vcpu.state.fs_base = v;
    load_fs_base(v);
}

void emulate_wrgsbase(const tandem_site& s, tandem_regs& r) {
    u64 v = read_reg(r, s.reg, s.width);
    if (!canonical(v)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
    g_vcpu.state.gs_base = v;
    load_gs_base(v);
}

} // namespace vmlib
