// tmpfs: a file system in guest memory (the page cache is its storage).
#pragma once

class FileSystem;

namespace tmpfs {
// A new, empty instance (root directory mode 01777 for /tmp).
FileSystem* create(unsigned root_mode);
} // namespace tmpfs
