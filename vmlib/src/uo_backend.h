// The user-only backend's pieces (uo_*.cpp), shared among themselves.
#pragma once
#include "host.h"

namespace vmlib::uo {

extern tandem_uo_config g_cfg;
extern unsigned char g_dispatch_selector;
extern tandem_switchboard g_switchboard;

// The space this code runs in (uo_spaces.cpp): its local area (the same
// address in every space, private to each) and the spaces vmproc started.
extern const tandem_space_local* g_local;
extern u32 g_space_count;
u32 my_slot();
// Whether this space neither holds the vCPU nor waits for vmproc to return it.
bool space_idle();
void mark_active();
// The switchboard hand-off: store the new owner and wake it alone; wait
// until this space is named.
void hand_vcpu_to(u32 owner);
void wait_for_vcpu();
// Whether the XSAVE area carried between spaces holds the host's state.
bool fpu_area_fits();
// HostMechanism's address-space operations, and slot 0's first binding.
void load_address_space(u32 pcid, bool flush);
void invalidate(u32 pcid, u64 va);
void bind_boot_space();

// MMU reflection in this space (uo_mmu.cpp).
void init_reflection();
// A whole flush of the same address space: keeps what its tables still map.
void flush_user_window();
// A whole flush for another address space: unmaps everything.
void empty_user_window();
void flush_user_page(u64 va);
// Maps the page at `va` from guest memory if the guest's tables allow
// `access`; otherwise stores the #PF error code and returns false.
bool reflect(u64 va, u32 access, u32* pf_error);
// A user page fault goes to the guest kernel: remember it, so that the page
// is reflected when the guest returns to user mode (if its tables now allow
// the access) instead of faulting a second time.
void note_guest_fault(u64 va, u32 access);
void reflect_ahead();

// Host timer behind the guest deadline (uo_timer.cpp): the space's own
// POSIX timer (g_local->timer_id), created by the stub, signalling this thread.
// HostMechanism::arm_timer: fires when the deadline (0 = none) passes.
void arm_timer(u64 deadline_ns);
void on_timer_signal();
// Moves lines other vmproc threads raised (tandem_run.irq_async) into the
// pending ones; only where vmlib itself is not running.
void take_async_lines();
// Stops the host timer (a space handing the vCPU on).
void disarm_timer();

// Profiling (uo_profile.cpp), active when g_cfg.profile_interval_ns is set:
// the ring vmproc drains, a sample of where the vCPU is (enum
// tandem_profile_where) if one is due, and the host timer's sleep (`in` ns,
// 0 = none) cut to the next sample.
extern tandem_profile_ring g_profile_ring;
void profile_sample(u32 where, u64 rip);
u64 profile_clamp(u64 in);

// Looks again in TANDEM_IRQ_RETRY_NS (or at the guest's deadline if
// sooner): for an interrupt that found vmlib running.
void arm_retry();

} // namespace vmlib::uo
