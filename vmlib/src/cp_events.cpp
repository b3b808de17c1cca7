// Upcalls in composite mode: the module stopped the guest on an event it
// does not resolve itself, wrote it into g_event, and resumed the guest at
// vmlib_cp_event_asm.  This is the twin of user-only mode's signal handler
// (uo_signals.cpp) and shares its event handling (events.cpp).
#include "cp_backend.h"
#include "events.h"

namespace vmlib::cp {

// An exception from guest code, by vector, as the hardware reported it.
static bool handle_exception(tandem_regs& r, u32 vector, u32 error, u64 cr2) {
    switch (vector) {
    case TANDEM_EXC_PF: return handle_page_fault(r, cr2, error);
    case TANDEM_EXC_GP: return handle_general_protection(r, error);
    case TANDEM_EXC_BP: return handle_breakpoint(r);
    default: return raise_exception(r, vector, vector_has_error_code(vector) ? error : 0);
    }
}

} // namespace vmlib::cp

using namespace vmlib;
using namespace vmlib::cp;

// The upcall: turn the event into what the CPU would have done, then resume
// the guest at whatever CPL that leaves it in.
extern "C" [[noreturn]] void vmlib_cp_event() {
    tandem_regs r = g_event.regs;
    save_user_bases();
    bool ok = true;
    switch (g_event.kind) {
    case TANDEM_CP_EVENT_SYSCALL:
        ok = handle_syscall(r);
        break;
    case TANDEM_CP_EVENT_IRQ:
        deliver_pending_irq(r);
        break;
    case TANDEM_CP_EVENT_EXCEPTION:
        ok = handle_exception(r, g_event.vector, g_event.error, g_event.cr2);
        break;
    default:
        fatal_exit(TANDEM_EXIT_INTERNAL, "composite mode: unknown upcall", r.rip, g_event.kind, 0, 0);
    }
    if (!ok) fatal_exit(TANDEM_EXIT_SHUTDOWN, "triple fault", r.rip, 0, 0, g_vcpu.state.cr2);
    resume(r);
}
