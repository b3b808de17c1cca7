// Pipes and FIFOs: a 64 KiB ring between read and write ends, with POSIX
// blocking, atomic writes up to PIPE_BUF, EOF and EPIPE/SIGPIPE.  The ring
// hangs off an inode: a FIFO's node, or for pipe(2) an inode of the
// internal pipefs, so that /proc/PID/fd/N reopens a pipe like a FIFO.
#pragma once

#include "lib/types.h"

class File;
struct Inode;

namespace pipe {
// Creates both ends (status flags O_NONBLOCK may be set on both); 0 or -errno.
long create(File** read_end, File** write_end, u32 flags);
// Opens a FIFO (or a pipe's inode) with open(2)'s rules: a reader waits
// for a writer and a writer for a reader unless O_NONBLOCK (then a writer
// without readers gets ENXIO); O_RDWR never waits.  nullptr + *err on failure.
File* open_fifo(Inode* inode, u32 flags, long* err);
constexpr u32 kSize = 65536;
} // namespace pipe
