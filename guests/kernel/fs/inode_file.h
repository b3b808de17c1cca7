// Files opened on VFS inodes: regular files (page cache), directories
// (getdents64 from a snapshot taken at the first read), O_PATH handles.
#pragma once

#include "lib/types.h"

class File;

// lseek for a file of `size` bytes (SEEK_SET, CUR, END, DATA, HOLE), as
// regular files and fixed-size devices (/dev/pmem0) answer it.
long seek_common(File* f, i64 off, int whence, u64 size);

File* make_regular_file();
File* make_dir_file();
File* make_path_file();
