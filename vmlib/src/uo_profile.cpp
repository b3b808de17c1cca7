// `tandem run --profile` in user-only mode: where the vCPU is, sampled from
// the space's timer signal every profile_interval_ns (the host timer is
// clamped to the next sample while profiling, uo_timer.cpp) and written into
// a ring that vmproc drains (platform.h section 11).  Every sample names the
// program of the interrupted address space from the guest kernel's
// program-name table, so vmproc never has to follow the guest's tables.
#include "uo_backend.h"

namespace vmlib::uo {

tandem_profile_ring g_profile_ring;

// When the next sample is due (guest clock); the timer signal also fires for
// guest deadlines, retries and injected lines, which are not samples.
static u64 g_profile_due_ns;

// The program running in address space `root`, from the table the guest
// kernel keeps (boot info; guest memory, bounded by the memory size).
static void program_of(u64 root, char* out) {
    zero_bytes(out, TANDEM_PROGRAM_NAME_MAX);
    u64 phys = g_vcpu.boot->program_names_phys;
    if (!phys || !root) return;
    if (phys > g_vcpu.memory_size || g_vcpu.memory_size - phys < sizeof(tandem_program_names)) return;
    const auto* table = reinterpret_cast<const tandem_program_names*>(phys_ptr(phys));
    for (const tandem_program_name& e : table->entries)
        if (e.root == root) {
            copy_bytes(out, e.name, TANDEM_PROGRAM_NAME_MAX);
            return;
        }
}

// Records one sample if one is due.  A late one (the timer signal waited
// for the space to run, or for a long host call to return) also stands for
// the intervals that passed meanwhile, so every millisecond of wall-clock
// time is in the profile.
void profile_sample(u32 where, u64 rip) {
    u64 now = guest_now_ns();
    if (now < g_profile_due_ns) return;
    u64 missed = g_profile_due_ns ? (now - g_profile_due_ns) / g_cfg.profile_interval_ns : 0;
    g_profile_due_ns = now + g_cfg.profile_interval_ns;
    u32 head = g_profile_ring.head;
    tandem_profile_sample& s = g_profile_ring.samples[head & (TANDEM_PROFILE_SAMPLES - 1)];
    s.rip = rip;
    s.root = g_vcpu.state.cr3 & TANDEM_CR3_ADDR_MASK;
    s.where = where;
    s.missed = u32(missed < TANDEM_PROFILE_MISSED_MAX ? missed : TANDEM_PROFILE_MISSED_MAX);
    program_of(s.root, s.program);
    __atomic_store_n(&g_profile_ring.head, head + 1, __ATOMIC_RELEASE);
}

// How long the host timer may sleep: until the guest's deadline (`in` ns,
// 0 = none) or the next sample, whichever is sooner.
u64 profile_clamp(u64 in) {
    u64 now = guest_now_ns();
    u64 next = g_profile_due_ns > now ? g_profile_due_ns - now : 1;
    return in && in < next ? in : next;
}

} // namespace vmlib::uo
