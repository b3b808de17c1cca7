// Regular files, directories and O_PATH files of the VFS.
#include "fs/inode_file.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "sched/sched.h"

namespace {
constexpr int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2, SEEK_DATA = 3, SEEK_HOLE = 4;
constexpr u64 kMaxFileSize = 1ull << 40;
} // namespace

// lseek on a file with a size; directories rewind only to cookies they gave.
long seek_common(File* f, i64 off, int whence, u64 size) {
    i64 base;
    switch (whence) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = i64(f->pos); break;
    case SEEK_END: base = i64(size); break;
    case SEEK_DATA:
        if (u64(off) >= size) return -ENXIO;
        base = 0;
        break;
    case SEEK_HOLE:
        if (u64(off) >= size) return -ENXIO;
        base = 0;
        off = i64(size);
        break;
    default: return -EINVAL;
    }
    i64 np = base + off;
    if (np < 0) return -EINVAL;
    f->pos = u64(np);
    return np;
}

namespace {

class RegularFile final : public File {
public:
    bool pollable() const override { return false; }
    long read(void* ubuf, size_t n) override { return read_at_pos(ubuf, n, true); }
    long write(const void* ubuf, size_t n) override { return write_at_pos(ubuf, n, true); }
    long read_kernel(void* kbuf, size_t n) override { return read_at_pos(kbuf, n, false); }
    long write_kernel(const void* kbuf, size_t n) override { return write_at_pos(kbuf, n, false); }

    // read/write at the file position (O_APPEND: at the end), user or kernel memory.
    long read_at_pos(void* buf, size_t n, bool user) {
        long r = inode::read(inode(), pos, buf, n, user);
        if (r > 0) pos += u64(r);
        return r;
    }
    long write_at_pos(const void* buf, size_t n, bool user) {
        Inode* ino = inode();
        // The end found is the end written at (O_APPEND writers never overlap).
        sched::PreemptGuard atomic;
        if (status_flags & O_APPEND) pos = ino->size;
        if (pos + n > kMaxFileSize) return -EFBIG;
        long r = inode::write(ino, pos, buf, n, user);
        if (r > 0) pos += u64(r);
        return r;
    }
    long pread(void* ubuf, size_t n, u64 off) override { return inode::read(inode(), off, ubuf, n, true); }
    long pwrite(const void* ubuf, size_t n, u64 off) override {
        if (off + n > kMaxFileSize) return -EFBIG;
        return inode::write(inode(), off, ubuf, n, true);
    }
    long seek(i64 off, int whence) override { return seek_common(this, off, whence, inode()->size); }
    u32 poll() override { return POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM; }
    long truncate(u64 size) override { return inode::truncate(inode(), size); }
    long fsync() override { return inode()->fs->fsync(inode()); }
};

// A directory: the fs's entries are read once (at the first getdents or
// after a rewind) into a snapshot of packed linux_dirent64 records; the file
// position is the byte offset in it.
class DirFile final : public File {
public:
    bool pollable() const override { return false; }
    ~DirFile() override { kfree(snap_); }

    long getdents(void* ubuf, size_t n, bool legacy) override {
        if (!snap_ || pos == 0) {
            long r = take_snapshot();
            if (r) return r;
        }
        // Copy whole records that fit.
        u64 start = pos, end = pos, out = 0;
        while (end < snap_len_) {
            u16 reclen;
            memcpy(&reclen, snap_ + end + 16, 2);
            u64 outlen = legacy ? legacy_reclen(snap_ + end) : reclen;
            if (out + outlen > n) break;
            if (legacy && !copy_legacy(static_cast<u8*>(ubuf) + out, snap_ + end, outlen)) return -EFAULT;
            end += reclen;
            out += outlen;
        }
        if (end == start && start < snap_len_) return -EINVAL; // buffer too small for one entry
        if (!legacy && copy_to_user(ubuf, snap_ + start, end - start)) return -EFAULT;
        pos = end;
        return long(out);
    }
    long seek(i64 off, int whence) override {
        if (whence != SEEK_SET && whence != SEEK_CUR) return -EINVAL;
        return seek_common(this, off, whence, 0);
    }
    long read(void*, size_t) override { return -EISDIR; }
    long write(const void*, size_t) override { return -EISDIR; }
    long pread(void*, size_t, u64) override { return -EISDIR; }
    long pwrite(const void*, size_t, u64) override { return -EISDIR; }
    long fsync() override { return 0; }

private:
    struct Ctx {
        DirFile* self;
        long err;
    };

    static bool emit(void* c, const char* name, u32 len, u64 ino, u8 type) {
        Ctx* ctx = static_cast<Ctx*>(c);
        return ctx->self->append(name, len, ino, type, &ctx->err);
    }

    // The size of a snapshot record (linux_dirent64) in getdents(2)'s
    // layout: d_ino, d_off, d_reclen, d_name and its NUL, padding, d_type.
    static u64 legacy_reclen(const u8* rec) { return align_up(18 + kstrlen(reinterpret_cast<const char*>(rec + 19)) + 2, 8); }

    // Writes one snapshot record to user memory in getdents(2)'s layout.
    static bool copy_legacy(u8* udst, const u8* rec, u64 outlen) {
        u8 buf[18 + 256 + 8] = {};
        u64 name_len = kstrlen(reinterpret_cast<const char*>(rec + 19));
        if (outlen > sizeof buf) return false;
        memcpy(buf, rec, 16); // d_ino, d_off
        u16 reclen = u16(outlen);
        memcpy(buf + 16, &reclen, 2);
        memcpy(buf + 18, rec + 19, name_len + 1);
        buf[outlen - 1] = rec[18]; // d_type
        return copy_to_user(udst, buf, outlen) == 0;
    }

    // linux_dirent64: d_ino, d_off, d_reclen, d_type, d_name (8-aligned).
    bool append(const char* name, u32 len, u64 ino, u8 type, long* err) {
        u64 reclen = align_up(19 + len + 1, 8);
        if (snap_len_ + reclen > snap_cap_) {
            u64 cap = max<u64>(snap_cap_ * 2, 4096);
            while (cap < snap_len_ + reclen) cap *= 2;
            u8* bigger = static_cast<u8*>(kmalloc(cap));
            if (!bigger) {
                *err = -ENOMEM;
                return false;
            }
            if (snap_) memcpy(bigger, snap_, snap_len_);
            kfree(snap_);
            snap_ = bigger;
            snap_cap_ = cap;
        }
        u8* r = snap_ + snap_len_;
        memset(r, 0, reclen);
        u64 off = snap_len_ + reclen;
        u16 rl = u16(reclen);
        memcpy(r, &ino, 8);
        memcpy(r + 8, &off, 8);
        memcpy(r + 16, &rl, 2);
        r[18] = type;
        memcpy(r + 19, name, len);
        snap_len_ += reclen;
        return true;
    }

    long take_snapshot() {
        snap_len_ = 0;
        Inode* dir = inode();
        Ctx ctx{this, 0};
        constexpr u8 DT_DIR = 4;
        Dentry* d = path.d;
        u64 parent_ino = d->parent && d->parent->inode ? d->parent->inode->ino : dir->ino;
        if (dir == dir->fs->root && dir->fs->root_dotdot_ino) parent_ino = dir->fs->root_dotdot_ino;
        if (!append(".", 1, dir->ino, DT_DIR, &ctx.err) || !append("..", 2, parent_ino, DT_DIR, &ctx.err))
            return ctx.err;
        u64 cookie = 0;
        long r = dir->fs->readdir(dir, &cookie, emit, &ctx);
        if (ctx.err) return ctx.err;
        return r;
    }

    u8* snap_ = nullptr;
    u64 snap_len_ = 0, snap_cap_ = 0;
};

// O_PATH: a name for *at calls, fchdir and fstat; no I/O.
class PathFile final : public File {
public:
    bool pollable() const override { return false; }
    long read(void*, size_t) override { return -EBADF; }
    long write(const void*, size_t) override { return -EBADF; }
    long getdents(void*, size_t, bool) override { return -EBADF; }
    long ioctl(u64, u64) override { return -EBADF; }
    u32 poll() override { return POLLNVAL; }
};
} // namespace

File* make_regular_file() { return knew<RegularFile>(); }
File* make_dir_file() { return knew<DirFile>(); }
File* make_path_file() { return knew<PathFile>(); }
