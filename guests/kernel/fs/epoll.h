// epoll: an interest list of files and the readiness of each, reported
// level- or edge-triggered (EPOLLET) and once (EPOLLONESHOT).  Waiting is
// on pollwait's queue like poll; edge triggering compares File::poll_gen.
#pragma once

#include "lib/types.h"

class File;

namespace epoll {
constexpr u32 EPOLLIN = 0x1, EPOLLPRI = 0x2, EPOLLOUT = 0x4, EPOLLERR = 0x8, EPOLLHUP = 0x10,
              EPOLLRDHUP = 0x2000, EPOLLEXCLUSIVE = 1u << 28, EPOLLWAKEUP = 1u << 29,
              EPOLLONESHOT = 1u << 30, EPOLLET = 1u << 31;
constexpr int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3;

// struct epoll_event (packed on x86-64).
struct [[gnu::packed]] Event {
    u32 events;
    u64 data;
};

// A new epoll file.
File* create();
// epoll_ctl on ep (an epoll file, else -EINVAL) for fd, which is `target`.
long ctl(File* ep, int op, int fd, File* target, const Event& ev);
// Up to max ready events into the user array at uevents; deadline 0 =
// none, ~0 = do not block.  The count, or -EINTR when a signal came first.
long wait(File* ep, u64 uevents, int max, u64 deadline);
// A file is going away: its registrations go with it (File::~File).
void forget_file(File* f);
} // namespace epoll
