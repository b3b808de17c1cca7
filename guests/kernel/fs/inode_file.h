// Files opened on VFS inodes: regular files (page cache), directories
// (getdents64 from a snapshot taken at the first read), O_PATH handles.
#pragma once

class File;

File* make_regular_file();
File* make_dir_file();
File* make_path_file();
