// Port I/O and waiting: in, out, ins, outs, hlt, mwait.  The timer's ports
// are handled inside vmlib (like an in-kernel LAPIC timer); every other
// port is an exit to vmproc's devices.
#include "vmlib.h"

namespace vmlib {

// The port of an in/out site: an immediate or %dx.
static u16 site_port(const tandem_site& s, const tandem_regs& r) {
    return s.form == TANDEM_FORM_IMM ? s.imm : u16(r.gpr[TANDEM_RDX]);
}

// Performs one port write: locally or through an exit.
static void port_out(u16 port, u32 value, u8 size) {
    if (local_port_out(port, value, size)) return;
    g_run.io_port = port;
    g_run.io_size = size;
    g_run.io_in = 0;
    g_run.io_value = value;
    exit_to_host(TANDEM_EXIT_IO);
}

// Performs one port read through an exit; vmproc stores the value.
static u32 port_in(u16 port, u8 size) {
    g_run.io_port = port;
    g_run.io_size = size;
    g_run.io_in = 1;
    g_run.io_value = 0;
    exit_to_host(TANDEM_EXIT_IO);
    u32 v = g_run.io_value;
    return size == 1 ? (v & 0xff) : size == 2 ? (v & 0xffff) : v;
}

static u8 io_width(const tandem_site& s) { return s.width == 1 || s.width == 2 ? s.width : 4; }

void emulate_out(const tandem_site& s, tandem_regs& r) {
    u8 w = io_width(s);
    port_out(site_port(s, r), u32(read_reg(r, TANDEM_RAX, w)), w);
}

void emulate_in(const tandem_site& s, tandem_regs& r) {
    u8 w = io_width(s);
    write_reg(r, TANDEM_RAX, w, port_in(site_port(s, r), w));
}

// outs: (%rsi) to port %dx, element by element, honouring rep and DF.
void emulate_outs(const tandem_site& s, tandem_regs& r) {
    u8 w = io_width(s);
    bool rep = s.flags & TANDEM_SITE_FLAG_REP;
    while (!rep || r.gpr[TANDEM_RCX]) {
        u32 v = 0;
        if (!guest_read(r.gpr[TANDEM_RSI], &v, w)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        port_out(u16(r.gpr[TANDEM_RDX]), v, w);
        r.gpr[TANDEM_RSI] += (r.rflags & TANDEM_RFLAGS_DF) ? -u64(w) : u64(w);
        if (!rep) break;
        r.gpr[TANDEM_RCX]--;
    }
}

// ins: port %dx to (%rdi), element by element.
void emulate_ins(const tandem_site& s, tandem_regs& r) {
    u8 w = io_width(s);
    bool rep = s.flags & TANDEM_SITE_FLAG_REP;
    while (!rep || r.gpr[TANDEM_RCX]) {
        u32 v = port_in(u16(r.gpr[TANDEM_RDX]), w);
        if (!guest_write(r.gpr[TANDEM_RDI], &v, w)) fault_at_site(s, r, TANDEM_EXC_GP, 0);
        r.gpr[TANDEM_RDI] += (r.rflags & TANDEM_RFLAGS_DF) ? -u64(w) : u64(w);
        if (!rep) break;
        r.gpr[TANDEM_RCX]--;
    }
}

// Waits until an interrupt is pending (exits to vmproc while there is none).
// The deadline is read before the pending lines are looked at: a timer
// signal landing between the two (user-only mode; the module between runs
// in composite mode) clears the deadline and raises the line.  Read the
// other way round, vmproc was told "no timer armed" for a line vmlib was
// already holding, and slept until console input that never came.  In this
// order either the line is seen here or vmproc gets the passed deadline and
// wakes at once.
static void wait_for_interrupt() {
    for (;;) {
        u64 deadline = __atomic_load_n(&g_vcpu.state.timer_deadline_ns, __ATOMIC_RELAXED);
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
        if (__atomic_load_n(&g_vcpu.state.irq_pending, __ATOMIC_RELAXED)) return;
        g_run.halt_deadline_ns = deadline;
        g_vcpu.state.halted = 1;
        exit_to_host(TANDEM_EXIT_HALT);
        g_vcpu.state.halted = 0;
    }
}

// hlt: with IF=1 waits for an interrupt, which is then delivered after the
// hlt; with IF=0 and nothing pending the CPU would stop forever.
void emulate_hlt(const tandem_site& s, tandem_regs& r) {
    (void)r;
    // With IF=0 nothing can be delivered: hardware would stay halted until an
    // NMI, and this machine has none.
    if (!g_vcpu.vif)
        fatal_exit(TANDEM_EXIT_SHUTDOWN, "hlt with interrupts disabled: the vCPU would stop forever", s.addr, 0, 0, 0);
    wait_for_interrupt();
}

// mwait: wakes on an interrupt even when IF=0 (it is then not delivered).
void emulate_mwait(const tandem_site&, tandem_regs&) { wait_for_interrupt(); }

} // namespace vmlib
