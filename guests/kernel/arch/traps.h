// Trap dispatch: one handler per vector, and the checks every return to
// user mode makes (signals, rescheduling).
#pragma once

struct TrapFrame;

namespace traps {
// Work before returning to user mode; leaves with interrupts disabled.
void exit_to_user(TrapFrame* frame);
// Page faults (mm/fault.cpp).
void handle_page_fault(TrapFrame* frame);
} // namespace traps

extern "C" [[noreturn]] void enter_user_mode(TrapFrame* frame);
