// The epoll file: its watches (one per registered file and descriptor),
// and the scan that reports them.
#include "fs/epoll.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "fs/anon_file.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "lib/list.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/signal.h"
#include "sched/task.h"

namespace epoll {
namespace {
constexpr char kName[] = "[eventpoll]";
constexpr u32 kMaxNesting = 4; // Linux's EP_MAX_NESTS
constexpr u32 kAlways = EPOLLERR | EPOLLHUP;

class EpollFile;

struct Watch {
    ListNode in_epoll; // EpollFile::watches_
    ListNode in_file;  // File::epoll_watches
    EpollFile* ep;
    File* file;        // not a reference: the file's end removes the watch
    int fd;
    u32 events;
    u64 data;
    u64 seen_gen = 0;  // EPOLLET: File::poll_gen when last reported
    bool fresh = true; // EPOLLET: added or modified since last reported
    bool disarmed = false; // EPOLLONESHOT: reported, waiting for EPOLL_CTL_MOD
};

bool is_epoll(File* f) { return f->anon_name() == kName; }

class EpollFile final : public AnonFile {
public:
    ~EpollFile() override {
        cpu::IrqGuard guard;
        while (watches_.linked()) remove(container_of(watches_.next, Watch, in_epoll));
    }
    const char* anon_name() const override { return kName; }

    static void remove(Watch* w) {
        w->in_epoll.unlink();
        w->in_file.unlink();
        kdelete(w);
    }

    Watch* find(File* f, int fd) {
        for (ListNode* n = watches_.next; n != &watches_; n = n->next) {
            Watch* w = container_of(n, Watch, in_epoll);
            if (w->file == f && w->fd == fd) return w;
        }
        return nullptr;
    }

    // True if watching `target` would close a loop or nest too deeply.
    bool would_loop(File* target, u32 depth) {
        if (!is_epoll(target)) return false;
        if (target == this || depth >= kMaxNesting) return true;
        EpollFile* t = static_cast<EpollFile*>(target);
        for (ListNode* n = t->watches_.next; n != &t->watches_; n = n->next)
            if (would_loop(container_of(n, Watch, in_epoll)->file, depth + 1)) return true;
        return false;
    }

    long ctl(int op, int fd, File* target, const Event& ev) {
        if (target == this) return -EINVAL;
        if (!target->pollable()) return -EPERM;
        if ((ev.events & EPOLLEXCLUSIVE) && (op == EPOLL_CTL_MOD || is_epoll(target) ||
                                             (ev.events & (EPOLLONESHOT | EPOLLWAKEUP) && op == EPOLL_CTL_ADD)))
            return -EINVAL;
        cpu::IrqGuard guard;
        Watch* w = find(target, fd);
        switch (op) {
        case EPOLL_CTL_ADD: {
            if (w) return -EEXIST;
            if (would_loop(target, 1)) return -ELOOP;
            w = knew<Watch>();
            if (!w) return -ENOMEM;
            w->ep = this;
            w->file = target;
            w->fd = fd;
            w->events = ev.events | kAlways;
            w->data = ev.data;
            w->in_epoll.insert_before(&watches_);
            w->in_file.insert_before(&target->epoll_watches);
            break;
        }
        case EPOLL_CTL_MOD:
            if (!w) return -ENOENT;
            if (w->events & EPOLLEXCLUSIVE) return -EINVAL;
            w->events = ev.events | kAlways;
            w->data = ev.data;
            w->fresh = true;
            w->disarmed = false;
            break;
        case EPOLL_CTL_DEL:
            if (!w) return -ENOENT;
            remove(w);
            break;
        default:
            return -EINVAL;
        }
        pollwait::notify(); // a waiter may have something to report now
        return 0;
    }

    // What w would report now (0 = nothing).
    static u32 ready(Watch* w) {
        if (w->disarmed) return 0;
        u32 m = w->file->poll() & w->events & ~(EPOLLET | EPOLLONESHOT | EPOLLEXCLUSIVE | EPOLLWAKEUP);
        if (!m) return 0;
        if ((w->events & EPOLLET) && !w->fresh && w->file->poll_gen(w->events) == w->seen_gen) return 0;
        return m;
    }

    // One pass over the watches: up to max events into out, each reported
    // watch consumed (edge, one-shot) or moved to the back (level, so that
    // a small max does not starve the rest).
    u32 collect(Event* out, u32 max) {
        u32 n = 0;
        ListNode reported;
        for (ListNode* it = watches_.next; it != &watches_ && n < max;) {
            Watch* w = container_of(it, Watch, in_epoll);
            it = it->next;
            u32 m = ready(w);
            if (!m) continue;
            out[n++] = Event{m, w->data};
            if (w->events & EPOLLET) {
                w->seen_gen = w->file->poll_gen(w->events);
                w->fresh = false;
            }
            if (w->events & EPOLLONESHOT) w->disarmed = true;
            w->in_epoll.unlink();
            w->in_epoll.insert_before(&reported);
        }
        while (reported.linked()) {
            ListNode* r = reported.next;
            r->unlink();
            r->insert_before(&watches_);
        }
        return n;
    }

    u32 poll() override {
        cpu::IrqGuard guard;
        for (ListNode* n = watches_.next; n != &watches_; n = n->next)
            if (ready(container_of(n, Watch, in_epoll))) return POLLIN | POLLRDNORM;
        return 0;
    }

    ListNode watches_;
};
} // namespace

File* create() {
    EpollFile* f = knew<EpollFile>();
    if (f) f->status_flags = O_RDWR;
    return f;
}

long ctl(File* ep, int op, int fd, File* target, const Event& ev) {
    if (!is_epoll(ep)) return -EINVAL;
    return static_cast<EpollFile*>(ep)->ctl(op, fd, target, ev);
}

long wait(File* epf, u64 uevents, int max, u64 deadline) {
    if (!is_epoll(epf)) return -EINVAL;
    EpollFile* ep = static_cast<EpollFile*>(epf);
    u32 cap = u32(min(max, 256));
    Event* out = static_cast<Event*>(kmalloc(cap * sizeof(Event)));
    if (!out) return -ENOMEM;
    long n;
    {
        cpu::IrqGuard guard;
        for (;;) {
            n = ep->collect(out, cap);
            if (n || deadline == ~0ull) break;
            if (signal::interrupt_pending(current())) {
                n = -EINTR;
                break;
            }
            if (pollwait::queue().sleep_locked_until(deadline)) {
                n = ep->collect(out, cap);
                break;
            }
        }
    }
    if (n > 0 && copy_to_user(reinterpret_cast<void*>(uevents), out, u64(n) * sizeof(Event))) n = -EFAULT;
    kfree(out);
    return n;
}

void forget_file(File* f) {
    cpu::IrqGuard guard;
    while (f->epoll_watches.linked()) EpollFile::remove(container_of(f->epoll_watches.next, Watch, in_file));
}
} // namespace epoll
