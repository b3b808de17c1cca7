// The composite backend: the guest runs in ring 3 under tandem.ko
// (platform.h section 8b).  vmlib's emulation is the same as in user-only
// mode; only the mechanism underneath differs: exits and MMU updates are
// hypercalls, the timer deadline and pending lines are shared with the
// module in vmlib's own virtual CPU, and guest events arrive as upcalls
// (cp_events.cpp) instead of host signals.
#include "cp_backend.h"

#include "page_walk.h"

extern "C" {
extern char __vmlib_text_start[];
extern char __vmlib_text_end[];
extern char __vmlib_private_stack[];
extern char __vmlib_private_stack_top[];
void vmlib_cp_boot_asm();
void vmlib_cp_event_asm();
long vmlib_hypercall(long nr, long a1, long a2);
}

static_assert(TANDEM_HYPERCALL_VECTOR == 31, "cp_entry.S uses int $31");

namespace vmlib::cp {

tandem_cp_event g_event;
alignas(16) static u8 g_boot_stack[16384];
alignas(16) static u8 g_event_stack[16384];

// A CR3 load: the module applies the queued invalidations and makes the
// address space (page-table root and PCID) current, with the user window it
// kept for it unless the load flushes.
static void load_address_space(u32 pcid, bool flush) {
    if (flush) count(TANDEM_STAT_INVAL_FULL);
    u64 arg = u64(pcid) | (flush ? TANDEM_HC_SPACE_FLUSH : 0);
    vmlib_hypercall(TANDEM_HC_SET_SPACE, long(g_vcpu.state.cr3 & TANDEM_CR3_ADDR_MASK), long(arg));
}

// Appends one invalidation to the queue in the shared head (platform.h
// 8b), the next page of the previous entry's range extending it; a full
// queue goes to the module first.  No hypercall otherwise: the module
// applies the queue before the guest runs user code again.
static void queue_invalidation(u32 pcid, u64 va) {
    u32 n = g_vcpu.inval_count;
    if (n > 0 && n <= TANDEM_CP_INVAL_SLOTS && va != kAllPages) {
        tandem_cp_inval& last = g_vcpu.inval[n - 1];
        if (last.pcid == pcid && last.va != TANDEM_CP_INVAL_ALL_PAGES && last.pages < TANDEM_CP_INVAL_MAX_PAGES &&
            last.va + u64(last.pages) * TANDEM_PAGE_SIZE == va) {
            last.pages++;
            return;
        }
    }
    if (n >= TANDEM_CP_INVAL_SLOTS) {
        vmlib_hypercall(TANDEM_HC_INVALIDATE, 0, 0);
        n = 0;
    }
    g_vcpu.inval[n] = tandem_cp_inval{va == kAllPages ? TANDEM_CP_INVAL_ALL_PAGES : va, va == kAllPages ? 0u : 1u,
                                      pcid == kAllPcids ? TANDEM_CP_INVAL_ALL_PCIDS : pcid};
    g_vcpu.inval_count = n + 1;
}

// invlpg, invpcid and CR4's flushes: queued for the module.
static void invalidate(u32 pcid, u64 va) {
    count(va == kAllPages ? TANDEM_STAT_INVAL_FULL : TANDEM_STAT_INVAL_PAGE);
    queue_invalidation(pcid, va);
}

// Maps a user page the guest's tables allow, with their permissions; the
// page becomes writable only once its PTE is dirty (or this access writes),
// so the guest's dirty bits stay truthful, exactly as in user-only mode.
static bool reflect(u64 va, u32 access, u32* pf_error) {
    Translation t = translate(va, access);
    if (!t.ok) {
        *pf_error = t.error_code;
        return false;
    }
    u64 flags = 0;
    if (t.writable && ((access & kAccessWrite) || (*t.leaf & TANDEM_PTE_D))) flags |= TANDEM_HC_MAP_WRITE;
    if (!t.executable) flags |= TANDEM_HC_MAP_NX;
    long r = vmlib_hypercall(TANDEM_HC_MAP, long(va & ~(TANDEM_PAGE_SIZE - 1)),
                             long((t.phys & ~(TANDEM_PAGE_SIZE - 1)) | flags));
    if (r != 0) fatal_exit(TANDEM_EXIT_INTERNAL, "composite mode: the module refused a user mapping", va, 0, 0, va);
    return true;
}

// Exits to vmproc with a hypercall; on the way back, takes the lines vmproc
// raised and notices a deadline that passed while vmproc ran.
static void switch_to_host() {
    vmlib_hypercall(TANDEM_HC_EXIT, long(g_run.exit_reason), 0);
    take_raised_lines();
    check_deadline();
}

// The registers of a user entry, always in this one block: the module maps
// its page into the switcher once and enters user mode from it without
// leaving the switcher (kmod/fastpath.c); aligned so it never straddles a page.
alignas(256) static tandem_regs g_enter_regs;

// Enters guest user mode through the module, which switches to the user
// shadow root and loads the registers as a hardware iretq would.
static void enter_user(tandem_regs& regs) {
    copy_bytes(&g_enter_regs, &regs, sizeof regs);
    vmlib_hypercall(TANDEM_HC_ENTER_USER, long(reinterpret_cast<u64>(&g_enter_regs)), 0);
    fatal_exit(TANDEM_EXIT_INTERNAL, "composite mode: the module refused a user entry", regs.rip, 0, 0, 0);
}

// The module keeps address spaces apart (by root and PCID), so the guest is
// offered PCIDs.  #NM is delivered before user entry while the guest's TS is
// set, as in user-only mode (TANDEM_CP_EAGER_NM): the guest's lazy switch
// then runs inside its return to user mode, with no trap.  No host timer: the deadline is shared state (g_vcpu's head), which the
// module watches between runs and turns into the timer line when it passes,
// so programming the timer costs no hypercall.
const HostMechanism kComposite = {
    load_address_space, invalidate, true, nullptr, reflect, switch_to_host, enter_user, true, nullptr, nullptr,
};

// A direct-map address of vmlib's, as the module wants it.
static u64 va(const void* p) { return reinterpret_cast<u64>(p); }

} // namespace vmlib::cp

using namespace vmlib;
using namespace vmlib::cp;

// Host entry (called by vmproc in its own process, like uo_setup): puts the
// vCPU in its boot state, selects the composite backend and describes vmlib
// to the module.  0 or -errno.
extern "C" int vmlib_cp_setup(const tandem_vcpu_entry* in, tandem_cp_config* out) {
    g_host = &kComposite;
    if (!init_vcpu(in->boot_info_phys, in->entry_rip, in->entry_rsp, in->memory_size)) return -22;
    zero_bytes(out, sizeof *out);
    out->boot_rip = va(reinterpret_cast<const void*>(&vmlib_cp_boot_asm));
    out->boot_rsp = va(g_boot_stack + sizeof g_boot_stack);
    out->event_rip = va(reinterpret_cast<const void*>(&vmlib_cp_event_asm));
    out->event_rsp = va(g_event_stack + sizeof g_event_stack);
    out->event_va = va(&g_event);
    out->vcpu_va = va(&g_vcpu);
    out->run_va = va(&g_run);
    out->flags = TANDEM_CP_EAGER_NM;
    out->text_start = va(__vmlib_text_start);
    out->text_end = va(__vmlib_text_end);
    out->private_stack_lo = va(__vmlib_private_stack);
    out->private_stack_hi = va(__vmlib_private_stack_top);
    copy_bytes(&out->clock, &g_vcpu.boot->clock, sizeof out->clock);
    return 0;
}

// First guest code in composite mode: jumps to the kernel's entry point.
extern "C" [[noreturn]] void vmlib_cp_boot() {
    g_vcpu.in_guest = true;
    tandem_regs regs = g_vcpu.state.regs;
    resume_kernel(regs);
}
