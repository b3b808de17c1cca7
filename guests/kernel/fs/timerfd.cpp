// timerfd: expirations of a one-shot or periodic timer, counted by a kernel
// timer and taken by read.  Deadlines are kept on the monotonic clock; an
// absolute CLOCK_REALTIME setting is converted when it is set.
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/anon_file.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "mm/kmalloc.h"
#include "sched/ktimer.h"
#include "sched/waitqueue.h"

namespace {
constexpr int CLOCK_REALTIME = 0, CLOCK_REALTIME_ALARM = 8;
constexpr char kName[] = "[timerfd]";

class TimerFd final : public AnonFile {
public:
    explicit TimerFd(int clock) : clock_(clock) {
        link_.owner = this;
        kt_.fn = [](KTimer* t) { reinterpret_cast<Link*>(t)->owner->fire(); };
    }
    ~TimerFd() override { ktimer::cancel(&kt_); }
    const char* anon_name() const override { return kName; }

    // Timer interrupt: one expiration, or as many periods as have passed.
    void fire() {
        u64 now = clock::monotonic_ns();
        if (interval_) {
            u64 periods = (now - next_) / interval_ + 1;
            ticks_ += periods;
            next_ += periods * interval_;
            ktimer::arm(&kt_, next_);
        } else {
            ticks_++;
            next_ = 0;
        }
        gen_++;
        wait_.wake_all();
        pollwait::notify();
    }

    long read(void* ubuf, size_t n) override {
        if (n < sizeof(u64)) return -EINVAL;
        cpu::IrqGuard guard;
        while (ticks_ == 0)
            if (long r = wait_or_fail(wait_)) return r;
        if (!put_user(u64(ubuf), ticks_)) return -EFAULT;
        ticks_ = 0;
        return sizeof(u64);
    }

    u32 poll() override { return ticks_ ? POLLIN | POLLRDNORM : 0; }
    u64 poll_gen(u32) override { return gen_; }

    long settime(u32 flags, const ItimerSpec& nv, ItimerSpec* old) {
        if (nv.value_nsec < 0 || nv.value_nsec >= 1000000000 || nv.interval_nsec < 0 ||
            nv.interval_nsec >= 1000000000 || nv.value_sec < 0 || nv.interval_sec < 0)
            return -EINVAL;
        cpu::IrqGuard guard;
        if (old) gettime(old);
        ktimer::cancel(&kt_);
        ticks_ = 0;
        interval_ = u64(nv.interval_sec) * 1000000000ull + u64(nv.interval_nsec);
        u64 value = u64(nv.value_sec) * 1000000000ull + u64(nv.value_nsec);
        next_ = 0;
        if (!value) return 0;
        u64 now = clock::monotonic_ns();
        if (flags & timerfd::TFD_TIMER_ABSTIME) {
            bool real = clock_ == CLOCK_REALTIME || clock_ == CLOCK_REALTIME_ALARM;
            u64 base = real ? clock::realtime_ns() : now;
            next_ = value > base ? now + (value - base) : now;
        } else {
            next_ = now + value;
        }
        ktimer::arm(&kt_, next_);
        return 0;
    }

    void gettime(ItimerSpec* cur) {
        cpu::IrqGuard guard;
        u64 left = 0;
        if (next_) {
            u64 now = clock::monotonic_ns();
            left = next_ > now ? next_ - now : 1;
        }
        *cur = ItimerSpec{i64(interval_ / 1000000000), i64(interval_ % 1000000000), i64(left / 1000000000),
                          i64(left % 1000000000)};
    }

private:
    // The kernel timer and the way back from it to its file.
    struct Link {
        KTimer kt;
        TimerFd* owner;
    };
    int clock_;
    Link link_;
    KTimer& kt_ = link_.kt;
    u64 ticks_ = 0;    // expirations not read yet
    u64 interval_ = 0; // ns, 0 = one-shot
    u64 next_ = 0;     // monotonic deadline, 0 = disarmed
    u64 gen_ = 0;
    WaitQueue wait_;
};

TimerFd* timerfd_of(File* f) { return f->anon_name() == kName ? static_cast<TimerFd*>(f) : nullptr; }
} // namespace

namespace timerfd {
File* create(int clock, u32 flags) {
    TimerFd* f = knew<TimerFd>(clock);
    if (f) f->status_flags = O_RDWR | (flags & O_NONBLOCK);
    return f;
}

long settime(File* f, u32 flags, const ItimerSpec& nv, ItimerSpec* old) {
    TimerFd* t = timerfd_of(f);
    return t ? t->settime(flags, nv, old) : -EINVAL;
}

long gettime(File* f, ItimerSpec* cur) {
    TimerFd* t = timerfd_of(f);
    if (!t) return -EINVAL;
    t->gettime(cur);
    return 0;
}
} // namespace timerfd
