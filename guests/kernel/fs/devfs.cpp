// The device nodes and their files.
#include "fs/devfs.h"
#include "arch/usercopy.h"
#include "dev/channel.h"
#include "dev/entropy.h"
#include "dev/pmem.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/pty.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"

File* make_console_file();
File* make_error_console_file();

namespace {
constexpr u64 kDevfsMagic = 0x1373;
enum class Dev : u8 { Null, Zero, Full, Random, Urandom, Tty, Console, ErrConsole, Ptmx, Dir, Link, Pmem, Channel };

struct Node {
    const char* name;
    Dev dev;
    u32 mode;
    u32 major, minor;
    const char* target; // links
};

const Node kNodes[] = {
    {"null", Dev::Null, S_IFCHR | 0666, 1, 3, nullptr},
    {"zero", Dev::Zero, S_IFCHR | 0666, 1, 5, nullptr},
    {"full", Dev::Full, S_IFCHR | 0666, 1, 7, nullptr},
    {"random", Dev::Random, S_IFCHR | 0666, 1, 8, nullptr},
    {"urandom", Dev::Urandom, S_IFCHR | 0666, 1, 9, nullptr},
    {"tty", Dev::Tty, S_IFCHR | 0666, 5, 0, nullptr},
    {"console", Dev::Console, S_IFCHR | 0600, 5, 1, nullptr},
    {"hvc1", Dev::ErrConsole, S_IFCHR | 0600, 229, 1, nullptr}, // the error console (tandem's stderr)
    {"fd", Dev::Link, S_IFLNK | 0777, 0, 0, "/proc/self/fd"},
    {"stdin", Dev::Link, S_IFLNK | 0777, 0, 0, "/proc/self/fd/0"},
    {"stdout", Dev::Link, S_IFLNK | 0777, 0, 0, "/proc/self/fd/1"},
    {"stderr", Dev::Link, S_IFLNK | 0777, 0, 0, "/proc/self/fd/2"},
    {"shm", Dev::Dir, S_IFDIR | 01777, 0, 0, nullptr}, // a tmpfs is mounted here (POSIX shared memory)
    {"ptmx", Dev::Ptmx, S_IFCHR | 0666, 5, 2, nullptr}, // a new pty's master
    {"pts", Dev::Dir, S_IFDIR | 0755, 0, 0, nullptr},   // devpts is mounted here
    // Only when vmproc offers them (--pmem, --channel): docs/SUPERVISOR.md.
    {"pmem0", Dev::Pmem, S_IFBLK | 0660, 259, 0, nullptr},
    {"channel0", Dev::Channel, S_IFCHR | 0660, 10, 242, nullptr},
};

// Nodes of devices this machine may lack.
bool node_present(const Node& n) {
    if (n.dev == Dev::Pmem) return pmem::present();
    if (n.dev == Dev::Channel) return channel::present();
    return true;
}
constexpr u32 kCount = sizeof kNodes / sizeof kNodes[0];

// null, zero, full, random and urandom.
class DevFile final : public File {
public:
    explicit DevFile(Dev d) : dev_(d) {}
    long read(void* ubuf, size_t n) override {
        switch (dev_) {
        case Dev::Null: return 0;
        case Dev::Zero:
        case Dev::Full: return clear_user(ubuf, n) ? -EFAULT : long(n);
        default: {
            u8 chunk[256];
            size_t done = 0;
            n = min<size_t>(n, 1 << 20);
            while (done < n) {
                size_t k = min(n - done, sizeof chunk);
                entropy::fill(chunk, k);
                if (copy_to_user(static_cast<u8*>(ubuf) + done, chunk, k)) return done ? long(done) : -EFAULT;
                done += k;
            }
            return long(done);
        }
        }
    }
    long write(const void*, size_t n) override { return dev_ == Dev::Full ? -ENOSPC : long(n); }
    long write_kernel(const void*, size_t n) override { return dev_ == Dev::Full ? -ENOSPC : long(n); }
    long read_kernel(void* kbuf, size_t n) override {
        if (dev_ == Dev::Null) return 0;
        if (dev_ == Dev::Zero || dev_ == Dev::Full) memset(kbuf, 0, n);
        else entropy::fill(kbuf, n);
        return long(n);
    }
    long pread(void* ubuf, size_t n, u64) override { return read(ubuf, n); }
    long pwrite(const void* ubuf, size_t n, u64) override { return write(ubuf, n); }
    long seek(i64, int) override { return 0; }
    u32 poll() override { return POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM; }

private:
    Dev dev_;
};

class Devfs final : public FileSystem {
public:
    const char* name() const override { return "devtmpfs"; }
    u64 magic() const override { return kDevfsMagic; }

    Inode* make(u32 index) {
        Inode* i = inode::alloc(this);
        if (!i) return nullptr;
        const Node& n = kNodes[index];
        i->ino = index + 2;
        i->mode = n.mode;
        i->rdev = make_dev(n.major, n.minor);
        i->priv = const_cast<Node*>(&n);
        if (n.target) i->size = kstrlen(n.target);
        return i;
    }

    long lookup(Inode*, const char* name, u32 len, Inode** out) override {
        for (u32 k = 0; k < kCount; k++) {
            if (kstrlen(kNodes[k].name) == len && memcmp(kNodes[k].name, name, len) == 0 && node_present(kNodes[k])) {
                *out = make(k);
                return *out ? 0 : -ENOMEM;
            }
        }
        return -ENOENT;
    }
    long readdir(Inode*, u64* pos, DirEmit emit, void* ctx) override {
        for (u32 k = u32(*pos); k < kCount; k++) {
            const Node& n = kNodes[k];
            if (!node_present(n)) {
                *pos = k + 1;
                continue;
            }
            if (!emit(ctx, n.name, u32(kstrlen(n.name)), k + 2, u8((n.mode & S_IFMT) >> 12))) return 0;
            *pos = k + 1;
        }
        return 0;
    }
    long readlink(Inode* i, char* buf, u32 size) override {
        const Node* n = static_cast<const Node*>(i->priv);
        if (!n || !n->target) return -EINVAL;
        u32 len = u32(min<u64>(kstrlen(n->target), size));
        memcpy(buf, n->target, len);
        return len;
    }
    long setattr(Inode* i, const SetAttr& a) override {
        inode::apply_setattr(i, a);
        return 0;
    }
    File* open_special(Inode* i, u32 flags, long* err) override {
        const Node* n = static_cast<const Node*>(i->priv);
        if (!n) return nullptr; // the directory
        File* f = nullptr;
        switch (n->dev) {
        case Dev::Tty:
            // The controlling terminal: a pty's slave, else the console.
            f = pty::open_controlling(flags, err);
            if (!f && *err) return nullptr;
            if (!f) f = make_console_file();
            break;
        case Dev::Console: f = make_console_file(); break;
        case Dev::Ptmx: return pty::open_master(err);
        case Dev::ErrConsole: f = make_error_console_file(); break;
        case Dev::Pmem: return pmem::open(err);
        case Dev::Channel: return channel::open(flags, err);
        case Dev::Link:
        case Dev::Dir: return nullptr;
        default: f = knew<DevFile>(n->dev); break;
        }
        if (!f) *err = -ENOMEM;
        return f;
    }
};
} // namespace

namespace devfs {
FileSystem* create() {
    Devfs* fs = knew<Devfs>();
    if (!fs) return nullptr;
    fs->dev = 6;
    Inode* root = inode::alloc(fs);
    if (!root) return nullptr;
    root->ino = 1;
    root->mode = S_IFDIR | 0755;
    root->nlink = 2;
    fs->root = root;
    return fs;
}
} // namespace devfs
