// Pseudo-terminals (Unix 98): /dev/ptmx opens a new master, /dev/pts/N
// (devpts) its slave.  What the master writes is typed at the slave's
// terminal (line discipline, echo, ISIG signals to the foreground process
// group); what the slave writes the master reads.  A pty is also what a
// session's controlling terminal can be (Process::ctty).
#pragma once

#include "lib/types.h"

class File;
class FileSystem;
struct Process;

namespace pty {
struct Pty;
constexpr u32 kMaxPtys = 256;
constexpr u32 kSlaveMajor = 136;

// A new pty's master (opened through /dev/ptmx); nullptr with *err set.
File* open_master(long* err);
// The slave of pty `index` (opened through /dev/pts/N): -EIO while it is
// locked or after its master closed.  Without O_NOCTTY a session leader
// with no controlling terminal acquires it.
File* open_slave(u32 index, u32 flags, long* err);
// True while pty `index` has its master open (devpts lists it).
bool exists(u32 index);
// The slave of the caller's controlling terminal (/dev/tty), or nullptr if
// it has none that is a pty.
File* open_controlling(u32 flags, long* err);

// Controlling terminals follow processes: fork copies the reference,
// setsid and exit drop it.
void inherit_ctty(Process* child, const Process* parent);
void drop_ctty(Process* p);

// The devpts file system (mounted at /dev/pts).
FileSystem* create_devpts();
} // namespace pty
