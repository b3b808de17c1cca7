// Files without a name in any file system (epoll, eventfd, timerfd,
// signalfd): Linux gives them all one anonymous inode.
#pragma once

#include "fs/file.h"

class AnonFile : public File {
public:
    long stat(LinuxStat* st) override;
    // Sleeps on q (IRQs off) as a blocking read or write of this file does:
    // 0 to check again, -EAGAIN for O_NONBLOCK, -ERESTARTSYS for a signal.
    long wait_or_fail(class WaitQueue& q);
};

struct ItimerSpec {
    i64 interval_sec, interval_nsec, value_sec, value_nsec;
};

namespace eventfd {
constexpr u32 EFD_SEMAPHORE = 1;
File* create(u64 initval, u32 flags);
} // namespace eventfd

namespace timerfd {
constexpr u32 TFD_TIMER_ABSTIME = 1, TFD_TIMER_CANCEL_ON_SET = 2;
File* create(int clock, u32 flags);
// Settings of a timerfd (-EINVAL for another file).
long settime(File* f, u32 flags, const ItimerSpec& nv, ItimerSpec* old);
long gettime(File* f, ItimerSpec* cur);
} // namespace timerfd

namespace signalfd {
File* create(u64 mask, u32 flags);
// A new mask for an existing signalfd (-EINVAL for another file).
long set_mask(File* f, u64 mask);
} // namespace signalfd
