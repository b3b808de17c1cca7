// Lazy FPU state switching with CR0.TS and #NM.
#include "arch/fpu.h"
#include "arch/cpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "lib/kprintf.h"
#include "lib/panic.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "sched/task.h"
#include "proc/process.h"
#include "proc/signal.h"

namespace fpu {
namespace {
bool g_xsave;
u64 g_xcr0;
size_t g_area_size = 512;
Task* g_owner;     // whose state is in the registers
bool g_ts_set;     // our view of CR0.TS (avoids reading CR0)

void set_ts() {
    if (!g_ts_set) {
        x86::set_ts();
        g_ts_set = true;
    }
}
void clear_ts() {
    if (g_ts_set) {
        x86::clts();
        g_ts_set = false;
    }
}

// Writes the architectural initial state into an area: FCW = 0x37f (all
// exceptions masked), MXCSR = 0x1f80; an all-zero xsave header means "init
// state" for every other component.
void init_area(void* area) {
    memset(area, 0, g_area_size);
    u8* p = static_cast<u8*>(area);
    u16 fcw = 0x37f;
    u32 mxcsr = 0x1f80;
    memcpy(p + 0, &fcw, 2);
    memcpy(p + 24, &mxcsr, 4);
}

// An x87 no-op first: some CPU emulators (qemu's TCG, seen with 7.2) run
// xsave/xrstor without the #NM that CR0.TS must raise, and tandem.ko's lazy
// FPU switch relies on that #NM to load the vCPU's state before these touch
// the registers.  fnop's own #NM (every emulator checks it) does that; on
// hardware it costs nothing the xsave would not have trapped on anyway.
static inline void touch_fpu() { asm volatile("fnop"); }

void save(void* area) {
    touch_fpu();
    if (g_xsave)
        asm volatile("xsave64 (%0)" ::"r"(area), "a"(u32(g_xcr0)), "d"(u32(g_xcr0 >> 32)) : "memory");
    else
        asm volatile("fxsave64 (%0)" ::"r"(area) : "memory");
}

void restore(const void* area) {
    touch_fpu();
    if (g_xsave)
        asm volatile("xrstor64 (%0)" ::"r"(area), "a"(u32(g_xcr0)), "d"(u32(g_xcr0 >> 32)) : "memory");
    else
        asm volatile("fxrstor64 (%0)" ::"r"(area) : "memory");
}
} // namespace

// Chooses the save format and size (CPUID leaf 0xD for xsave).
void init() {
    if (x86::read_cr4() & TANDEM_CR4_OSXSAVE) {
        u32 r[4];
        x86::cpuid(0xd, 0, r);
        g_xcr0 = cpu::xgetbv0();
        if (r[1] >= 576) {
            g_xsave = true;
            g_area_size = r[1];
        }
    }
    // Power-of-two kmalloc classes are naturally aligned; xsave needs 64.
    size_t s = 64;
    while (s < g_area_size) s <<= 1;
    g_area_size = s;
    g_ts_set = false;
    set_ts();
    kdebug("kernel: fpu: %s, %zu-byte save areas\n", g_xsave ? "xsave" : "fxsave", g_area_size);
}

// Lazy part: nothing is saved here, the registers stay with their owner.
void switch_to(Task* next) {
    if (next == g_owner) clear_ts();
    else set_ts();
}

// Saves the old owner's registers, loads (or initialises) the current task's.
void handle_nm(TrapFrame* frame) {
    Task* t = current();
    if (!frame->from_user() && !t->proc) panic_at(frame->rip, "FPU used in kernel thread %d", t->tid);
    clear_ts();
    if (g_owner == t) return;
    if (!t->fpu) {
        t->fpu = kmalloc(g_area_size);
        if (!t->fpu) {
            // No memory for its FPU state: the process cannot go on (as an OOM kill).
            kprintf("kernel: out of memory for FPU state: killing process %d\n", t->proc ? t->proc->pid : 0);
            set_ts();
            if (t->proc) signal::send_process(t->proc, signal::SIGKILL);
            return;
        }
        init_area(t->fpu);
    }
    if (g_owner) save(g_owner->fpu);
    restore(t->fpu);
    g_owner = t;
}

// Fresh state after exec: drop ownership so the next use reloads it.
void reset(Task* t) {
    if (t->fpu) init_area(t->fpu);
    if (g_owner == t) {
        g_owner = nullptr;
        if (t == current()) set_ts();
    }
}

size_t state_size() { return g_area_size; }

// The task's registers into its save area (allocated in the initial state
// if it never used the FPU), so the area can be read.
void* sync(Task* t) {
    if (!t->fpu) {
        t->fpu = kmalloc(g_area_size);
        if (!t->fpu) return nullptr;
        init_area(t->fpu);
        return t->fpu;
    }
    if (g_owner == t) {
        bool ts = g_ts_set;
        clear_ts();
        save(t->fpu);
        if (ts) set_ts();
    }
    return t->fpu;
}

// Replaces the task's saved state with `src` (from user memory, already
// copied into the kernel), made safe for xrstor: reserved MXCSR bits and
// unknown state components cleared, compacted format refused.
bool load(Task* t, const void* src) {
    if (!sync(t)) return false;
    u8* a = static_cast<u8*>(t->fpu);
    memcpy(a, src, g_area_size);
    u32 mxcsr;
    memcpy(&mxcsr, a + 24, 4);
    mxcsr &= 0xffbf;
    memcpy(a + 24, &mxcsr, 4);
    if (g_xsave) {
        u64 xstate_bv, xcomp_bv = 0;
        memcpy(&xstate_bv, a + 512, 8);
        xstate_bv &= g_xcr0;
        memcpy(a + 512, &xstate_bv, 8);
        memcpy(a + 520, &xcomp_bv, 8);
        memset(a + 528, 0, 48); // reserved part of the header
    }
    if (g_owner == t) {
        g_owner = nullptr;
        if (t == current()) set_ts();
    }
    return true;
}

// fork/clone: the child starts with a copy of the parent's registers.
bool clone(Task* parent, Task* child) {
    child->fpu = nullptr;
    if (!parent->fpu && g_owner != parent) return true; // never used: lazily initialised
    void* src = sync(parent);
    if (!src) return false;
    child->fpu = kmalloc(g_area_size);
    if (!child->fpu) return false;
    memcpy(child->fpu, src, g_area_size);
    return true;
}

void release(Task* t) {
    if (g_owner == t) g_owner = nullptr;
    kfree(t->fpu);
    t->fpu = nullptr;
}

} // namespace fpu
