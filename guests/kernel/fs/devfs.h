// devfs: the fixed device nodes of /dev (null, zero, full, random, urandom,
// tty, console, the fd/stdin/stdout/stderr links to /proc/self/fd, and the
// shm directory that a tmpfs covers).
#pragma once

class FileSystem;

namespace devfs {
FileSystem* create();
} // namespace devfs
