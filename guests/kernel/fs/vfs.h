// The virtual file system: path walk over the dentry cache and mounts, and
// the operations behind the path-based system calls.  Every call that
// takes a user path copies it first (syscalls/) and passes a kernel string.
#pragma once

#include "fs/dcache.h"
#include "lib/types.h"

class File;
class FileSystem;
struct Inode;

// A process's root and working directory (shared with CLONE_FS).
struct FsContext {
    Path root;
    Path cwd;
    u32 refs;
};

namespace vfs {
constexpr int kAtFdCwd = -100;
constexpr u32 kMaxSymlinks = 40;
constexpr u32 kPathMax = 4096;
constexpr u32 kNameMax = 255;

// Walk flags (plain constants, so that `cond ? kFollow : 0` has one type).
constexpr u32 kFollow = 1;    // follow a symlink in the last component
constexpr u32 kDirectory = 2; // the result must be a directory

FsContext* create_fs_context();
FsContext* clone_fs_context(FsContext* fs);
void get_fs_context(FsContext* fs);
void put_fs_context(FsContext* fs);

// Makes fs the root of the name space and of the first process.
bool mount_root(FileSystem* fs);
// Mounts fs at an absolute path (the last component need not exist).
long mount_at(const char* path, FileSystem* fs);

// Resolves a path relative to dirfd (kAtFdCwd = the cwd); *out holds a
// reference on success.
long resolve_at(int dirfd, const char* path, u32 flags, Path* out);
// Resolves everything but the last component: the parent directory (with
// a reference) and the last name (pointing into `path`; "." and ".." are
// refused with -EEXIST/-EBUSY style errors by the callers).
long resolve_parent_at(int dirfd, const char* path, Path* parent, const char** last, u32* len);
// The child dentry of a directory path (cached or looked up; positive or
// negative), with a reference, mounts not followed; nullptr + *err on error.
Dentry* lookup_child(const Path& dir, const char* name, u32 len, long* err);
// Steps onto whatever is mounted on *p, repeatedly (the reference moves).
void follow_mounts(Path* p);
// The absolute path of p as the current process sees it.
long d_path(const Path& p, char* buf, u32 size);

// The path-based operations (0 / a result, or -errno).
long open(int dirfd, const char* path, u32 flags, u32 mode, File** out);
File* open_path(const Path& p, u32 flags, long* err);
long mkdir(int dirfd, const char* path, u32 mode);
long mknod(int dirfd, const char* path, u32 mode, u64 dev);
long unlink(int dirfd, const char* path);
long rmdir(int dirfd, const char* path);
long rename(int odirfd, const char* opath, int ndirfd, const char* npath, u32 flags);
long symlink(const char* target, int dirfd, const char* path);
long link(int odirfd, const char* opath, int ndirfd, const char* npath, u32 flags);
long readlink(int dirfd, const char* path, char* buf, u32 size);
long chdir(const Path& p);
} // namespace vfs
