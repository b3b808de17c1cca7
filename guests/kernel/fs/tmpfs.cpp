// tmpfs: directories are lists of names, file data lives in the page cache,
// symlink text in the inode.
#include "fs/tmpfs.h"
#include "fs/inode.h"
#include "lib/errno.h"
#include "lib/list.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "mm/pmm.h"

namespace {
constexpr u64 kTmpfsMagic = 0x01021994;

struct Entry {
    ListNode node;
    Inode* inode; // holds a reference
    u32 len;
    char name[1]; // len bytes follow
};

struct DirData {
    ListNode entries;
    u64 count = 0;
};

u8 dt_of(u32 mode) { return u8((mode & S_IFMT) >> 12); }

class Tmpfs final : public FileSystem {
public:
    const char* name() const override { return "tmpfs"; }
    u64 magic() const override { return kTmpfsMagic; }
    bool cache_is_storage() const override { return true; }

    Inode* make(u32 mode) {
        Inode* i = inode::alloc(this);
        if (!i) return nullptr;
        i->ino = next_ino_++;
        i->mode = mode;
        if ((mode & S_IFMT) == S_IFDIR) {
            DirData* d = knew<DirData>();
            if (!d) {
                inode::put(i);
                return nullptr;
            }
            i->priv = d;
            i->nlink = 2;
        }
        return i;
    }

    static DirData* dir_of(Inode* dir) { return static_cast<DirData*>(dir->priv); }

    static Entry* find(Inode* dir, const char* name, u32 len) {
        DirData* d = dir_of(dir);
        for (ListNode* n = d->entries.next; n != &d->entries; n = n->next) {
            Entry* e = container_of(n, Entry, node);
            if (e->len == len && memcmp(e->name, name, len) == 0) return e;
        }
        return nullptr;
    }

    // Adds name -> inode (takes a new reference on inode).
    static long add(Inode* dir, const char* name, u32 len, Inode* ino) {
        Entry* e = static_cast<Entry*>(kmalloc(sizeof(Entry) + len));
        if (!e) return -ENOMEM;
        new (&e->node) ListNode();
        e->inode = ino;
        e->len = len;
        memcpy(e->name, name, len);
        inode::get(ino);
        e->node.insert_before(&dir_of(dir)->entries);
        dir_of(dir)->count++;
        dir->size = dir_of(dir)->count * 32;
        dir->mtime = dir->ctime = inode::now();
        return 0;
    }

    static void drop(Inode* dir, Entry* e) {
        e->node.unlink();
        dir_of(dir)->count--;
        dir->size = dir_of(dir)->count * 32;
        dir->mtime = dir->ctime = inode::now();
        inode::put(e->inode);
        kfree(e);
    }

    long lookup(Inode* dir, const char* name, u32 len, Inode** out) override {
        Entry* e = find(dir, name, len);
        if (!e && dir == root && lower) return lower->fs->lookup(lower, name, len, out);
        if (!e) return -ENOENT;
        inode::get(e->inode);
        *out = e->inode;
        return 0;
    }

    // Shared by create/mkdir/mknod/symlink: a new inode under a new name.
    long make_entry(Inode* dir, const char* name, u32 len, u32 mode, Inode** out) {
        if (find(dir, name, len)) return -EEXIST;
        Inode* i = make(mode);
        if (!i) return -ENOSPC;
        long r = add(dir, name, len, i);
        if (r) {
            inode::put(i);
            return r;
        }
        if (i->is_dir()) dir->nlink++;
        *out = i; // the caller's reference (add took the directory's)
        return 0;
    }

    long create(Inode* dir, const char* name, u32 len, u32 mode, Inode** out) override {
        return make_entry(dir, name, len, mode, out);
    }
    long mkdir(Inode* dir, const char* name, u32 len, u32 mode, Inode** out) override {
        return make_entry(dir, name, len, mode, out);
    }
    long mknod(Inode* dir, const char* name, u32 len, u32 mode, u64 rdev, Inode** out) override {
        long r = make_entry(dir, name, len, mode, out);
        if (!r) (*out)->rdev = rdev;
        return r;
    }
    long symlink(Inode* dir, const char* name, u32 len, const char* target, Inode** out) override {
        u64 n = kstrlen(target);
        char* text = static_cast<char*>(kmalloc(n + 1));
        if (!text) return -ENOSPC;
        memcpy(text, target, n + 1);
        long r = make_entry(dir, name, len, S_IFLNK | 0777, out);
        if (r) {
            kfree(text);
            return r;
        }
        (*out)->priv = text;
        (*out)->size = n;
        return 0;
    }
    long tmpfile(Inode*, u32 mode, Inode** out) override {
        Inode* i = make(mode);
        if (!i) return -ENOSPC;
        i->nlink = 0;
        *out = i;
        return 0;
    }
    long link(Inode* src, Inode* dir, const char* name, u32 len) override {
        if (find(dir, name, len)) return -EEXIST;
        long r = add(dir, name, len, src);
        if (!r) {
            src->nlink++;
            src->ctime = inode::now();
        }
        return r;
    }
    long unlink(Inode* dir, const char* name, u32 len, Inode*) override {
        Entry* e = find(dir, name, len);
        if (!e) return -ENOENT;
        e->inode->nlink--;
        e->inode->ctime = inode::now();
        drop(dir, e);
        return 0;
    }
    long rmdir(Inode* dir, const char* name, u32 len, Inode*) override {
        Entry* e = find(dir, name, len);
        if (!e) return -ENOENT;
        if (dir_of(e->inode)->count) return -ENOTEMPTY;
        e->inode->nlink = 0;
        dir->nlink--;
        drop(dir, e);
        return 0;
    }
    long rename(Inode* odir, const char* oname, u32 olen, Inode* ndir, const char* nname, u32 nlen,
                u32 flags) override {
        Entry* src = find(odir, oname, olen);
        if (!src) return -ENOENT;
        Entry* dst = find(ndir, nname, nlen);
        if (flags & 2) { // RENAME_EXCHANGE
            if (!dst) return -ENOENT;
            Inode* t = src->inode;
            src->inode = dst->inode;
            dst->inode = t;
            return 0;
        }
        if (dst) {
            if (dst->inode->is_dir() && dir_of(dst->inode)->count) return -ENOTEMPTY;
            if (dst->inode->is_dir()) ndir->nlink--;
            dst->inode->nlink = dst->inode->is_dir() ? 0 : dst->inode->nlink - 1;
            drop(ndir, dst);
        }
        Inode* moving = src->inode;
        long r = add(ndir, nname, nlen, moving);
        if (r) return r;
        if (moving->is_dir() && odir != ndir) {
            odir->nlink--;
            ndir->nlink++;
        }
        drop(odir, find(odir, oname, olen));
        moving->ctime = inode::now();
        return 0;
    }
    long readdir(Inode* dir, u64* pos, DirEmit emit, void* ctx) override {
        DirData* d = dir_of(dir);
        u64 i = 0;
        for (ListNode* n = d->entries.next; n != &d->entries; n = n->next, i++) {
            if (i < *pos) continue;
            Entry* e = container_of(n, Entry, node);
            if (!emit(ctx, e->name, e->len, e->inode->ino, dt_of(e->inode->mode))) return 0;
            *pos = i + 1;
        }
        return 0;
    }
    long readlink(Inode* i, char* buf, u32 size) override {
        u32 n = u32(min<u64>(i->size, size));
        memcpy(buf, i->priv, n);
        return n;
    }
    long setattr(Inode* i, const SetAttr& a) override {
        inode::apply_setattr(i, a);
        return 0; // sizes: the page cache is the storage (inode::truncate)
    }
    long statfs(StatFs* out) override {
        FileSystem::statfs(out);
        out->blocks = pmm::total_count();
        out->bfree = out->bavail = pmm::free_count();
        out->files = 1 << 20;
        out->ffree = out->files - next_ino_;
        return 0;
    }
    void release(Inode* i) override {
        if (i->is_dir()) {
            DirData* d = dir_of(i);
            while (d->entries.linked()) drop(i, container_of(d->entries.next, Entry, node));
            kdelete(d);
        } else if (i->is_lnk()) {
            kfree(i->priv);
        }
    }

    Inode* lower = nullptr; // the directory the root is layered over

private:
    u64 next_ino_ = 2;
};

u64 g_next_dev = 0x20;
} // namespace

namespace tmpfs {
FileSystem* create(unsigned root_mode, Inode* lower) {
    Tmpfs* fs = knew<Tmpfs>();
    if (!fs) return nullptr;
    fs->lower = lower;
    fs->dev = g_next_dev++;
    fs->root = fs->make(S_IFDIR | (root_mode & 07777));
    if (!fs->root) return nullptr;
    return fs;
}

Inode* create_unnamed(u64 size) {
    static Tmpfs* g_unnamed; // the one instance behind every unnamed file
    if (!g_unnamed) g_unnamed = static_cast<Tmpfs*>(create(01777));
    if (!g_unnamed) return nullptr;
    Inode* i = g_unnamed->make(S_IFREG | 0600);
    if (!i) return nullptr;
    i->nlink = 0;
    i->size = size;
    return i;
}
} // namespace tmpfs
