// Generated text files (procfs, sysfs): a growable buffer that collects a
// file's content, and the file that serves such a snapshot.
#pragma once

#include "lib/kprintf.h"
#include "lib/string.h"
#include "lib/types.h"
#include "mm/kmalloc.h"

class File;

// A growable text buffer for generated files.
class Text {
public:
    ~Text() { kfree(buf_); }
    void add(const char* s, u64 n) {
        if (len_ + n > cap_) {
            u64 cap = max<u64>(cap_ * 2, 4096);
            while (cap < len_ + n) cap *= 2;
            char* b = static_cast<char*>(kmalloc(cap));
            if (!b) return;
            if (buf_) memcpy(b, buf_, len_);
            kfree(buf_);
            buf_ = b;
            cap_ = cap;
        }
        memcpy(buf_ + len_, s, n);
        len_ += n;
    }
    void add(const char* s) { add(s, kstrlen(s)); }
    template <typename... A> void fmt(const char* f, A... a) {
        char tmp[512];
        int n = ksnprintf(tmp, sizeof tmp, f, a...);
        if (n > 0) add(tmp, min<u64>(u64(n), sizeof tmp - 1));
    }
    char* take(u64* len) {
        char* b = buf_;
        *len = len_;
        buf_ = nullptr;
        len_ = cap_ = 0;
        return b;
    }

private:
    char* buf_ = nullptr;
    u64 len_ = 0, cap_ = 0;
};

// A read-only file serving the text generated at open (takes it over);
// nullptr and *err = -ENOMEM when out of memory.
File* make_snapshot_file(Text& t, long* err);
