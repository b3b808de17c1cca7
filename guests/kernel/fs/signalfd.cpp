// signalfd: reading takes pending signals of the mask out of the reader's
// pending sets (its own, then its process's) as signalfd_siginfo records.
// Each record carries the signal's origin (code, pid, uid, status, addr).
// Signal generation notifies pollwait, where blocked readers sleep.
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "fs/anon_file.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "sched/task.h"

namespace {
constexpr char kName[] = "[signalfd]";

struct SignalfdSiginfo {
    u32 signo;
    i32 errno_, code;
    u32 pid, uid;
    i32 fd;
    u32 tid, band, overrun, trapno;
    i32 status, int_;
    u64 ptr, utime, stime, addr;
    u16 addr_lsb;
    u8 pad[46];
};
static_assert(sizeof(SignalfdSiginfo) == 128);

u64 pending_of(Task* t) { return t->sigpending | (t->proc ? t->proc->shared_pending : 0); }

class SignalFd final : public AnonFile {
public:
    explicit SignalFd(u64 mask) : mask_(mask) {}
    const char* anon_name() const override { return kName; }

    long read(void* ubuf, size_t n) override {
        size_t max = n / sizeof(SignalfdSiginfo);
        if (!max) return -EINVAL;
        size_t got = 0;
        cpu::IrqGuard guard;
        while (got < max) {
            signal::SigSource src;
            int sig = signal::take(current(), mask_, &src);
            if (!sig) {
                if (got) break;
                if (status_flags & O_NONBLOCK) return -EAGAIN;
                if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
                pollwait::queue().sleep_locked();
                continue;
            }
            SignalfdSiginfo si;
            memset(&si, 0, sizeof si);
            si.signo = u32(sig);
            si.code = src.code;
            si.pid = u32(src.pid);
            si.uid = src.uid;
            si.status = src.status;
            si.addr = src.addr;
            if (copy_to_user(static_cast<u8*>(ubuf) + got * sizeof si, &si, sizeof si))
                return got ? long(got * sizeof si) : -EFAULT;
            got++;
        }
        return long(got * sizeof(SignalfdSiginfo));
    }

    u32 poll() override { return (pending_of(current()) & mask_) ? POLLIN | POLLRDNORM : 0; }

    u64 mask_;
};

SignalFd* signalfd_of(File* f) { return f->anon_name() == kName ? static_cast<SignalFd*>(f) : nullptr; }
} // namespace

namespace signalfd {
File* create(u64 mask, u32 flags) {
    SignalFd* f = knew<SignalFd>(mask & ~signal::kUnblockable);
    if (f) f->status_flags = O_RDWR | (flags & O_NONBLOCK);
    return f;
}

long set_mask(File* f, u64 mask) {
    SignalFd* s = signalfd_of(f);
    if (!s) return -EINVAL;
    s->mask_ = mask & ~signal::kUnblockable;
    pollwait::notify();
    return 0;
}
} // namespace signalfd
