// vmlib internals: the virtual CPU every emulation routine works on, and the
// small set of primitives (resume, deliver, exit) they are built from.
// docs/ARCHITECTURE.md ("vmlib") describes how the pieces fit together.
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <tandem/platform.h>

namespace vmlib {

using u8 = uint8_t;
using u16 = uint16_t;
using u32 = uint32_t;
using u64 = uint64_t;

// Everything vmlib knows about the single virtual CPU.  Its head is the
// contract's struct tandem_cp_vcpu (platform.h 8b): the architectural state
// (`state`) and the virtual IF (`vif`), IOPL (`viopl`), kernel-mode AC
// (`vac`) and sti shadow (`sti_shadow`), which composite mode shares with
// the module and the shared event code (tandem/x86_event.h) works on.  The
// rest is vmlib's own bookkeeping.
struct Vcpu : tandem_cp_vcpu {
    bool in_guest;     // guest (kernel or user) context is current on this thread
    u32 timer_latch;   // low half of a timer deadline being written
    u64 memory_size;
    const tandem_boot_info* boot;
};

extern Vcpu g_vcpu;

// Puts the virtual CPU in the contract's boot state (docs/PLATFORM.md
// "Boot"); false if the boot info does not carry TANDEM_BOOT_MAGIC.
bool init_vcpu(u64 boot_info_phys, u64 rip, u64 rsp, u64 memory_size);
extern tandem_run g_run;
extern tandem_stats g_stats;

static inline void count(tandem_stat s) { g_stats.events[s]++; }
static inline void count(tandem_stat s, u64 n) { g_stats.events[s] += n; }

// ---- RFLAGS conversion ----------------------------------------------------
// Which bits run for real is an x86 rule of tandem's (tandem/x86.h:
// TANDEM_RFLAGS_REAL, TANDEM_RFLAGS_REAL_USER); IF, IOPL and (in kernel
// mode) AC are virtual.

// The guest-visible RFLAGS image given the real flags of the interrupted code.
u64 virtual_flags(u64 real);
// Loads a guest-visible RFLAGS image into the virtual flags; returns the real flags to run with.
u64 load_virtual_flags(u64 virt);
// Real flags for user mode (AC/TF are real there).
u64 real_user_flags(u64 virt);

// ---- guest memory -------------------------------------------------------------
// A kernel-half address the guest named, checked to lie inside guest memory.
bool kernel_range_ok(u64 va, u64 len);
template <typename T> static inline T* kptr(u64 va) { return reinterpret_cast<T*>(va); }
static inline u8* phys_ptr(u64 pa) { return reinterpret_cast<u8*>(TANDEM_DIRECT_MAP_BASE + pa); }
// Reads/writes guest memory at a kernel or (reflected) user address; false if not allowed.
bool guest_read(u64 va, void* out, u64 len);
bool guest_write(u64 va, const void* in, u64 len);

// ---- event delivery ---------------------------------------------------------------
enum class Delivery { kOk, kTripleFault };
// Delivers exception/interrupt `vector` to the guest as the hardware would:
// updates `regs` (and CPL, CS, IF) so that resuming them runs the handler.
// A software interrupt (`int $n`) passes its instruction length: regs.rip is the
// instruction, the frame gets the next one, and a #GP for a DPL<CPL gate gets
// the instruction itself, as on hardware.
Delivery deliver(tandem_regs& regs, u32 vector, bool has_error, u32 error, u32 software_insn_len = 0);
// Delivers the lowest pending interrupt if the virtual IF allows it; true if one was delivered.
bool deliver_pending_irq(tandem_regs& regs);
bool irq_deliverable();
// Exception vectors that push an error code.
bool vector_has_error_code(u32 vector);

// ---- leaving emulation ---------------------------------------------------------
// The order in which entry.S pops rax..r15 (without rsp) from a resume area.
extern const u8 kResumeAreaOrder[15];
// Continues the guest in kernel mode with `regs` (delivering a pending interrupt first).
[[noreturn]] void resume_kernel(tandem_regs& regs);
// Continues the guest in user mode with `regs` (delivering #NM/interrupts first).
[[noreturn]] void resume_user(tandem_regs& regs);
// Set while a user entry with TF set has not yet run its first user
// instruction: the single-step traps that the entry path's own last
// instructions raise are not the guest's (uo_signals.cpp drops them).
extern bool g_user_step_entry;
// User-only mode's user entry: loads `regs` through vmlib_enter_user_asm.
[[noreturn]] void enter_user_direct(tandem_regs& regs);
// Continues the guest at whatever CPL the virtual CPU is at.
[[noreturn]] void resume(tandem_regs& regs);
// Returns to vmproc with g_run filled in; comes back when vmproc runs the vCPU again.
void exit_to_host(tandem_exit_reason reason);
// Stops the VM for good (shutdown/internal error) with a message.
[[noreturn]] void fatal_exit(tandem_exit_reason reason, const char* msg, u64 rip, u32 vector, u32 error, u64 addr);

// ---- site emulation -------------------------------------------------------------
// One handler per instruction kind.  `site` describes the rewritten
// instruction, `regs` is the guest state with rip = the next instruction.
using SiteHandler = void (*)(const tandem_site& site, tandem_regs& regs);
SiteHandler site_handler(u16 kind);
// Where the rewritten instruction began: the call, or the private-stack xchg before it.
u64 site_insn_addr(const tandem_site& site);
// True if `rsp` is on vmlib's private site stack: the guest sits between a
// swapgs/sysretq site's xchg and its call, where no interrupt may be delivered.
bool in_private_stack_window(u64 rsp);
// Raises an exception at the rewritten instruction itself (faults report its address).
[[noreturn]] void fault_at_site(const tandem_site& site, tandem_regs& regs, u32 vector, u32 error);
// Operand helpers.
u64 operand_address(const tandem_site& site, const tandem_regs& regs);
u64 read_reg(const tandem_regs& regs, u8 reg, u8 width);
void write_reg(tandem_regs& regs, u8 reg, u8 width, u64 value);

// Handlers (one per kind, grouped by file).
void emulate_cli(const tandem_site&, tandem_regs&);
void emulate_sti(const tandem_site&, tandem_regs&);
void emulate_pushf(const tandem_site&, tandem_regs&);
void emulate_popf(const tandem_site&, tandem_regs&);
void emulate_stac(const tandem_site&, tandem_regs&);
void emulate_clac(const tandem_site&, tandem_regs&);
void emulate_lgdt(const tandem_site&, tandem_regs&);
void emulate_lidt(const tandem_site&, tandem_regs&);
void emulate_sgdt(const tandem_site&, tandem_regs&);
void emulate_sidt(const tandem_site&, tandem_regs&);
void emulate_lldt(const tandem_site&, tandem_regs&);
void emulate_ltr(const tandem_site&, tandem_regs&);
void emulate_sldt(const tandem_site&, tandem_regs&);
void emulate_str(const tandem_site&, tandem_regs&);
void emulate_smsw(const tandem_site&, tandem_regs&);
void emulate_lmsw(const tandem_site&, tandem_regs&);
void emulate_clts(const tandem_site&, tandem_regs&);
void emulate_mov_to_cr(const tandem_site&, tandem_regs&);
void emulate_mov_from_cr(const tandem_site&, tandem_regs&);
void emulate_mov_to_dr(const tandem_site&, tandem_regs&);
void emulate_mov_from_dr(const tandem_site&, tandem_regs&);
void emulate_invlpg(const tandem_site&, tandem_regs&);
void emulate_invpcid(const tandem_site&, tandem_regs&);
void emulate_rdmsr(const tandem_site&, tandem_regs&);
void emulate_wrmsr(const tandem_site&, tandem_regs&);
void emulate_rdpmc(const tandem_site&, tandem_regs&);
void emulate_swapgs(const tandem_site&, tandem_regs&);
void emulate_rdfsbase(const tandem_site&, tandem_regs&);
void emulate_rdgsbase(const tandem_site&, tandem_regs&);
void emulate_wrfsbase(const tandem_site&, tandem_regs&);
void emulate_wrgsbase(const tandem_site&, tandem_regs&);
void emulate_in(const tandem_site&, tandem_regs&);
void emulate_out(const tandem_site&, tandem_regs&);
void emulate_ins(const tandem_site&, tandem_regs&);
void emulate_outs(const tandem_site&, tandem_regs&);
void emulate_hlt(const tandem_site&, tandem_regs&);
void emulate_mwait(const tandem_site&, tandem_regs&);
void emulate_nop(const tandem_site&, tandem_regs&);
void emulate_cpuid(const tandem_site&, tandem_regs&);
void emulate_xsetbv(const tandem_site&, tandem_regs&);
void emulate_iretq(const tandem_site&, tandem_regs&);
void emulate_sysretq(const tandem_site&, tandem_regs&);
void emulate_lretq(const tandem_site&, tandem_regs&);
void emulate_mov_to_seg(const tandem_site&, tandem_regs&);
void emulate_mov_from_seg(const tandem_site&, tandem_regs&);
void emulate_push_seg(const tandem_site&, tandem_regs&);
void emulate_pop_seg(const tandem_site&, tandem_regs&);

// ---- the guest timer and interrupt lines (timer.cpp) -------------------------------
// Returns true if vmlib handled the port itself (the timer's).
bool local_port_out(u16 port, u32 value, u8 size);
// The host's TSC: the guest clock's source, and the trace's clock.
static inline u64 read_tsc() {
    u32 lo, hi;
    asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (u64(hi) << 32) | lo;
}
// Guest monotonic nanoseconds (boot_info.clock).
u64 guest_now_ns();
// The guest programmed its one-shot deadline (0 = off).
void timer_program(u64 deadline_ns);
// If the guest's deadline has passed: clears it, makes the timer line
// pending and returns true.
bool check_deadline();
// Moves the lines vmproc raised between runs (tandem_run.irq_raise) into the pending ones.
void take_raised_lines();

// ---- FS/GS base (bases.cpp) ----------------------------------------------------------
// Loads the FS/GS base the guest sees (wrfsbase/wrgsbase: the guest runs on
// this thread in both modes).
void load_fs_base(u64 v);
void load_gs_base(u64 v);
// An event from guest user mode: user code may have changed its bases with
// wrfsbase/wrgsbase, so the virtual CPU takes them from the real registers.
void save_user_bases();

// ---- stop requests (exits.cpp) -------------------------------------------------------
// A host stop signal (SIGINT/SIGTERM/SIGHUP) arrived: noted in the run
// record and counted; the next exit to vmproc becomes the stop.
void note_stop_request(u32 sig);
extern bool g_stop_pending;

// ---- the host mechanism: what differs between user-only and composite mode ------------
// Everything else (emulation, delivery, the guest's events, the timer's
// deadline and lines, FS/GS base, exits) is vmlib's common layer.
// HostMechanism::invalidate's "every page" and "every address space".
constexpr u64 kAllPages = ~0ull;
constexpr u32 kAllPcids = ~0u;
struct HostMechanism {
    // The guest loaded CR3 naming address space `pcid` (0 without
    // CR4.PCIDE); with `flush` that address space's user translations go.
    void (*load_address_space)(u32 pcid, bool flush);
    // Drops the user translation of `va` (kAllPages: all of them) cached for
    // address space `pcid` (kAllPcids: for every one): invlpg, invpcid, CR4.
    void (*invalidate)(u32 pcid, u64 va);
    // Whether translations are kept per address space, so that the guest is
    // offered PCIDs (CPUID.1:ECX.PCID, CR4.PCIDE).
    bool address_space_ids;
    // Follows the guest's deadline with a host timer (0 = none); may be null
    // when the host watches g_vcpu.state.timer_deadline_ns itself.
    void (*arm_timer)(u64 deadline_ns);
    // Maps user page `va` if the guest's tables allow `access`; otherwise
    // stores the #PF error code and returns false.
    bool (*reflect)(u64 va, u32 access, u32* pf_error);
    // Hands g_run to vmproc and returns when vmproc runs the vCPU again.
    void (*switch_to_host)();
    // Enters guest user mode with `regs` (already checked); does not return.
    void (*enter_user)(tandem_regs& regs);
    // Whether the first FPU instruction cannot trap, so that #NM must be
    // delivered before user entry while CR0.TS is set (user-only mode).
    bool eager_nm;
    // Last step before entering guest user mode (may be null).
    void (*before_user_entry)();
    // A user page fault goes to the guest kernel (may be null): user-only
    // mode reflects the page on the way back to user mode instead of
    // faulting twice.
    void (*note_guest_fault)(u64 va, u32 access);
};
extern const HostMechanism* g_host;

// ---- small freestanding helpers -----------------------------------------------------
void copy_bytes(void* dst, const void* src, u64 n);
void zero_bytes(void* dst, u64 n);
void set_message(const char* msg);

} // namespace vmlib
