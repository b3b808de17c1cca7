// The file behind generated text (fs/text.h).
#include "fs/text.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "lib/errno.h"

namespace {
// A file whose whole content was generated at open.
class SnapshotFile final : public File {
public:
    SnapshotFile(char* data, u64 len) : data_(data), len_(len) {}
    ~SnapshotFile() override { kfree(data_); }
    long read(void* ubuf, size_t n) override {
        long r = pread(ubuf, n, pos);
        if (r > 0) pos += u64(r);
        return r;
    }
    long pread(void* ubuf, size_t n, u64 off) override {
        if (off >= len_) return 0;
        u64 k = min<u64>(n, len_ - off);
        return copy_to_user(ubuf, data_ + off, k) ? -EFAULT : long(k);
    }
    long write(const void*, size_t) override { return -EACCES; }
    long seek(i64 off, int whence) override {
        i64 base = whence == 0 ? 0 : whence == 1 ? i64(pos) : whence == 2 ? i64(len_) : -1;
        if (base < 0 || base + off < 0) return -EINVAL;
        pos = u64(base + off);
        return i64(pos);
    }
    u32 poll() override { return POLLIN | POLLRDNORM; }

private:
    char* data_;
    u64 len_;
};
} // namespace

File* make_snapshot_file(Text& t, long* err) {
    u64 len;
    char* data = t.take(&len);
    File* f = knew<SnapshotFile>(data, len);
    if (!f) {
        kfree(data);
        *err = -ENOMEM;
    }
    return f;
}
