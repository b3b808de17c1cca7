// Message semantics, as a SOCK_SEQPACKET socket has them: write() sends its
// whole buffer as one message (at most TANDEM_CHANNEL_MESSAGE_MAX bytes, more
// is EMSGSIZE; an empty write sends nothing); read() returns one message,
// and a buffer shorter than the message gets its first bytes, the rest is
// dropped; read() returns 0 once the peer is gone and its messages are
// read, and write() then fails with EPIPE (and SIGPIPE, as for a pipe).
// Both block unless O_NONBLOCK (EAGAIN); poll and epoll see the channel's
// readiness.
//
// The mailbox is one shared area: each op fills it, kicks vmproc and reads
// the answer with interrupts off, so no other task's op can interleave on
// this single vCPU.  User data goes through a kernel buffer, so that no user
// page fault is taken with interrupts off.
#include "dev/channel.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "boot/bootinfo.h"
#include "fs/file.h"
#include "fs/poll.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/signal.h"
#include "sched/task.h"
#include "sched/waitqueue.h"

namespace channel {
namespace {

tandem_channel_mailbox* g_box; // nullptr: no channel
u8* g_data;
u16 g_port;
WaitQueue g_waiters;

// One op on the mailbox; the caller has interrupts off.
i64 op_locked(u32 op, u32 len) {
    g_box->op = op;
    g_box->len = len;
    x86::outl(u16(g_port + TANDEM_CHANNEL_DO), 0);
    return g_box->result;
}

// Readiness as poll(2) bits; asks vmproc to interrupt when a bit it lacks
// (readable, writable) appears, so that a poller sleeping on pollwait wakes.
u32 poll_locked() {
    u32 s = u32(op_locked(TANDEM_CHANNEL_POLL, 0));
    u32 missing = ~s & (TANDEM_CHANNEL_READABLE | TANDEM_CHANNEL_WRITABLE);
    if (missing) s = u32(op_locked(TANDEM_CHANNEL_POLL, missing));
    u32 ev = 0;
    if (s & TANDEM_CHANNEL_READABLE) ev |= POLLIN | POLLRDNORM;
    if (s & TANDEM_CHANNEL_WRITABLE) ev |= POLLOUT | POLLWRNORM;
    if (s & TANDEM_CHANNEL_HANGUP) ev |= POLLHUP;
    return ev;
}

// Waits (interrupts off) until vmproc says `bit` may be set; false if a
// signal should end the call first.
bool wait_locked(u32 bit) {
    if (signal::interrupt_pending(current())) return false;
    if (op_locked(TANDEM_CHANNEL_POLL, bit) & bit) return true; // already: retry at once
    g_waiters.sleep_locked();
    return true;
}

class ChannelFile final : public File {
public:
    explicit ChannelFile(u32 flags) { status_flags = O_RDWR | (flags & O_NONBLOCK); }

    long read(void* ubuf, size_t n) override {
        if (n == 0) return 0;
        u32 room = u32(min<size_t>(n, TANDEM_CHANNEL_MESSAGE_MAX));
        u8* buf = static_cast<u8*>(kmalloc(room));
        if (!buf) return -ENOMEM;
        i64 got;
        {
            cpu::IrqGuard guard;
            for (;;) {
                got = op_locked(TANDEM_CHANNEL_RECV, room);
                if (got != -EAGAIN) break;
                if (status_flags & O_NONBLOCK) break;
                if (!wait_locked(TANDEM_CHANNEL_READABLE)) {
                    got = -signal::ERESTARTSYS;
                    break;
                }
            }
            if (got > 0) memcpy(buf, g_data, size_t(got));
        }
        if (got > 0 && copy_to_user(ubuf, buf, size_t(got))) got = -EFAULT;
        kfree(buf);
        return long(got);
    }

    long write(const void* ubuf, size_t n) override {
        if (n > TANDEM_CHANNEL_MESSAGE_MAX) return -EMSGSIZE;
        if (n == 0) return 0;
        u8* buf = static_cast<u8*>(kmalloc(n));
        if (!buf) return -ENOMEM;
        if (copy_from_user(buf, ubuf, n)) {
            kfree(buf);
            return -EFAULT;
        }
        i64 sent;
        {
            cpu::IrqGuard guard;
            for (;;) {
                memcpy(g_data, buf, n); // again each try: another task's op may have used the mailbox
                sent = op_locked(TANDEM_CHANNEL_SEND, u32(n));
                if (sent != -EAGAIN) break;
                if (status_flags & O_NONBLOCK) break;
                if (!wait_locked(TANDEM_CHANNEL_WRITABLE)) {
                    sent = -signal::ERESTARTSYS;
                    break;
                }
            }
        }
        kfree(buf);
        if (sent == -EPIPE)
            signal::send(current(), signal::SIGPIPE, signal::from_process(current()->proc, signal::SI_USER));
        return long(sent);
    }

    u32 poll() override {
        cpu::IrqGuard guard;
        return poll_locked();
    }
    long seek(i64, int) override { return -ESPIPE; }
    long pread(void*, size_t, u64) override { return -ESPIPE; }
    long pwrite(const void*, size_t, u64) override { return -ESPIPE; }
};

} // namespace

void init() {
    const tandem_device* d = bootinfo::find_device(&boot::info(), TANDEM_DEV_CHANNEL);
    if (!d || !d->ring_phys[0] || d->ring_size[0] < sizeof(tandem_channel_mailbox) + TANDEM_CHANNEL_MESSAGE_MAX)
        return;
    if (d->ring_phys[0] + d->ring_size[0] > boot::info().memory_size) return;
    g_port = d->port_base;
    g_box = phys_to_virt<tandem_channel_mailbox>(d->ring_phys[0]);
    g_data = reinterpret_cast<u8*>(g_box) + sizeof(tandem_channel_mailbox);
}

bool present() { return g_box != nullptr; }

File* open(u32 flags, long* err) {
    if (!g_box) {
        *err = -ENXIO;
        return nullptr;
    }
    File* f = knew<ChannelFile>(flags);
    if (!f) *err = -ENOMEM;
    return f;
}

void irq() {
    g_waiters.wake_all();
    pollwait::notify();
}

} // namespace channel
