// The pipe buffer and its two ends.
#include "fs/pipe.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/file.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/signal.h"
#include "sched/task.h"
#include "sched/waitqueue.h"

namespace {
constexpr u32 kPipeSize = 65536;
constexpr u32 kPipeBuf = 4096; // writes up to this size are atomic
u64 g_next_ino = 1;

struct Pipe {
    u8* buf;
    u32 head = 0, tail = 0; // free-running
    u32 readers = 0, writers = 0;
    u64 ino;
    WaitQueue rwait, wwait;

    u32 used() const { return head - tail; }
    u32 space() const { return kPipeSize - used(); }
};

void destroy_if_unused(Pipe* p) {
    if (p->readers || p->writers) return;
    kfree(p->buf);
    kdelete(p);
}

class PipeEnd : public File {
public:
    PipeEnd(Pipe* p, bool reader) : pipe_(p), reader_(reader) {
        if (reader) p->readers++;
        else p->writers++;
    }
    ~PipeEnd() override {
        cpu::IrqGuard guard;
        if (reader_) p()->readers--;
        else p()->writers--;
        p()->rwait.wake_all();
        p()->wwait.wake_all();
        pollwait::notify();
        destroy_if_unused(pipe_);
    }

    long read(void* ubuf, size_t n) override { return transfer_out(ubuf, n, true); }
    long read_kernel(void* kbuf, size_t n) override { return transfer_out(kbuf, n, false); }
    long write(const void* ubuf, size_t n) override { return transfer_in(ubuf, n, true); }
    long write_kernel(const void* kbuf, size_t n) override { return transfer_in(kbuf, n, false); }

    // Reads from the ring into user or kernel memory.
    long transfer_out(void* ubuf, size_t n, bool user) {
        if (!reader_) return -EBADF;
        if (!n) return 0;
        Pipe* pp = p();
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
        pp->wwait.wake_all();
        pollwait::notify();
        return long(done);
    }

    // Writes user or kernel bytes into the ring.
    long transfer_in(const void* ubuf, size_t n, bool user) {
        if (reader_) return -EBADF;
        if (!n) return 0;
        Pipe* pp = p();
        const u8* src = static_cast<const u8*>(ubuf);
        size_t done = 0;
        cpu::IrqGuard guard;
        while (done < n) {
            if (pp->readers == 0) {
                signal::send(current(), signal::SIGPIPE);
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
            pp->rwait.wake_all();
            pollwait::notify();
        }
        return long(done);
    }

    u32 poll() override {
        Pipe* pp = p();
        u32 m = 0;
        if (reader_) {
            if (pp->used()) m |= POLLIN | POLLRDNORM;
            if (!pp->writers) m |= POLLHUP;
        } else {
            if (pp->space() >= kPipeBuf) m |= POLLOUT | POLLWRNORM;
            if (!pp->readers) m |= POLLERR;
        }
        return m;
    }

    long ioctl(u64 cmd, u64 arg) override {
        constexpr u64 FIONREAD = 0x541b;
        if (cmd == FIONREAD) return put_user(arg, i32(p()->used())) ? 0 : -EFAULT;
        return -ENOTTY;
    }

    long stat(LinuxStat* st) override {
        memset(st, 0, sizeof *st);
        st->st_dev = 0xc;
        st->st_ino = p()->ino;
        st->st_nlink = 1;
        st->st_mode = S_IFIFO | 0600;
        st->st_blksize = 4096;
        u64 now = clock::realtime_ns();
        st->st_atime_sec = st->st_mtime_sec = st->st_ctime_sec = now / clock::kNsPerSec;
        return 0;
    }

    Pipe* p() const { return pipe_; }
    bool is_pipe() const override { return true; }

private:
    Pipe* pipe_;
    bool reader_;
};
} // namespace

namespace pipe {
long create(File** r, File** w, u32 flags) {
    Pipe* p = knew<Pipe>();
    if (!p) return -ENFILE;
    p->buf = static_cast<u8*>(kmalloc(kPipeSize));
    if (!p->buf) {
        kdelete(p);
        return -ENFILE;
    }
    p->ino = g_next_ino++;
    PipeEnd* re = knew<PipeEnd>(p, true);
    PipeEnd* we = re ? knew<PipeEnd>(p, false) : nullptr;
    if (!re || !we) {
        if (re) re->put();
        else destroy_if_unused(p);
        return -ENFILE;
    }
    re->status_flags = O_RDONLY | (flags & O_NONBLOCK);
    we->status_flags = O_WRONLY | (flags & O_NONBLOCK);
    *r = re;
    *w = we;
    return 0;
}

} // namespace pipe
