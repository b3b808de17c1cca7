// Per-process file-system context (root and working directory).
#include "fs/vfs.h"
#include "mm/kmalloc.h"

struct FsContext {
    u32 refs = 1;
};

namespace vfs {
FsContext* create_fs_context() { return knew<FsContext>(); }
FsContext* clone_fs_context(FsContext*) { return knew<FsContext>(); }
void get_fs_context(FsContext* fs) { fs->refs++; }
void put_fs_context(FsContext* fs) {
    if (--fs->refs == 0) kdelete(fs);
}
} // namespace vfs
