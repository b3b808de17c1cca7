// Lazy FPU switching (docs/PLATFORM.md "FPU"): each task owning user FPU
// state has a save area; switching sets CR0.TS and the #NM handler saves the
// previous owner's registers and loads the current task's.  Uses
// xsave/xrstor when the OS enabled XSAVE (CR4.OSXSAVE: AVX/AVX-512 state of
// user programs survives a switch), fxsave/fxrstor (512 bytes) otherwise.
#pragma once

#include "lib/types.h"

struct Task;
struct TrapFrame;

namespace fpu {
// Detects xsave and the save-area size.
void init();
// Context switch: TS set unless the next task already owns the registers.
void switch_to(Task* next);
// #NM: make the current task the owner of the FPU registers.
void handle_nm(TrapFrame* frame);
// exec: the task starts over with the initial FPU state.
void reset(Task* t);
// Task exit: forget ownership and free the area (idempotent).
void release(Task* t);
// Bytes of a save area (what a signal frame reserves for it).
size_t state_size();
// Makes t's save area current (saves live registers); nullptr if out of memory.
void* sync(Task* t);
// Replaces t's state with a sanitised copy of src (sigreturn).
bool load(Task* t, const void* src);
// Gives a new task a copy of its parent's state (fork).
bool clone(Task* parent, Task* child);
} // namespace fpu
