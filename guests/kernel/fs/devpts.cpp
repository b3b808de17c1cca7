// devpts (mounted at /dev/pts): one character device N for each pty whose
// master is open, and ptmx, which opens a new master as /dev/ptmx does.
// Names come and go with the ptys, so lookups are never cached.
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/pty.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"

namespace {
constexpr u64 kDevptsMagic = 0x1cd1;
constexpr u64 kRootIno = 1, kPtmxIno = 2, kFirstPtyIno = 3; // pty N is inode N + 3
constexpr u32 kTtyGroup = 5; // Debian mounts devpts with gid=5,mode=620

// The pty number a name spells ("0".."255"), or -1.
int parse_index(const char* name, u32 len) {
    if (!len || len > 3 || (len > 1 && name[0] == '0')) return -1;
    int v = 0;
    for (u32 k = 0; k < len; k++) {
        if (name[k] < '0' || name[k] > '9') return -1;
        v = v * 10 + (name[k] - '0');
    }
    return v < int(pty::kMaxPtys) ? v : -1;
}

class Devpts final : public FileSystem {
public:
    const char* name() const override { return "devpts"; }
    u64 magic() const override { return kDevptsMagic; }
    bool volatile_names() const override { return true; }

    Inode* make(u64 ino) {
        Inode* i = inode::alloc(this);
        if (!i) return nullptr;
        i->ino = ino;
        i->nlink = 1;
        if (ino == kRootIno) {
            i->mode = S_IFDIR | 0755;
            i->nlink = 2;
        } else if (ino == kPtmxIno) {
            i->mode = S_IFCHR; // mode 0000 as Linux's ptmxmode default
            i->rdev = make_dev(5, 2);
        } else {
            i->mode = S_IFCHR | 0620;
            i->gid = kTtyGroup;
            i->rdev = make_dev(pty::kSlaveMajor, u32(ino - kFirstPtyIno));
        }
        return i;
    }

    long lookup(Inode*, const char* name, u32 len, Inode** out) override {
        u64 ino;
        if (len == 4 && memcmp(name, "ptmx", 4) == 0) {
            ino = kPtmxIno;
        } else {
            int index = parse_index(name, len);
            if (index < 0 || !pty::exists(u32(index))) return -ENOENT;
            ino = kFirstPtyIno + u64(index);
        }
        return (*out = make(ino)) ? 0 : -ENOMEM;
    }

    // ptmx first, then the live ptys in number order; the cookie is the
    // next pty number plus one (0: ptmx comes next).
    long readdir(Inode*, u64* pos, DirEmit emit, void* ctx) override {
        if (*pos == 0) {
            if (!emit(ctx, "ptmx", 4, kPtmxIno, u8(S_IFCHR >> 12))) return 0;
            *pos = 1;
        }
        for (u32 k = u32(*pos - 1); k < pty::kMaxPtys; k++) {
            if (!pty::exists(k)) continue;
            char name[4];
            u32 n = u32(ksnprintf(name, sizeof name, "%u", k));
            if (!emit(ctx, name, n, kFirstPtyIno + k, u8(S_IFCHR >> 12))) return 0;
            *pos = k + 2;
        }
        *pos = pty::kMaxPtys + 1;
        return 0;
    }

    long setattr(Inode* i, const SetAttr& a) override {
        inode::apply_setattr(i, a);
        return 0;
    }

    File* open_special(Inode* i, u32 flags, long* err) override {
        if (i->ino == kRootIno) return nullptr;
        if (i->ino == kPtmxIno) return pty::open_master(err);
        File* f = pty::open_slave(u32(i->ino - kFirstPtyIno), flags, err);
        if (!f && !*err) *err = -EIO;
        return f;
    }
};
} // namespace

namespace pty {
FileSystem* create_devpts() {
    Devpts* fs = knew<Devpts>();
    if (!fs) return nullptr;
    fs->dev = 0x18;
    fs->root = fs->make(kRootIno);
    return fs->root ? fs : nullptr;
}
} // namespace pty
