// Pseudo-terminal pairs: the master and slave files, their blocking rules
// and readiness, the terminal ioctls of both sides, and controlling
// terminals (job control's foreground process group, ISIG and SIGWINCH
// signals, hangup when the master closes).
#include "fs/pty.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "fs/poll.h"
#include "fs/tty_ldisc.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "sched/task.h"
#include "sched/waitqueue.h"
#include "dev/clock.h"
#include "syscalls/current.h"

namespace pty {

struct Pty {
    u32 index;
    u32 refs = 0;              // the master file, slave files, controlling-terminal holders
    bool master_open = true;
    u32 slaves = 0;            // open slave files
    bool slave_closed = false; // every slave closed after one was open: master reads EIO
    bool locked = true;        // TIOCSPTLCK: the slave cannot be opened yet
    tty::Ldisc ld;             // the slave's terminal (termios ioctls on the master reach it too)
    bool master_stopped = false; // tcflow(TCOOFF) on the master: what it writes waits
    tty::Winsize winsize{};
    i32 pgrp = 0;              // foreground process group (0: none)
    i32 session = 0;           // the session whose controlling terminal this is (0: none)
    WaitQueue wait;            // readers and writers of both sides
};

namespace {
Pty* g_ptys[kMaxPtys];

void pty_get(Pty* p) { p->refs++; }

void pty_put(Pty* p) {
    if (--p->refs) return;
    g_ptys[p->index] = nullptr;
    kdelete(p);
}

// Data or state moved: sleepers on either side and pollers recheck.
void changed(Pty* p) {
    p->wait.wake_all();
    pollwait::notify();
}

// Sends sig to every live process of a group (ISIG, SIGWINCH, hangup).
void signal_group(i32 pgrp, int sig) {
    if (pgrp <= 0) return;
    proc::for_each([&](Process* q) {
        if (q->pgid == pgrp && q->state == ProcState::Alive) signal::send_process(q, sig);
        return true;
    });
}

// The terminal goes away for its session: SIGHUP and SIGCONT to the
// foreground group and the session leader, and nobody holds it as
// controlling terminal any more.
void hang_up(Pty* p) {
    if (!p->session) return;
    signal_group(p->pgrp, signal::SIGHUP);
    signal_group(p->pgrp, signal::SIGCONT);
    Process* leader = proc::find(p->session);
    if (leader && leader->state == ProcState::Alive && leader->pgid != p->pgrp) {
        signal::send_process(leader, signal::SIGHUP);
        signal::send_process(leader, signal::SIGCONT);
    }
    p->session = 0;
    p->pgrp = 0;
}

// Makes p the controlling terminal of the caller's session.
void acquire(Pty* p, Process* self) {
    self->ctty = p;
    pty_get(p);
    p->session = self->sid;
    p->pgrp = self->pgid;
}

bool is_ctty(Pty* p) { return current_proc()->ctty == p; }

// A process group is orphaned when no member has a parent in another group
// of the same session: nobody is left to continue it after a stop.
bool orphaned(i32 pgid) {
    bool orphan = true;
    proc::for_each([&](Process* q) {
        if (q->pgid != pgid || q->state != ProcState::Alive) return true;
        Process* parent = q->parent;
        if (parent && parent->pgid != pgid && parent->sid == q->sid) orphan = false;
        return orphan;
    });
    return orphan;
}

// Job control (Linux's __tty_check_change): a process of a background group
// that reads its controlling terminal (sig = SIGTTIN), or writes it with
// TOSTOP set or changes its settings (SIGTTOU), stops its whole group with
// sig and retries after SIGCONT (-ERESTARTSYS).  When sig is ignored or
// blocked a read fails with EIO and the rest goes ahead; an orphaned group
// gets EIO.  0: go ahead.
long job_control(Pty* p, int sig) {
    Process* self = current_proc();
    if (self->ctty != p || !p->pgrp || self->pgid == p->pgrp) return 0;
    Task* t = current();
    if (self->action(sig).handler == 1 /* SIG_IGN */ || (t->sigmask & signal::bit(sig)))
        return sig == signal::SIGTTIN ? -EIO : 0;
    if (orphaned(self->pgid)) return -EIO;
    signal_group(self->pgid, sig);
    return -signal::ERESTARTSYS;
}

constexpr u64 TCGETS = 0x5401, TCSETS = 0x5402, TCSETSW = 0x5403, TCSETSF = 0x5404, TCSBRK = 0x5409,
              TCXONC = 0x540a, TCFLSH = 0x540b, TIOCEXCL = 0x540c, TIOCNXCL = 0x540d, TIOCSCTTY = 0x540e,
              TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410, TIOCOUTQ = 0x5411, TIOCGWINSZ = 0x5413,
              TIOCSWINSZ = 0x5414, FIONREAD = 0x541b, TIOCNOTTY = 0x5422, TIOCGSID = 0x5429,
              TIOCGPTN = 0x80045430, TIOCSPTLCK = 0x40045431, TIOCGPTLCK = 0x80045439,
              TIOCGPTPEER = 0x5441, TCSBRKP = 0x5425, TIOCSBRK = 0x5427, TIOCCBRK = 0x5428;

// TIOCSPGRP: the group must be one of the caller's session.
long set_foreground(Pty* p, u64 arg) {
    i32 pg;
    if (!get_user(pg, arg)) return -EFAULT;
    if (pg < 0) return -EINVAL;
    Process* self = current_proc();
    bool found = false, same_session = false;
    proc::for_each([&](Process* q) {
        if (q->pgid != pg || q->state != ProcState::Alive) return true;
        found = true;
        same_session = q->sid == self->sid;
        return !same_session;
    });
    if (!found) return -ESRCH;
    if (!same_session) return -EPERM;
    p->pgrp = pg;
    return 0;
}

// TIOCSCTTY: a session leader without a controlling terminal takes this
// one (`steal` takes it from another session too: everyone is root here).
long set_controlling(Pty* p, u64 steal) {
    Process* self = current_proc();
    if (self->ctty == p && p->session == self->sid) return 0;
    if (self->pid != self->sid || self->ctty) return -EPERM;
    if (p->session && p->session != self->sid) {
        if (steal != 1) return -EPERM;
        proc::for_each([&](Process* q) {
            if (q->ctty == p) drop_ctty(q);
            return true;
        });
    }
    acquire(p, self);
    return 0;
}

// TIOCNOTTY: the caller gives up its controlling terminal (a session
// leader hangs it up for its session).
long give_up_controlling(Pty* p) {
    Process* self = current_proc();
    if (self->ctty != p) return -ENOTTY;
    if (self->pid == self->sid) hang_up(p);
    drop_ctty(self);
    return 0;
}

// TIOCGPTPEER: the slave opened as a new descriptor of the caller.
long open_peer(Pty* p, u64 flags) {
    if (flags & ~u64(O_ACCMODE | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)) return -EINVAL;
    char path[32];
    ksnprintf(path, sizeof path, "/dev/pts/%u", p->index);
    File* f = nullptr;
    long r = vfs::open(vfs::kAtFdCwd, path, u32(flags) | O_NOCTTY, 0, &f);
    if (r < 0) return r;
    int fd = current_proc()->fds->install(f, 0, flags & O_CLOEXEC);
    if (fd < 0) f->put();
    return fd;
}

// The ioctls both sides answer alike: termios and window size are the
// slave's from either side, as Linux's pty master passes them on.
long common_ioctl(Pty* p, bool master, u64 cmd, u64 arg) {
    cpu::IrqGuard guard;
    switch (cmd) {
    case TCGETS: return put_user(arg, p->ld.termios) ? 0 : -EFAULT;
    case TCSETS:
    case TCSETSW:
    case TCSETSF: {
        if (!master) {
            if (long r = job_control(p, signal::SIGTTOU)) return r;
        }
        tty::Termios t;
        if (!get_user(t, arg)) return -EFAULT;
        if (cmd == TCSETSF) p->ld.flush_input();
        p->ld.set_termios(t);
        changed(p);
        return 0;
    }
    case TIOCGWINSZ: return put_user(arg, p->winsize) ? 0 : -EFAULT;
    case TIOCSWINSZ: {
        tty::Winsize w;
        if (!get_user(w, arg)) return -EFAULT;
        if (memcmp(&w, &p->winsize, sizeof w) == 0) return 0;
        p->winsize = w;
        signal_group(p->pgrp, signal::SIGWINCH);
        return 0;
    }
    case TCFLSH: {
        if (arg > 2) return -EINVAL;
        // TCIFLUSH is this side's input: the slave's typed bytes, the master's queue.
        bool in = arg == 0 || arg == 2, out = arg == 1 || arg == 2;
        if (master ? out : in) p->ld.flush_input();
        if (master ? in : out) p->ld.out.clear();
        changed(p);
        return 0;
    }
    case TCXONC: {
        // tcflow: TCOOFF/TCOON hold and release this side's output; TCIOFF/
        // TCION send VSTOP/VSTART to the other side (the master's reach the
        // slave's line discipline, where IXON takes them).
        enum { TCOOFF = 0, TCOON = 1, TCIOFF = 2, TCION = 3 };
        if (arg > TCION) return -EINVAL;
        if (arg == TCOOFF || arg == TCOON) {
            if (master) p->master_stopped = arg == TCOOFF;
            else p->ld.tcflow_stop(arg == TCOOFF);
        } else {
            u8 c = p->ld.termios.cc[arg == TCIOFF ? tty::VSTOP : tty::VSTART];
            if (c && master && p->ld.input_room()) p->ld.receive(c);
            else if (c && !master && p->ld.out.room()) p->ld.out.push(c);
        }
        changed(p);
        return 0;
    }
    case TCSBRK:
    case TCSBRKP:
    case TIOCSBRK:
    case TIOCCBRK:
    case TIOCEXCL:
    case TIOCNXCL: return 0;
    default: return -ENOTTY;
    }
}

class MasterFile final : public File {
public:
    explicit MasterFile(Pty* p) : p_(p) {
        status_flags = O_RDWR;
        pty_get(p);
    }
    ~MasterFile() override {
        cpu::IrqGuard guard;
        p_->master_open = false;
        hang_up(p_);
        changed(p_);
        pty_put(p_);
    }

    // What the slave wrote (after output processing); EIO once every slave
    // is closed and nothing is left.
    long read(void* ubuf, size_t n) override {
        if (!n) return 0;
        cpu::IrqGuard guard;
        while (!p_->ld.out.used()) {
            if (p_->slave_closed) return -EIO;
            if (status_flags & O_NONBLOCK) return -EAGAIN;
            if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
            p_->wait.sleep_locked();
        }
        u8 chunk[256];
        size_t done = 0;
        while (done < n && p_->ld.out.used()) {
            u32 k = u32(min<size_t>(min<size_t>(n - done, sizeof chunk), p_->ld.out.used()));
            for (u32 i = 0; i < k; i++) chunk[i] = p_->ld.out.pop();
            if (copy_to_user(static_cast<u8*>(ubuf) + done, chunk, k)) return done ? long(done) : -EFAULT;
            done += k;
        }
        changed(p_);
        return long(done);
    }

    // Typed at the slave's terminal, byte by byte through the line discipline.
    long write(const void* ubuf, size_t n) override {
        const u8* src = static_cast<const u8*>(ubuf);
        u8 chunk[256];
        size_t done = 0;
        cpu::IrqGuard guard;
        while (done < n) {
            u32 k = u32(min<size_t>(n - done, sizeof chunk));
            if (copy_from_user(chunk, src + done, k)) return done ? long(done) : -EFAULT;
            u32 i = 0;
            while (i < k) {
                if (p_->master_stopped || !p_->ld.input_room()) {
                    changed(p_);
                    if (done + i) return long(done + i);
                    if (status_flags & O_NONBLOCK) return -EAGAIN;
                    if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
                    p_->wait.sleep_locked();
                    continue;
                }
                int sig = p_->ld.receive(chunk[i++]);
                if (sig) signal_group(p_->pgrp, sig);
            }
            done += k;
        }
        changed(p_);
        return long(done);
    }

    u32 poll() override {
        cpu::IrqGuard guard;
        u32 r = p_->ld.out.used() ? POLLIN | POLLRDNORM : 0;
        if (p_->slave_closed) r |= POLLHUP;
        if (p_->ld.input_room() && !p_->master_stopped) r |= POLLOUT | POLLWRNORM;
        return r;
    }

    long ioctl(u64 cmd, u64 arg) override {
        switch (cmd) {
        case TIOCGPTN: return put_user(arg, p_->index) ? 0 : -EFAULT;
        case TIOCSPTLCK: {
            i32 lock;
            if (!get_user(lock, arg)) return -EFAULT;
            p_->locked = lock != 0;
            return 0;
        }
        case TIOCGPTLCK: return put_user(arg, i32(p_->locked)) ? 0 : -EFAULT;
        case TIOCGPTPEER: return open_peer(p_, arg);
        case FIONREAD:
        case TIOCOUTQ: return put_user(arg, i32(cmd == FIONREAD ? p_->ld.out.used() : 0)) ? 0 : -EFAULT;
        // The master answers for the slave's job control (as Linux's pty master).
        case TIOCGPGRP: return put_user(arg, p_->pgrp) ? 0 : -EFAULT;
        case TIOCGSID:
            if (!p_->session) return -ENOTTY;
            return put_user(arg, p_->session) ? 0 : -EFAULT;
        case TIOCSCTTY:
        case TIOCSPGRP:
        case TIOCNOTTY: return -ENOTTY;
        default: return common_ioctl(p_, true, cmd, arg);
        }
    }

private:
    Pty* p_;
};

class SlaveFile final : public File {
public:
    SlaveFile(Pty* p, u32 flags) : p_(p) {
        status_flags = flags & (O_ACCMODE | O_NONBLOCK);
        pty_get(p);
        p->slaves++;
        p->slave_closed = false;
    }
    ~SlaveFile() override {
        cpu::IrqGuard guard;
        if (--p_->slaves == 0) p_->slave_closed = true;
        changed(p_);
        pty_put(p_);
    }

    // What was typed, after line editing; 0 (end of file) for an EOF at the
    // start of a line and after the master closed (hangup).  In raw mode
    // VMIN/VTIME decide: VMIN 0 and VTIME 0 return at once, VMIN 0 waits
    // VTIME tenths of a second for a byte, VMIN > 0 waits for that many
    // bytes (with VTIME, for the first only).
    long read(void* ubuf, size_t n) override {
        tty::Ldisc& ld = p_->ld;
        cpu::IrqGuard guard;
        if (long r = job_control(p_, signal::SIGTTIN)) return r;
        u64 deadline = 0;
        for (;;) {
            if (!p_->master_open) return 0;
            if (ld.canonical() ? ld.read_ready() : enough_raw(n)) break;
            u8 vmin = ld.termios.cc[tty::VMIN], vtime = ld.termios.cc[tty::VTIME];
            if (!ld.canonical() && !vmin && !vtime) return 0;
            if (status_flags & O_NONBLOCK) return -EAGAIN;
            if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
            if (!ld.canonical() && !vmin) {
                if (!deadline) deadline = clock::monotonic_ns() + u64(vtime) * 100'000'000ull;
                if (p_->wait.sleep_locked_until(deadline) && !ld.readable()) return 0;
                continue;
            }
            p_->wait.sleep_locked();
        }
        if (!n) return 0;
        // Canonical: the rest of one line (an empty EOF line reads as 0).
        size_t want = min<size_t>(n, ld.readable());
        if (ld.canonical() && want == 0) {
            u8 none;
            ld.read(&none, 0); // takes the EOF mark
            changed(p_);
            return 0;
        }
        u8 chunk[256];
        size_t done = 0;
        while (done < want) {
            u32 k = ld.read(chunk, u32(min<size_t>(want - done, sizeof chunk)));
            if (copy_to_user(static_cast<u8*>(ubuf) + done, chunk, k)) return done ? long(done) : -EFAULT;
            done += k;
        }
        changed(p_);
        return long(done);
    }

    // Through output processing to the master; EIO after the master closed.
    long write(const void* ubuf, size_t n) override {
        const u8* src = static_cast<const u8*>(ubuf);
        u8 chunk[256];
        size_t done = 0;
        cpu::IrqGuard guard;
        if (p_->ld.termios.lflag & tty::TOSTOP) {
            if (long r = job_control(p_, signal::SIGTTOU)) return r;
        }
        while (done < n) {
            if (!p_->master_open) return done ? long(done) : -EIO;
            u32 k = u32(min<size_t>(n - done, sizeof chunk));
            if (copy_from_user(chunk, src + done, k)) return done ? long(done) : -EFAULT;
            u32 put = p_->ld.output_stopped() ? 0 : p_->ld.write(chunk, k);
            done += put;
            if (put < k) {
                changed(p_);
                if (status_flags & O_NONBLOCK) return done ? long(done) : -EAGAIN;
                if (signal::interrupt_pending(current())) return done ? long(done) : -signal::ERESTARTSYS;
                p_->wait.sleep_locked();
            }
        }
        changed(p_);
        return long(done);
    }

    u32 poll() override {
        cpu::IrqGuard guard;
        if (!p_->master_open) return POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM | POLLHUP | POLLERR;
        tty::Ldisc& ld = p_->ld;
        u32 r = (ld.canonical() ? ld.read_ready() : ld.readable() > 0) ? POLLIN | POLLRDNORM : 0;
        if (ld.out.room() >= 2 && !ld.output_stopped()) r |= POLLOUT | POLLWRNORM;
        return r;
    }

    long ioctl(u64 cmd, u64 arg) override {
        switch (cmd) {
        case FIONREAD: {
            cpu::IrqGuard guard;
            return put_user(arg, i32(p_->ld.readable())) ? 0 : -EFAULT;
        }
        case TIOCOUTQ: return put_user(arg, i32(p_->ld.out.used())) ? 0 : -EFAULT;
        case TIOCSCTTY: return set_controlling(p_, arg);
        case TIOCNOTTY: return give_up_controlling(p_);
        // Job control asks of the caller's controlling terminal only.
        case TIOCGPGRP:
            if (!is_ctty(p_)) return -ENOTTY;
            return put_user(arg, p_->pgrp) ? 0 : -EFAULT;
        case TIOCSPGRP:
            if (!is_ctty(p_) || p_->session != current_proc()->sid) return -ENOTTY;
            if (long r = job_control(p_, signal::SIGTTOU)) return r;
            return set_foreground(p_, arg);
        case TIOCGSID:
            if (!is_ctty(p_) || !p_->session) return -ENOTTY;
            return put_user(arg, p_->session) ? 0 : -EFAULT;
        case TIOCGPTN:
        case TIOCSPTLCK:
        case TIOCGPTLCK:
        case TIOCGPTPEER: return -ENOTTY;
        default: return common_ioctl(p_, false, cmd, arg);
        }
    }

private:
    // Raw mode: VMIN bytes (at most what the reader asked for) are there,
    // or one byte when VTIME times the wait.
    bool enough_raw(size_t n) const {
        const tty::Ldisc& ld = p_->ld;
        u32 have = ld.readable();
        u8 vmin = ld.termios.cc[tty::VMIN], vtime = ld.termios.cc[tty::VTIME];
        if (!vmin || vtime) return have > 0;
        return have >= min<size_t>(vmin, n ? n : 1);
    }

    Pty* p_;
};
} // namespace

File* open_master(long* err) {
    cpu::IrqGuard guard;
    u32 index = 0;
    while (index < kMaxPtys && g_ptys[index]) index++;
    if (index == kMaxPtys) {
        *err = -ENOSPC;
        return nullptr;
    }
    Pty* p = knew<Pty>();
    if (!p) {
        *err = -ENOMEM;
        return nullptr;
    }
    p->index = index;
    g_ptys[index] = p;
    File* f = knew<MasterFile>(p);
    if (!f) {
        g_ptys[index] = nullptr;
        kdelete(p);
        *err = -ENOMEM;
    }
    return f;
}

File* open_slave(u32 index, u32 flags, long* err) {
    cpu::IrqGuard guard;
    Pty* p = index < kMaxPtys ? g_ptys[index] : nullptr;
    if (!p || !p->master_open) {
        *err = p ? -EIO : -ENXIO;
        return nullptr;
    }
    if (p->locked) {
        *err = -EIO;
        return nullptr;
    }
    File* f = knew<SlaveFile>(p, flags);
    if (!f) {
        *err = -ENOMEM;
        return nullptr;
    }
    Process* self = current_proc();
    if (!(flags & O_NOCTTY) && self->pid == self->sid && !self->ctty && !p->session) acquire(p, self);
    return f;
}

bool exists(u32 index) { return index < kMaxPtys && g_ptys[index] && g_ptys[index]->master_open; }

File* open_controlling(u32 flags, long* err) {
    Pty* p = current_proc()->ctty;
    if (!p) return nullptr;
    if (!p->master_open) {
        *err = -EIO;
        return nullptr;
    }
    return open_slave(p->index, flags | O_NOCTTY, err);
}

void inherit_ctty(Process* child, const Process* parent) {
    child->ctty = parent->ctty;
    if (child->ctty) pty_get(child->ctty);
}

void drop_ctty(Process* p) {
    Pty* t = p->ctty;
    if (!t) return;
    cpu::IrqGuard guard;
    p->ctty = nullptr;
    // A session leader that leaves hangs its terminal up for the session.
    if (p->pid == p->sid && t->session == p->sid) hang_up(t);
    pty_put(t);
}

} // namespace pty
