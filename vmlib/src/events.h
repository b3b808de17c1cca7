// Guest events shared by both backends (events.cpp).
#pragma once
#include "page_walk.h"
#include "vmlib.h"

namespace vmlib {

// Delivers an exception to the guest; false on triple fault.
bool raise_exception(tandem_regs& r, u32 vector, u32 error);
// Guest user `syscall`: enters the guest kernel at LSTAR (r.rip = the next instruction).
void syscall_entry(tandem_regs& r);
// A `syscall` from either mode: user mode enters the kernel, kernel mode
// gets #UD at the instruction; false on triple fault.
bool handle_syscall(tandem_regs& r);
// A page fault in guest code: reflect the page or deliver #PF; false on triple fault.
bool handle_page_fault(tandem_regs& r, u64 addr, u64 hw_error);
// #GP from guest code (a user `int $n` through a DPL-3 gate is a software interrupt).
bool handle_general_protection(tandem_regs& r, u64 hw_error);
// #BP reported after the int3 / int $3.
bool handle_breakpoint(tandem_regs& r);

} // namespace vmlib
