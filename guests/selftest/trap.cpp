// trap_dispatch: every exception and interrupt of the selftest lands here
// (entry.S).  It records what the CPU pushed, handles the events the
// checks provoke (timer, kernel fixups, user demand paging, lazy FPU) and
// ends the user run on any other user-mode exception.
#include "selftest.h"

volatile TrapRecord g_last_trap;
volatile uint32_t g_trap_count;
volatile uint32_t g_timer_count;
volatile TrapRecord g_last_timer;
volatile uint32_t g_nm_count;
volatile Fixup g_fixup;
DemandRegion g_demand;
FpuArea* volatile g_fpu_current;
FpuArea* volatile g_fpu_owner;

// Expects one kernel fault of `vector` with RIP in [from, to]; resumes at `resume`.
void arm_fixup(uint64_t vector, uint64_t from, uint64_t to, uint64_t resume) {
    g_fixup.vector = vector;
    g_fixup.from = from;
    g_fixup.to = to;
    g_fixup.resume = resume;
    g_fixup.hit = false;
    g_fixup.active = true;
}

// A valid initial FXSAVE image: FCW = 0x37f (all x87 exceptions masked), MXCSR = 0x1f80.
void fpu_area_init(FpuArea* a) {
    __builtin_memset(a, 0, sizeof(*a));
    a->bytes[0] = 0x7f;
    a->bytes[1] = 0x03;
    a->bytes[24] = 0x80;
    a->bytes[25] = 0x1f;
}

// #NM: the lazy FPU switch.  Clears TS, saves the owner's registers and
// loads the state of the context that is running now.  False when #NM keeps
// coming although there is nothing to switch (the caller gives up).
static bool handle_nm() {
    static uint32_t idle_repeats; // #NM with nothing to switch: TS did not clear
    g_nm_count = g_nm_count + 1;
    x86::clts();
    FpuArea* cur = g_fpu_current;
    FpuArea* owner = g_fpu_owner;
    if (cur == owner) return ++idle_repeats < 8;
    idle_repeats = 0;
    if (owner) asm volatile("fxsave64 %0" : "=m"(*owner));
    if (cur) asm volatile("fxrstor64 %0" ::"m"(*cur));
    g_fpu_owner = cur;
    return true;
}

// Keeps what the CPU pushed for the checks to compare.
static void record(volatile TrapRecord& r, const TrapFrame* f, uint64_t cr2) {
    r.vector = f->vector;
    r.error = f->error;
    r.rip = f->rip;
    r.cs = f->cs;
    r.rflags = f->rflags;
    r.rsp = f->rsp;
    r.ss = f->ss;
    r.cr2 = cr2;
    r.frame_top = uint64_t(&f->ss) + 8;
}

// Copies the interrupted user registers out, for the kernel side of a run.
static void save_user_regs(const TrapFrame* f) {
    UserRegs& u = g_user_regs;
    u.r15 = f->r15, u.r14 = f->r14, u.r13 = f->r13, u.r12 = f->r12;
    u.r11 = f->r11, u.r10 = f->r10, u.r9 = f->r9, u.r8 = f->r8;
    u.rbp = f->rbp, u.rdi = f->rdi, u.rsi = f->rsi, u.rdx = f->rdx;
    u.rcx = f->rcx, u.rbx = f->rbx, u.rax = f->rax;
    u.rip = f->rip, u.rflags = f->rflags, u.rsp = f->rsp;
}

// A user-mode fault: demand paging and #NM are served; anything else ends the run.
static void user_trap(TrapFrame* f, uint64_t cr2) {
    if (f->vector == TANDEM_EXC_NM && handle_nm()) return;
    // Demand paging; a fault that keeps coming back ends the run instead of looping.
    if (f->vector == TANDEM_EXC_PF && !(f->error & TANDEM_PF_P) && cr2 >= g_demand.lo && cr2 < g_demand.hi &&
        g_demand.faults < 8) {
        if (g_demand.faults++ == 0) record(g_demand.first, f, cr2);
        uint64_t page = cr2 & ~4095ull;
        map_page(g_demand.pml4, page, alloc_page(), TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U);
        x86::invlpg(page);
        return;
    }
    save_user_regs(f);
    user_abort(RUN_EXCEPTION);
}

// Called by entry.S for every vector; returning resumes the interrupted code.
extern "C" void trap_dispatch(TrapFrame* f) {
    uint64_t cr2 = f->vector == TANDEM_EXC_PF ? x86::read_cr2() : 0;
    if (f->vector == TANDEM_VEC_TIMER) {
        record(g_last_timer, f, 0);
        g_timer_count = g_timer_count + 1;
    }
    if (f->vector >= TANDEM_VEC_FIRST_IRQ && f->vector != TANDEM_VEC_TIMER && f->vector != VEC_USER_INT)
        return; // console input: nothing to do
    if (f->vector >= TANDEM_VEC_FIRST_IRQ) {
        // The timer or a software interrupt from user mode ends the user run.
        if ((f->cs & 3) != 3) return;
        record(g_last_trap, f, 0);
        save_user_regs(f);
        user_abort(RUN_INTERRUPT);
    }
    record(g_last_trap, f, cr2);
    g_trap_count = g_trap_count + 1;
    if ((f->cs & 3) == 3) {
        user_trap(f, cr2);
        return;
    }
    // A kernel-mode #NM would be a selftest bug, but serve it.
    if (f->vector == TANDEM_EXC_NM && handle_nm()) return;
    if (g_fixup.active && f->vector == g_fixup.vector && f->rip >= g_fixup.from && f->rip <= g_fixup.to) {
        g_fixup.active = false;
        g_fixup.hit = true;
        f->rip = g_fixup.resume;
        return;
    }
    console::write(g_con, "Bail out! unexpected kernel exception ");
    console::write_dec(g_con, f->vector);
    console::write(g_con, " error ");
    console::write_hex(g_con, f->error);
    console::write(g_con, " rip ");
    console::write_hex(g_con, f->rip);
    console::write(g_con, " cr2 ");
    console::write_hex(g_con, cr2);
    console::putc(g_con, '\n');
    power_off(1);
}
