// File-service requests over the slot queue, and FsvcFs: a FileSystem whose
// inodes are host nodes.  Attributes come with every LOOKUP/CREATE reply and
// stay cached (the guest is the only writer of its exports while it runs);
// file data goes through the page cache; symlink text is cached too.
// Every operation that checks inode state (the node hash, open handles,
// cached symlink text) and acts on it after a round trip runs under a
// sched::PreemptGuard, so two tasks never open the same handle twice or
// insert the same node twice.
#include "fs/fsvc.h"
#include <tandem/platform.h>
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "fs/inode.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "sched/sched.h"
#include "sched/waitqueue.h"

namespace fsvc {
namespace {
constexpr u32 kDirBuf = 16384;
constexpr u32 kHashBuckets = 1024;
constexpr u32 O_RDONLY_ = 0, O_RDWR_ = 2, O_DIRECTORY_ = 0200000;

tandem_fs_queue* g_queue;
tandem_fs_slot* g_slots;
u32 g_slot_count;
u16 g_port;
u64 g_requests;
WaitQueue g_done;

// Submits one request and waits for its reply.  vmproc completes requests
// during the kick; the wait also covers a completion that arrives after it
// (the queue's protocol allows one, docs/PLATFORM.md "File service").
long call(const tandem_fs_request& rq, tandem_fs_reply* rp = nullptr) {
    cpu::IrqGuard guard;
    u32 seq = g_queue->submitted;
    tandem_fs_slot* slot = &g_slots[seq % g_slot_count];
    slot->req = rq;
    memset(&slot->rep, 0, sizeof slot->rep);
    asm volatile("" ::: "memory");
    g_queue->submitted = seq + 1;
    x86::outl(u16(g_port + TANDEM_FS_KICK), 1);
    g_requests++;
    while (i32(g_queue->completed - (seq + 1)) < 0) g_done.sleep_locked();
    asm volatile("" ::: "memory");
    if (rp) *rp = slot->rep;
    return slot->rep.result;
}

tandem_fs_request req(u32 op, u64 node) {
    tandem_fs_request r;
    memset(&r, 0, sizeof r);
    r.op = op;
    r.node = node;
    return r;
}

// Names are passed in place: every kernel address is in the direct map (the
// kernel image included), so its guest-physical address is at hand.
void set_name(tandem_fs_request& r, const char* name, u32 len) {
    r.name = virt_to_phys(name);
    r.name_len = len;
}


class FsvcFs final : public FileSystem {
public:
    const char* name() const override { return "tandemfs"; }
    u64 magic() const override { return 0x74616e64; }

    // The inode for a node id from a reply (shared for hard links).
    Inode* inode_for(u64 node, const tandem_fs_attr& a) {
        sched::PreemptGuard atomic;
        u32 b = u32(node % kHashBuckets);
        for (Inode* i = hash_[b]; i; i = i->hash_next) {
            if (i->node == node) {
                inode::get(i);
                i->nlookup++;
                apply(i, a);
                return i;
            }
        }
        Inode* i = inode::alloc(this);
        if (!i) {
            forget(node, 1);
            return nullptr;
        }
        i->node = node;
        i->nlookup = 1;
        apply(i, a);
        i->hash_next = hash_[b];
        hash_[b] = i;
        return i;
    }

    static void apply(Inode* i, const tandem_fs_attr& a) {
        i->ino = a.ino;
        i->mode = a.mode;
        i->nlink = a.nlink;
        i->uid = a.uid;
        i->gid = a.gid;
        i->rdev = a.rdev;
        i->size = a.size;
        i->blocks = a.blocks;
        i->atime = {a.atime_sec, a.atime_nsec};
        i->mtime = {a.mtime_sec, a.mtime_nsec};
        i->ctime = {a.ctime_sec, a.ctime_nsec};
    }

    static void forget(u64 node, u64 count) {
        tandem_fs_request r = req(TANDEM_FS_FORGET, node);
        r.offset = count;
        call(r);
    }

    long lookup(Inode* dir, const char* name, u32 len, Inode** out) override {
        sched::PreemptGuard atomic;
        tandem_fs_request r = req(TANDEM_FS_LOOKUP, dir->node);
        set_name(r, name, len);
        tandem_fs_reply rp;
        long e = call(r, &rp);
        if (e < 0) return e;
        *out = inode_for(rp.node, rp.attr);
        return *out ? 0 : -ENOMEM;
    }

    // CREATE/MKDIR/SYMLINK share the reply handling.
    long make(tandem_fs_request& r, Inode** out, bool keep_handle) {
        sched::PreemptGuard atomic;
        tandem_fs_reply rp;
        long e = call(r, &rp);
        if (e < 0) return e;
        *out = inode_for(rp.node, rp.attr);
        if (!*out) return -ENOMEM;
        if (keep_handle && rp.handle) {
            if ((*out)->write_handle) close_handle(rp.handle);
            else (*out)->write_handle = rp.handle;
        }
        return 0;
    }

    long create(Inode* dir, const char* name, u32 len, u32 mode, Inode** out) override {
        tandem_fs_request r = req(TANDEM_FS_CREATE, dir->node);
        set_name(r, name, len);
        r.mode = mode & 07777;
        r.flags = O_RDWR_ | 0200; // O_EXCL: the VFS saw no such name
        return make(r, out, true);
    }
    long mkdir(Inode* dir, const char* name, u32 len, u32 mode, Inode** out) override {
        tandem_fs_request r = req(TANDEM_FS_MKDIR, dir->node);
        set_name(r, name, len);
        r.mode = mode & 07777;
        return make(r, out, false);
    }
    // Named pipes and sockets' names: the host keeps the name, the guest
    // the object (vfs.cpp opens a FIFO as a guest pipe whatever holds it).
    long mknod(Inode* dir, const char* name, u32 len, u32 mode, u64, Inode** out) override {
        u32 type = mode & S_IFMT;
        if (type != S_IFIFO && type != S_IFSOCK) return -EPERM;
        tandem_fs_request r = req(TANDEM_FS_MKNOD, dir->node);
        set_name(r, name, len);
        r.mode = type | (mode & 07777);
        return make(r, out, false);
    }
    long symlink(Inode* dir, const char* name, u32 len, const char* target, Inode** out) override {
        tandem_fs_request r = req(TANDEM_FS_SYMLINK, dir->node);
        set_name(r, name, len);
        r.name2 = virt_to_phys(target);
        r.name2_len = u32(kstrlen(target));
        return make(r, out, false);
    }
    long unlink(Inode* dir, const char* name, u32 len, Inode* victim) override {
        tandem_fs_request r = req(TANDEM_FS_UNLINK, dir->node);
        set_name(r, name, len);
        long e = call(r);
        if (!e && victim->nlink) victim->nlink--;
        return e;
    }
    long rmdir(Inode* dir, const char* name, u32 len, Inode* victim) override {
        tandem_fs_request r = req(TANDEM_FS_RMDIR, dir->node);
        set_name(r, name, len);
        long e = call(r);
        if (!e) victim->nlink = 0;
        return e;
    }
    long rename(Inode* odir, const char* oname, u32 olen, Inode* ndir, const char* nname, u32 nlen,
                u32 flags) override {
        tandem_fs_request r = req(TANDEM_FS_RENAME, odir->node);
        set_name(r, oname, olen);
        r.node2 = ndir->node;
        r.name2 = virt_to_phys(nname);
        r.name2_len = nlen;
        r.flags = flags;
        return call(r);
    }
    long link(Inode* src, Inode* dir, const char* name, u32 len) override {
        sched::PreemptGuard atomic;
        tandem_fs_request r = req(TANDEM_FS_LINK, src->node);
        r.node2 = dir->node;
        r.name2 = virt_to_phys(name);
        r.name2_len = len;
        tandem_fs_reply rp;
        long e = call(r, &rp);
        if (!e) apply(src, rp.attr);
        return e;
    }
    long readdir(Inode* dir, u64* pos, DirEmit emit, void* ctx) override {
        tandem_fs_request o = req(TANDEM_FS_OPEN, dir->node);
        o.flags = O_RDONLY_ | O_DIRECTORY_;
        tandem_fs_reply orp;
        long e = call(o, &orp);
        if (e < 0) return e;
        u8* buf = static_cast<u8*>(kmalloc(kDirBuf));
        if (!buf) {
            close_handle(orp.handle);
            return -ENOMEM;
        }
        u64 cookie = *pos;
        for (;;) {
            tandem_fs_request r = req(TANDEM_FS_READDIR, orp.handle);
            r.offset = cookie;
            r.buf = virt_to_phys(buf);
            r.len = kDirBuf;
            tandem_fs_reply rp;
            e = call(r, &rp);
            if (e <= 0) break;
            u64 off = 0;
            bool stop = false;
            while (off + sizeof(tandem_fs_dirent) <= u64(e)) {
                tandem_fs_dirent* d = reinterpret_cast<tandem_fs_dirent*>(buf + off);
                if (d->reclen < sizeof *d || off + d->reclen > u64(e)) break;
                if (!emit(ctx, reinterpret_cast<char*>(d + 1), d->name_len, d->ino, d->type)) {
                    stop = true;
                    break;
                }
                off += d->reclen;
            }
            if (stop) break;
            cookie = rp.offset;
            *pos = cookie;
        }
        kfree(buf);
        close_handle(orp.handle);
        return e < 0 ? e : 0;
    }
    long readlink(Inode* i, char* buf, u32 size) override {
        sched::PreemptGuard atomic;
        if (!i->priv) {
            char* text = static_cast<char*>(kmalloc(TANDEM_FS_PATH_MAX));
            if (!text) return -ENOMEM;
            tandem_fs_request r = req(TANDEM_FS_READLINK, i->node);
            r.buf = virt_to_phys(text);
            r.len = TANDEM_FS_PATH_MAX - 1;
            long n = call(r);
            if (n < 0) {
                kfree(text);
                return n;
            }
            text[n] = 0;
            i->priv = text;
            i->size = u64(n);
        }
        u32 n = u32(min<u64>(kstrlen(static_cast<char*>(i->priv)), size));
        memcpy(buf, i->priv, n);
        return n;
    }
    long setattr(Inode* i, const SetAttr& a) override {
        // The file service cannot change owners: the host process is not
        // privileged, and Linux refuses such a chown with EPERM.
        if ((a.valid & SetAttr::kOwner) && (a.uid != i->uid || a.gid != i->gid)) return -EPERM;
        if (a.valid == SetAttr::kOwner) return 0; // no change asked
        sched::PreemptGuard atomic;
        tandem_fs_request r = req(TANDEM_FS_SETATTR, i->node);
        if (a.valid & SetAttr::kMode) r.valid |= TANDEM_FS_SET_MODE, r.mode = a.mode & 07777;
        if (a.valid & SetAttr::kSize) r.valid |= TANDEM_FS_SET_SIZE, r.size = a.size;
        if (a.valid & SetAttr::kAtime) {
            r.valid |= TANDEM_FS_SET_ATIME;
            r.atime_sec = a.atime.sec;
            r.atime_nsec = a.atime.nsec == SetAttr::kTimeNow ? TANDEM_FS_TIME_NOW : u32(a.atime.nsec);
        }
        if (a.valid & SetAttr::kMtime) {
            r.valid |= TANDEM_FS_SET_MTIME;
            r.mtime_sec = a.mtime.sec;
            r.mtime_nsec = a.mtime.nsec == SetAttr::kTimeNow ? TANDEM_FS_TIME_NOW : u32(a.mtime.nsec);
        }
        tandem_fs_reply rp;
        long e = call(r, &rp);
        if (e < 0) return e;
        apply(i, rp.attr);
        return 0;
    }
    long statfs(StatFs* out) override {
        tandem_fs_statfs sf;
        tandem_fs_request r = req(TANDEM_FS_STATFS, root->node);
        r.buf = virt_to_phys(&sf);
        r.len = sizeof sf;
        long e = call(r);
        FileSystem::statfs(out);
        if (e < 0) return 0;
        out->bsize = out->frsize = sf.bsize;
        out->blocks = sf.blocks;
        out->bfree = sf.bfree;
        out->bavail = sf.bavail;
        out->files = sf.files;
        out->ffree = sf.ffree;
        out->namelen = sf.namelen;
        out->flags = sf.flags;
        return 0;
    }
    long read_pages(Inode* i, u64 index, u64 count, u8* pages) override {
        sched::PreemptGuard atomic;
        if (!i->read_handle && !i->write_handle) {
            tandem_fs_request o = req(TANDEM_FS_OPEN, i->node);
            o.flags = O_RDONLY_;
            tandem_fs_reply rp;
            long e = call(o, &rp);
            if (e < 0) return e;
            i->read_handle = rp.handle;
        }
        tandem_fs_request r = req(TANDEM_FS_READ, i->read_handle ? i->read_handle : i->write_handle);
        r.offset = index * kPageSize;
        r.buf = virt_to_phys(pages);
        r.len = u32(count * kPageSize);
        long n = call(r);
        if (n < 0) return n;
        if (u64(n) < count * kPageSize) memset(pages + n, 0, count * kPageSize - u64(n));
        return n;
    }
    long write_through(Inode* i, u64 off, const u8* data, u64 n) override {
        sched::PreemptGuard atomic;
        if (readonly) return -EROFS;
        if (!i->write_handle) {
            tandem_fs_request o = req(TANDEM_FS_OPEN, i->node);
            o.flags = O_RDWR_;
            tandem_fs_reply rp;
            long e = call(o, &rp);
            if (e < 0) return e;
            i->write_handle = rp.handle;
        }
        u64 done = 0;
        while (done < n) {
            tandem_fs_request r = req(TANDEM_FS_WRITE, i->write_handle);
            r.offset = off + done;
            r.buf = virt_to_phys(data + done);
            r.len = u32(n - done);
            long k = call(r);
            if (k < 0) return k;
            if (k == 0) return -EIO;
            done += u64(k);
        }
        return long(done);
    }
    long fsync(Inode* i) override {
        if (!i->write_handle) return 0;
        return call(req(TANDEM_FS_FSYNC, i->write_handle));
    }
    void release(Inode* i) override {
        sched::PreemptGuard atomic;
        u32 b = u32(i->node % kHashBuckets);
        for (Inode** pp = &hash_[b]; *pp; pp = &(*pp)->hash_next) {
            if (*pp == i) {
                *pp = i->hash_next;
                break;
            }
        }
        if (i->read_handle) close_handle(i->read_handle);
        if (i->write_handle) close_handle(i->write_handle);
        if (i->nlookup) forget(i->node, i->nlookup);
        kfree(i->priv);
    }

    static void close_handle(u64 h) { call(req(TANDEM_FS_CLOSE, h)); }

private:
    Inode* hash_[kHashBuckets] = {};
};

u64 g_next_dev = 0x800;
} // namespace

bool init() {
    const tandem_device* d = bootinfo::find_device(&boot::info(), TANDEM_DEV_FILE);
    if (!d || !d->ring_phys[0] || d->ring_size[0] < sizeof(tandem_fs_queue) + sizeof(tandem_fs_slot)) return false;
    g_queue = phys_to_virt<tandem_fs_queue>(d->ring_phys[0]);
    g_slots = reinterpret_cast<tandem_fs_slot*>(g_queue + 1);
    u32 fit = u32((d->ring_size[0] - sizeof(tandem_fs_queue)) / sizeof(tandem_fs_slot));
    g_slot_count = min(g_queue->slot_count, fit);
    if (!g_slot_count) return false;
    g_port = d->port_base;
    return true;
}

u32 exports(ExportInfo* out, u32 max) {
    tandem_fs_export* ex = static_cast<tandem_fs_export*>(kmalloc(sizeof(tandem_fs_export) * TANDEM_FS_MAX_EXPORTS));
    if (!ex) return 0;
    tandem_fs_request r = req(TANDEM_FS_EXPORTS, 0);
    r.buf = virt_to_phys(ex);
    r.len = sizeof(tandem_fs_export) * TANDEM_FS_MAX_EXPORTS;
    long n = call(r);
    u32 count = 0;
    for (long k = 0; k < n && count < max; k++) {
        FsvcFs* fs = knew<FsvcFs>();
        if (!fs) break;
        fs->dev = g_next_dev++;
        fs->readonly = ex[k].flags & TANDEM_FS_EXPORT_RO;
        fs->root_dotdot_ino = ex[k].parent_ino;
        tandem_fs_request g = req(TANDEM_FS_GETATTR, ex[k].root);
        tandem_fs_reply rp;
        if (call(g, &rp) < 0) {
            kprintf("kernel: file service: export %s unusable\n", ex[k].path);
            kdelete(fs);
            continue;
        }
        // The export root is a referenced node (the EXPORTS reply counts as a lookup).
        fs->root = fs->inode_for(ex[k].root, rp.attr);
        if (!fs->root) break;
        out[count].fs = fs;
        kstrlcpy(out[count].path, ex[k].path, sizeof out[count].path);
        count++;
    }
    kfree(ex);
    return count;
}

void irq() { g_done.wake_all(); }
u64 requests() { return g_requests; }

} // namespace fsvc
