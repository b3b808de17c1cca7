// eventfd: a 64-bit counter that write adds to and read takes (all of it,
// or one in semaphore mode), blocking at zero and before overflow.
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "fs/anon_file.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "mm/kmalloc.h"
#include "sched/waitqueue.h"

namespace {
constexpr u64 kMax = ~0ull - 1; // the largest value the counter holds

class EventFd final : public AnonFile {
public:
    EventFd(u64 v, bool sem) : count_(v), semaphore_(sem) {}
    const char* anon_name() const override { return "[eventfd]"; }

    long read(void* ubuf, size_t n) override {
        if (n < sizeof(u64)) return -EINVAL;
        cpu::IrqGuard guard;
        while (count_ == 0)
            if (long r = wait_or_fail(wait_)) return r;
        u64 v = semaphore_ ? 1 : count_;
        if (!put_user(u64(ubuf), v)) return -EFAULT;
        count_ -= v;
        gen_out_++;
        wake();
        return sizeof(u64);
    }

    long write(const void* ubuf, size_t n) override {
        if (n < sizeof(u64)) return -EINVAL;
        u64 v;
        if (!get_user(v, u64(ubuf))) return -EFAULT;
        if (v == ~0ull) return -EINVAL;
        cpu::IrqGuard guard;
        while (kMax - count_ < v)
            if (long r = wait_or_fail(wait_)) return r;
        count_ += v;
        if (v) gen_in_++;
        wake();
        return sizeof(u64);
    }

    u32 poll() override {
        u32 m = 0;
        if (count_) m |= POLLIN | POLLRDNORM;
        if (count_ < kMax) m |= POLLOUT | POLLWRNORM;
        return m;
    }

    u64 poll_gen(u32 events) override {
        return ((events & POLLIN) ? gen_in_ : 0) + ((events & POLLOUT) ? gen_out_ : 0);
    }

private:
    void wake() {
        wait_.wake_all();
        pollwait::notify();
    }

    u64 count_;
    bool semaphore_;
    u64 gen_in_ = 0, gen_out_ = 0;
    WaitQueue wait_;
};
} // namespace

namespace eventfd {
File* create(u64 initval, u32 flags) {
    EventFd* f = knew<EventFd>(initval, (flags & EFD_SEMAPHORE) != 0);
    if (f) f->status_flags = O_RDWR | (flags & O_NONBLOCK);
    return f;
}
} // namespace eventfd
