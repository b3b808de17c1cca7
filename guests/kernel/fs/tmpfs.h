// tmpfs: a file system in guest memory (the page cache is its storage).
#pragma once

#include "lib/types.h"

class FileSystem;

struct Inode;

namespace tmpfs {
// A new, empty instance (root directory mode 01777 for /tmp).  With a
// `lower` directory (it takes a reference), names missing from the root are
// looked up there: /tmp layered over the host's /tmp, whose files stay
// visible (read-only if their export is) while new files live in memory.
FileSystem* create(unsigned root_mode, Inode* lower = nullptr);
// A regular file of `size` bytes with no name, on a tmpfs of its own: the
// memory object behind MAP_SHARED|MAP_ANONYMOUS (and shared /dev/zero)
// mappings, which fork keeps shared.  The caller holds the one reference.
Inode* create_unnamed(u64 size);
} // namespace tmpfs
