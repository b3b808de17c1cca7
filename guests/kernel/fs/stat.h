// struct stat as the x86-64 Linux ABI lays it out (newfstatat, fstat).
#pragma once

#include "lib/types.h"

struct LinuxStat {
    u64 st_dev;
    u64 st_ino;
    u64 st_nlink;
    u32 st_mode;
    u32 st_uid;
    u32 st_gid;
    u32 pad0;
    u64 st_rdev;
    i64 st_size;
    i64 st_blksize;
    i64 st_blocks;
    u64 st_atime_sec, st_atime_nsec;
    u64 st_mtime_sec, st_mtime_nsec;
    u64 st_ctime_sec, st_ctime_nsec;
    i64 unused[3];
};
static_assert(sizeof(LinuxStat) == 144);

constexpr u32 S_IFMT = 0170000, S_IFCHR = 0020000, S_IFBLK = 0060000, S_IFDIR = 0040000, S_IFREG = 0100000,
              S_IFIFO = 0010000, S_IFLNK = 0120000, S_IFSOCK = 0140000;

// Linux device numbers (new encoding, as glibc's makedev).
constexpr u64 make_dev(u32 major, u32 minor) {
    return (u64(minor) & 0xff) | (u64(major & 0xfff) << 8) | (u64(minor & ~0xffu) << 12) |
           (u64(major & ~0xfffu) << 32);
}
