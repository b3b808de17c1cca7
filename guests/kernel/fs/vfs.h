// The virtual file system: inodes, dentries (a cache of names), mounts,
// path walk, and each process's root and working directory.
#pragma once

#include "lib/types.h"

struct FsContext;

namespace vfs {
// The first process's context (root and cwd = "/").
FsContext* create_fs_context();
FsContext* clone_fs_context(FsContext* fs);
void get_fs_context(FsContext* fs);
void put_fs_context(FsContext* fs);
} // namespace vfs
