// The user-only backend's pieces (uo_*.cpp), shared among themselves.
#pragma once
#include "host.h"

namespace vmlib::uo {

extern tandem_uo_config g_cfg;
extern unsigned char g_dispatch_selector;
extern tandem_switchboard g_switchboard;

// MMU reflection (uo_mmu.cpp).
void flush_user_window();
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
// POSIX timer, created by the stub, signalling this thread.
extern int g_timer_id;
// HostMechanism::arm_timer: fires when the deadline (0 = none) passes.
void arm_timer(u64 deadline_ns);
void on_timer_signal();
// Moves lines other vmproc threads raised (tandem_run.irq_async) into the
// pending ones; only where vmlib itself is not running.
void take_async_lines();
// Looks again in TANDEM_IRQ_RETRY_NS (or at the guest's deadline if
// sooner): for an interrupt that found vmlib running.
void arm_retry();

} // namespace vmlib::uo
