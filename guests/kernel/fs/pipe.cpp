// The pipe buffer, its ends, FIFO opening and pipefs (the inodes of
// anonymous pipes).
#include "fs/pipe.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "fs/dcache.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/signal.h"
#include "sched/sched.h"
#include "sched/task.h"
#include "sched/waitqueue.h"

// The ring and who has it open; it lives while any end is open.
struct PipeBuffer {
    u8* buf;
    u32 head = 0, tail = 0; // free-running
    u32 readers = 0, writers = 0;
    u64 r_counter = 0, w_counter = 0; // opens so far (a waiting open sees a partner come and go)
    u64 gen_in = 0, gen_out = 0;      // File::poll_gen
    Inode* inode;                     // whose pipe this is
    WaitQueue rwait, wwait;

    u32 used() const { return head - tail; }
    u32 space() const { return pipe::kSize - used(); }
};

namespace {
constexpr u32 kPipeSize = pipe::kSize;
constexpr u32 kPipeBuf = 4096; // writes up to this size are atomic
constexpr u64 kPipefsMagic = 0x50495045;

// pipefs: one inode per anonymous pipe, under a root that is mounted nowhere.
class Pipefs final : public FileSystem {
public:
    const char* name() const override { return "pipefs"; }
    u64 magic() const override { return kPipefsMagic; }
    long lookup(Inode*, const char*, u32, Inode**) override { return -ENOENT; }
};
Pipefs* g_pipefs;
Mount* g_pipefs_mount;
u64 g_next_ino = 1;

bool init_pipefs() {
    if (g_pipefs_mount) return true;
    Pipefs* fs = knew<Pipefs>();
    Inode* root = fs ? inode::alloc(fs) : nullptr;
    Mount* m = root ? knew<Mount>() : nullptr;
    Dentry* d = m ? dcache::make_root(root) : nullptr;
    if (!d) {
        kdelete(m);
        if (root) inode::put(root);
        kdelete(fs);
        return false;
    }
    fs->dev = 0xc;
    root->mode = S_IFDIR | 0700;
    root->nlink = 2;
    fs->root = root;
    m->parent = nullptr;
    m->mountpoint = nullptr;
    m->readonly = false;
    m->root = d;
    m->fs = fs;
    kstrlcpy(m->path, "pipe:", sizeof m->path);
    g_pipefs = fs;
    g_pipefs_mount = m;
    return true;
}

// Wakes both sides and the pollers after a change.
void changed(PipeBuffer* p, bool in, bool out) {
    if (in) p->gen_in++;
    if (out) p->gen_out++;
    p->rwait.wake_all();
    p->wwait.wake_all();
    pollwait::notify();
}

class PipeEnd : public File {
public:
    PipeEnd(PipeBuffer* p, bool reads, bool writes) : pipe_(p), reads_(reads), writes_(writes) {
        if (reads) p->readers++, p->r_counter++;
        if (writes) p->writers++, p->w_counter++;
        changed(p, writes, reads);
    }
    ~PipeEnd() override {
        cpu::IrqGuard guard;
        PipeBuffer* pp = pipe_;
        if (reads_) pp->readers--;
        if (writes_) pp->writers--;
        changed(pp, true, true);
        if (pp->readers || pp->writers) return;
        pp->inode->pipe = nullptr;
        kfree(pp->buf);
        kdelete(pp);
    }

    long read(void* ubuf, size_t n) override { return transfer_out(ubuf, n, true); }
    long read_kernel(void* kbuf, size_t n) override { return transfer_out(kbuf, n, false); }
    long write(const void* ubuf, size_t n) override { return transfer_in(ubuf, n, true); }
    long write_kernel(const void* kbuf, size_t n) override { return transfer_in(kbuf, n, false); }

    // Reads from the ring into user or kernel memory.
    long transfer_out(void* ubuf, size_t n, bool user) {
        if (!reads_) return -EBADF;
        if (!n) return 0;
        PipeBuffer* pp = pipe_;
        u8* dst = static_cast<u8*>(ubuf);
        cpu::IrqGuard guard;
        while (pp->used() == 0) {
            if (pp->writers == 0) return 0;
            if (status_flags & O_NONBLOCK) return -EAGAIN;
            if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
            pp->rwait.sleep_locked();
        }
        size_t done = 0;
        while (done < n && pp->used()) {
            u32 off = pp->tail % kPipeSize;
            size_t k = min<size_t>(min<size_t>(n - done, pp->used()), kPipeSize - off);
            if (!user) memcpy(dst + done, pp->buf + off, k);
            else if (copy_to_user(dst + done, pp->buf + off, k)) return done ? long(done) : -EFAULT;
            pp->tail += u32(k);
            done += k;
        }
        changed(pp, false, true);
        return long(done);
    }

    // Writes user or kernel bytes into the ring.
    long transfer_in(const void* ubuf, size_t n, bool user) {
        if (!writes_) return -EBADF;
        if (!n) return 0;
        PipeBuffer* pp = pipe_;
        const u8* src = static_cast<const u8*>(ubuf);
        size_t done = 0;
        cpu::IrqGuard guard;
        while (done < n) {
            if (pp->readers == 0) {
                signal::send(current(), signal::SIGPIPE, signal::from_process(current()->proc, signal::SI_USER));
                return done ? long(done) : -EPIPE;
            }
            u32 need = n - done <= kPipeBuf ? u32(n - done) : 1; // small writes are atomic
            if (pp->space() < need) {
                if (status_flags & O_NONBLOCK) return done ? long(done) : -EAGAIN;
                if (signal::interrupt_pending(current())) return done ? long(done) : -signal::ERESTARTSYS;
                pp->wwait.sleep_locked();
                continue;
            }
            while (done < n && pp->space()) {
                u32 off = pp->head % kPipeSize;
                size_t k = min<size_t>(min<size_t>(n - done, pp->space()), kPipeSize - off);
                if (!user) memcpy(pp->buf + off, src + done, k);
                else if (copy_from_user(pp->buf + off, src + done, k)) return done ? long(done) : -EFAULT;
                pp->head += u32(k);
                done += k;
            }
            changed(pp, true, false);
        }
        return long(done);
    }

    u32 poll() override {
        PipeBuffer* pp = pipe_;
        u32 m = 0;
        if (reads_) {
            if (pp->used()) m |= POLLIN | POLLRDNORM;
            if (!pp->writers && pp->w_counter != w_seen) m |= POLLHUP;
        }
        if (writes_) {
            if (pp->space() >= kPipeBuf) m |= POLLOUT | POLLWRNORM;
            if (!pp->readers) m |= POLLERR;
        }
        return m;
    }

    u64 poll_gen(u32 events) override {
        return ((events & POLLIN) ? pipe_->gen_in : 0) + ((events & POLLOUT) ? pipe_->gen_out : 0);
    }

    long ioctl(u64 cmd, u64 arg) override {
        constexpr u64 FIONREAD = 0x541b;
        if (cmd == FIONREAD) return put_user(arg, i32(pipe_->used())) ? 0 : -EFAULT;
        return -ENOTTY;
    }

    bool is_pipe() const override { return true; }

    // A reader opened without a writer under O_NONBLOCK sees no hang-up
    // until a writer has come (Linux's f_version rule).
    u64 w_seen = 0;

private:
    PipeBuffer* pipe_;
    bool reads_, writes_;
};

// The inode's pipe, made on first open; nullptr when out of memory.
PipeBuffer* pipe_of(Inode* i) {
    if (i->pipe) return i->pipe;
    PipeBuffer* p = knew<PipeBuffer>();
    u8* buf = p ? static_cast<u8*>(kmalloc(kPipeSize)) : nullptr;
    if (!buf) {
        kdelete(p);
        return nullptr;
    }
    p->buf = buf;
    p->inode = i;
    i->pipe = p;
    return p;
}

// Frees a pipe that no end holds (an open that failed).
void drop_if_unused(PipeBuffer* p) {
    if (p->readers || p->writers) return;
    p->inode->pipe = nullptr;
    kfree(p->buf);
    kdelete(p);
}

// Blocks an opening end until the other side's open counter moves.
long wait_for_partner(WaitQueue& q, const u64& counter, const u32& present) {
    u64 seen = counter;
    while (!present && counter == seen) {
        if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
        q.sleep_locked();
    }
    return 0;
}
} // namespace

namespace pipe {
long create(File** r, File** w, u32 flags) {
    Inode* ino = nullptr;
    Dentry* d = nullptr;
    {
        sched::PreemptGuard atomic;
        if (!init_pipefs()) return -ENFILE;
        ino = inode::alloc(g_pipefs);
        if (!ino) return -ENFILE;
        ino->ino = g_next_ino++;
        ino->mode = S_IFIFO | 0600;
        ino->nlink = 1;
        ino->atime = ino->mtime = ino->ctime = inode::now();
        char name[32];
        int n = ksnprintf(name, sizeof name, "pipe:[%lu]", ino->ino);
        d = dcache::make_unhashed(g_pipefs_mount->root, name, u32(n), ino);
        if (!d) return -ENFILE;
    }
    Path path{g_pipefs_mount, d};
    cpu::IrqGuard guard;
    PipeBuffer* p = pipe_of(ino);
    PipeEnd* re = p ? knew<PipeEnd>(p, true, false) : nullptr;
    PipeEnd* we = re ? knew<PipeEnd>(p, false, true) : nullptr;
    if (!we) {
        if (re) re->put();
        else if (p) drop_if_unused(p);
        path_put(path);
        return -ENFILE;
    }
    re->status_flags = O_RDONLY | (flags & O_NONBLOCK);
    we->status_flags = O_WRONLY | (flags & O_NONBLOCK);
    re->path = path; // the creation's reference
    we->path = path;
    path_get(path);
    *r = re;
    *w = we;
    return 0;
}

File* open_fifo(Inode* i, u32 flags, long* err) {
    bool is_pipe = i->fs == g_pipefs;
    u32 acc = flags & O_ACCMODE;
    bool nonblock = flags & O_NONBLOCK;
    cpu::IrqGuard guard;
    PipeBuffer* p = pipe_of(i);
    if (!p) {
        *err = -ENOMEM;
        return nullptr;
    }
    if (acc == O_WRONLY && nonblock && !is_pipe && !p->readers) {
        drop_if_unused(p);
        *err = -ENXIO;
        return nullptr;
    }
    bool had_writers = p->writers != 0;
    PipeEnd* e = knew<PipeEnd>(p, acc != O_WRONLY, acc != O_RDONLY);
    if (!e) {
        drop_if_unused(p);
        *err = -ENOMEM;
        return nullptr;
    }
    long r = 0;
    if (acc == O_RDONLY && !is_pipe && !had_writers) {
        if (nonblock) e->w_seen = p->w_counter;
        else r = wait_for_partner(p->rwait, p->w_counter, p->writers);
    } else if (acc == O_WRONLY && !is_pipe) {
        r = wait_for_partner(p->wwait, p->r_counter, p->readers);
    }
    if (r) {
        e->put();
        *err = r;
        return nullptr;
    }
    return e;
}
} // namespace pipe
