// Pipes: a 64 KiB ring between a read end and a write end, with POSIX
// blocking, atomic writes up to PIPE_BUF, EOF and EPIPE/SIGPIPE.
#pragma once

#include "lib/types.h"

class File;

namespace pipe {
// Creates both ends (status flags O_NONBLOCK may be set on both); 0 or -errno.
long create(File** read_end, File** write_end, u32 flags);
constexpr u32 kSize = 65536;
} // namespace pipe
