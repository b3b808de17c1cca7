// The console device: output ring 0 (guest -> host) and input ring 1
// (host -> guest) with kick ports, interrupt vector 33 on new input.
#pragma once

#include "lib/types.h"

namespace console {
// Finds the console in the boot info; output before this is dropped.
void init();
// Queues kernel bytes for output and kicks the host to drain them.
void write(const char* buf, size_t n);
// Copies console output from user memory; returns bytes written, -EFAULT,
// or the host's error once its side is gone (-EPIPE with SIGPIPE, -ENOSPC).
long write_user(const void* ubuf, size_t n);
// The same for the error console (tandem's stderr); the console if the VM
// has none.  Kernel messages go there too.
void write_err(const char* buf, size_t n);
long write_user_err(const void* ubuf, size_t n);
bool has_error_console();
// True once the host could not write an output (err: the error console).
bool output_broken(bool err);
// Reads console input into user memory, sleeping until at least one byte
// or end of input; returns bytes, 0 at EOF, or -EFAULT/-EINTR.
long read_user(void* ubuf, size_t n);
// True if a read would not block (input or end of input).
bool readable();
// Bytes of input waiting (FIONREAD).
u32 pending_input();
// Vector 33: new input arrived.
void irq();
} // namespace console
