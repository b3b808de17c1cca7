// Guest address spaces as space processes (docs/PLATFORM.md "User-only mode:
// processes and trust").  vmproc starts a pool of spaces; each guest address
// space (PCID) in use is bound to one, whose user window keeps that address
// space's reflected pages across switches.  A CR3 load naming a PCID bound
// to another space moves the vCPU there: this space saves what only it holds
// (FPU registers, FS/GS base), disarms its timer, hands the switchboard to
// the other space and waits; the other resumes the saved context
// (uo_migrate.S).  Invalidations for an address space whose space is not
// running are queued and applied when that space takes the vCPU, so every
// space follows x86's TLB rules for its PCID.
#include "trace.h"
#include "uo_backend.h"

extern "C" {
void vmlib_space_migrate(vmlib::u32 target, vmlib::u64 idle_stack_top);
[[noreturn]] void vmlib_space_idle(vmlib::u64 idle_stack_top);
void vmlib_space_hand_off(vmlib::u32 target);
void vmlib_space_wait_turn();
// The context uo_migrate.S saves and resumes (guest memory: every space sees it).
vmlib::u64 vmlib_migrate_rsp;
}

namespace vmlib::uo {

const tandem_space_local* g_local;
u32 g_space_count = 1;

// One entry per space: which address space it holds and what others asked
// it to drop while it was not running.
constexpr u32 kQueuedPages = 32;
enum WholeFlush : u32 {
    kFlushNone,
    kFlushCheck, // the same address space: keep what its tables still map
    kFlushEmpty, // another address space (new PCID binding or page-table root): empty the window
};
struct Binding {
    u32 tag;        // PCID + 1; 0 = holds none
    u32 flush_all;  // WholeFlush, applied on taking the vCPU
    u64 root;       // the page-table root of its last CR3 load
    u64 last_use;   // for choosing which space gives up its address space
    u32 queued;     // pages in `page`
    u64 page[kQueuedPages];
};
static Binding g_binding[TANDEM_SPACE_MAX];
static u64 g_use_clock;
// Whether each space holds the vCPU or waits for vmproc to give it back:
// written by that space only; a space for which it is false is idle.
static bool g_active[TANDEM_SPACE_MAX];

// What only the space's own registers hold, carried to the next space.
alignas(64) static u8 g_fpu_area[16384];
static u64 g_fs_base, g_gs_base;

u32 my_slot() { return g_local->slot; }
bool space_idle() { return !__atomic_load_n(&g_active[my_slot()], __ATOMIC_ACQUIRE); }

static long futex(u32* word, long op, u32 value, u32 bits) {
    count(TANDEM_STAT_HOST_FUTEX);
    return vmlib_host_syscall(host::kSysFutex, reinterpret_cast<long>(word), op, long(value), 0, 0, long(bits));
}

// Gives the vCPU to `owner` (a slot or TANDEM_SWITCH_HOST) and wakes it alone.
void hand_vcpu_to(u32 owner) {
    __atomic_store_n(&g_switchboard.owner, owner, __ATOMIC_RELEASE);
    futex(&g_switchboard.owner, host::kFutexWakeBitset, 1, TANDEM_SWITCH_BIT(owner));
}

// Waits until the switchboard names this space as the vCPU's owner.
void wait_for_vcpu() {
    u32 me = my_slot();
    for (;;) {
        u32 owner = __atomic_load_n(&g_switchboard.owner, __ATOMIC_ACQUIRE);
        if (owner == me) return;
        futex(&g_switchboard.owner, host::kFutexWaitBitset, owner, TANDEM_SWITCH_BIT(me));
    }
}

// The XSAVE area must hold every state component the host enabled.
bool fpu_area_fits() {
    u32 a, b, c, d;
    asm volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0xd), "c"(0));
    return b <= sizeof g_fpu_area;
}

// Drops what others queued for this space while it did not run.
static void apply_queued() {
    Binding& b = g_binding[my_slot()];
    if (b.flush_all == kFlushEmpty) empty_user_window();
    else if (b.flush_all == kFlushCheck) flush_user_window();
    else
        for (u32 i = 0; i < b.queued; i++) flush_user_page(b.page[i]);
    b.flush_all = kFlushNone;
    b.queued = 0;
}

// Drops `va` (or everything: `whole` says how) for the address space in
// `slot`: at once if this space holds it, else when that space next takes
// the vCPU.
static void invalidate_slot(u32 slot, u64 va, WholeFlush whole = kFlushCheck) {
    if (slot == my_slot()) {
        if (va != kAllPages) flush_user_page(va);
        else if (whole == kFlushEmpty) empty_user_window();
        else flush_user_window();
        return;
    }
    Binding& b = g_binding[slot];
    count(TANDEM_STAT_INVAL_QUEUED);
    if (va == kAllPages) b.flush_all = b.flush_all > whole ? b.flush_all : whole;
    else if (b.queued == kQueuedPages) b.flush_all = b.flush_all > kFlushCheck ? b.flush_all : kFlushCheck;
    else b.page[b.queued++] = va;
}

// The space bound to `pcid`, binding one if none is: a space holding no
// address space, else the one used least recently (never the running one
// while there is another).  A newly bound space starts empty.
static u32 slot_for(u32 pcid) {
    u32 victim = TANDEM_SPACE_MAX;
    for (u32 s = 0; s < g_space_count; s++) {
        if (g_binding[s].tag == pcid + 1) return s;
        if (s == my_slot() && g_space_count > 1) continue;
        if (victim == TANDEM_SPACE_MAX || g_binding[s].tag == 0 ||
            (g_binding[victim].tag != 0 && g_binding[s].last_use < g_binding[victim].last_use))
            victim = s;
    }
    count(TANDEM_STAT_SPACE_BIND);
    Binding& b = g_binding[victim];
    b.tag = pcid + 1;
    b.flush_all = kFlushEmpty;
    b.queued = 0;
    return victim;
}

// HostMechanism::load_address_space.  A flushing load of another page-table
// root than the space's last one starts another address space (exec, a PCID
// given to a new process): what the space holds is very likely of no use to
// it, so the window is emptied at once instead of checked page by page.
void load_address_space(u32 pcid, bool flush) {
    u32 slot = slot_for(pcid);
    Binding& b = g_binding[slot];
    b.last_use = ++g_use_clock;
    u64 root = g_vcpu.state.cr3 & TANDEM_CR3_ADDR_MASK;
    bool other_root = b.root != root;
    b.root = root;
    if (flush) invalidate_slot(slot, kAllPages, other_root ? kFlushEmpty : kFlushCheck);
    else count(TANDEM_STAT_SPACE_KEPT);
    if (slot == my_slot()) {
        apply_queued();
        return;
    }
    count(TANDEM_STAT_SPACE_SWITCH);
    const u64 start = tracing() ? read_tsc() : 0;
    const u32 from = my_slot();
    vmlib_space_migrate(slot, g_local->idle_stack_top);
    // Here in the space that took the vCPU: the hand-off's duration.
    if (start) trace_record(TANDEM_TRACE_SPACE_SWITCH, u16(from), slot, 0, start);
}

// HostMechanism::invalidate.
void invalidate(u32 pcid, u64 va) {
    for (u32 s = 0; s < g_space_count; s++)
        if (g_binding[s].tag && (pcid == kAllPcids || g_binding[s].tag == pcid + 1)) invalidate_slot(s, va);
}

// The space slot 0 boots in holds PCID 0 from the start.
void bind_boot_space() {
    g_binding[0].tag = 1;
    g_binding[0].last_use = ++g_use_clock;
}

// Becoming the vCPU's holder: the registers the last holder saved, its
// queued invalidations, its own timer, and lines raised in between.
static void take_vcpu() {
    __atomic_store_n(&g_active[my_slot()], true, __ATOMIC_RELEASE);
    asm volatile("xrstor64 %0" ::"m"(g_fpu_area), "a"(~0u), "d"(~0u));
    asm volatile("wrfsbase %0" ::"r"(g_fs_base));
    asm volatile("wrgsbase %0" ::"r"(g_gs_base));
    apply_queued();
    take_async_lines();
    arm_timer(g_vcpu.state.timer_deadline_ns);
    if (g_vcpu.state.irq_pending) arm_retry();
}

void mark_active() { __atomic_store_n(&g_active[my_slot()], true, __ATOMIC_RELEASE); }

} // namespace vmlib::uo

using namespace vmlib;
using namespace vmlib::uo;

// Called by vmlib_space_migrate on this space's idle stack: hands the vCPU
// to `target` and returns once this space holds it again.
extern "C" void vmlib_space_hand_off(u32 target) {
    asm volatile("xsave64 %0" : "=m"(g_fpu_area) : "a"(~0u), "d"(~0u) : "memory");
    asm volatile("rdfsbase %0" : "=r"(g_fs_base));
    asm volatile("rdgsbase %0" : "=r"(g_gs_base));
    disarm_timer();
    __atomic_store_n(&g_active[my_slot()], false, __ATOMIC_RELEASE);
    hand_vcpu_to(target);
    vmlib_space_wait_turn();
}

// Waits for the vCPU and takes it; the caller then resumes the saved context.
extern "C" void vmlib_space_wait_turn() {
    wait_for_vcpu();
    take_vcpu();
}
