// Copying a user path into the kernel for the path-based system calls.
#pragma once

#include "arch/usercopy.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "mm/kmalloc.h"

// A kernel copy of a user path (PATH_MAX bytes, heap-allocated).
class PathArg {
public:
    explicit PathArg(u64 upath) {
        buf_ = static_cast<char*>(kmalloc(vfs::kPathMax));
        if (!buf_) {
            err_ = -ENOMEM;
            return;
        }
        long r = strncpy_from_user(buf_, reinterpret_cast<const char*>(upath), vfs::kPathMax);
        if (r < 0) err_ = r;
    }
    ~PathArg() { kfree(buf_); }
    PathArg(const PathArg&) = delete;
    PathArg& operator=(const PathArg&) = delete;

    long error() const { return err_; }
    const char* str() const { return buf_; }
    bool empty() const { return !buf_[0]; }

private:
    char* buf_ = nullptr;
    long err_ = 0;
};
