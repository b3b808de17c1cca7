// devfs: the fixed device nodes of /dev (null, zero, full, random, urandom,
// tty, console, and the fd/stdin/stdout/stderr links to /proc/self/fd).
#pragma once

class FileSystem;

namespace devfs {
FileSystem* create();
} // namespace devfs
