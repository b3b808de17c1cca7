// The guest's FS and GS base, common to both backends: in user-only and in
// composite mode the guest runs on the vCPU thread in host ring 3 with
// FSGSBASE enabled, so the real registers hold the guest's bases while it
// runs (each backend saves and restores the host's around a run).
#include "vmlib.h"

namespace vmlib {

// wrmsr FS_BASE, wrfsbase and friends: the guest's new base takes effect at once.
void load_fs_base(u64 v) { asm volatile("wrfsbase %0" ::"r"(v)); }

// wrmsr GS_BASE, wrgsbase, swapgs: likewise for GS.
void load_gs_base(u64 v) { asm volatile("wrgsbase %0" ::"r"(v)); }

void save_user_bases() {
    if (g_vcpu.state.cpl != 3) return;
    asm volatile("rdfsbase %0" : "=r"(g_vcpu.state.fs_base));
    asm volatile("rdgsbase %0" : "=r"(g_vcpu.state.gs_base));
}

} // namespace vmlib
