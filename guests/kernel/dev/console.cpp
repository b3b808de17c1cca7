// Console driver over the two shared rings (docs/PLATFORM.md "Devices").
#include "dev/console.h"
#include "fs/poll.h"
#include "proc/signal.h"
#include "arch/percpu.h"
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "boot/bootinfo.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "sched/sched.h"
#include "sched/waitqueue.h"

namespace console {
namespace {

// One direction of the console: a ring header plus its data bytes.
struct Ring {
    tandem_ring* hdr = nullptr;
    u8* data = nullptr;
    u32 size = 0;

    // Binds the ring at a guest-physical address (0 = absent).
    void bind(u64 phys) {
        if (!phys) return;
        hdr = phys_to_virt<tandem_ring>(phys);
        data = reinterpret_cast<u8*>(hdr) + sizeof(tandem_ring);
        size = hdr->data_size;
        if (size == 0 || (size & (size - 1))) hdr = nullptr; // not a power of two: unusable
    }
};

// An output direction: its ring and the port block whose kick drains it.
struct Output {
    Ring ring;
    u16 port = 0;
};

Output g_out, g_err; // the console's output, and the error console (tandem's stderr)
Ring g_in;
u16 g_port;
WaitQueue g_readers;

// Tells the host to drain an output ring.
void kick_out(const Output& o) { x86::outl(u16(o.port + TANDEM_CONSOLE_KICK_OUT), 0); }

// Copies bytes into an output ring, kicking while it is full; caller masks IRQs.
void put_bytes(const Output& o, const u8* buf, size_t n) {
    const Ring& r = o.ring;
    while (n) {
        u32 used = r.hdr->head - r.hdr->tail;
        if (used >= r.size) {
            kick_out(o);
            continue;
        }
        u32 head = r.hdr->head;
        u32 room = min<u64>(r.size - used, n);
        u32 off = head & (r.size - 1);
        u32 first = min(room, r.size - off);
        memcpy(r.data + off, buf, first);
        memcpy(r.data, buf + first, room - first);
        asm volatile("" ::: "memory");
        r.hdr->head = head + room;
        buf += room;
        n -= room;
    }
}

// The error console if the VM has one, else the console.
const Output& output_for(bool err) { return err && g_err.ring.hdr ? g_err : g_out; }

// Kernel bytes to one output, then one kick.
void write_to(const Output& o, const char* buf, size_t n) {
    if (!o.ring.hdr || !n) return;
    cpu::IrqGuard guard;
    put_bytes(o, reinterpret_cast<const u8*>(buf), n);
    kick_out(o);
}

// The error the host met writing this output (a closed pipe, a full disk),
// or 0 while its bytes still reach the host.
long sink_error(const Output& o) {
    if (!o.ring.hdr) return 0;
    u32 flags = o.ring.hdr->flags;
    if (!(flags & TANDEM_RING_BROKEN)) return 0;
    u32 err = flags >> TANDEM_RING_ERRNO_SHIFT;
    return err ? long(err) : EIO;
}

// A write to a broken output fails as a write to the host's file would:
// -EPIPE with SIGPIPE for the writer, or the host's errno.
long fail_write(long err) {
    if (err == EPIPE) signal::send(current(), signal::SIGPIPE, signal::from_process(current()->proc, signal::SI_USER));
    return -err;
}

// User bytes through a kernel buffer, so that a bad pointer is an EFAULT.
long write_user_to(const Output& o, const void* ubuf, size_t n) {
    if (long err = sink_error(o)) return fail_write(err);
    const u8* src = static_cast<const u8*>(ubuf);
    size_t done = 0;
    u8 chunk[512];
    while (done < n) {
        size_t len = min<size_t>(n - done, sizeof chunk);
        if (copy_from_user(chunk, src + done, len) != 0) {
            if (done) break;
            return -EFAULT;
        }
        if (o.ring.hdr) {
            cpu::IrqGuard guard;
            put_bytes(o, chunk, len);
        }
        done += len;
    }
    if (o.ring.hdr) kick_out(o);
    if (long err = sink_error(o)) return fail_write(err); // these bytes were dropped
    return long(done);
}

} // namespace

// Binds the rings and the port block of the console device.
void init() {
    const tandem_device* d = bootinfo::find_device(&boot::info(), TANDEM_DEV_CONSOLE);
    if (!d) return;
    g_port = d->port_base;
    g_out.port = d->port_base;
    g_out.ring.bind(d->ring_phys[0]);
    g_in.bind(d->ring_phys[1]);
    if (const tandem_device* e = bootinfo::find_device(&boot::info(), TANDEM_DEV_CONSOLE_ERR)) {
        g_err.port = e->port_base;
        g_err.ring.bind(e->ring_phys[0]);
    }
}

bool has_error_console() { return g_err.ring.hdr != nullptr; }

bool output_broken(bool err) { return sink_error(output_for(err)) != 0; }

// Program output (stdout) and kernel messages / stderr (the error console).
void write(const char* buf, size_t n) { write_to(g_out, buf, n); }
void write_err(const char* buf, size_t n) { write_to(output_for(true), buf, n); }
long write_user(const void* ubuf, size_t n) { return write_user_to(g_out, ubuf, n); }
long write_user_err(const void* ubuf, size_t n) { return write_user_to(output_for(true), ubuf, n); }

// Blocking read from the input ring; the console interrupt wakes sleepers.
long read_user(void* ubuf, size_t n) {
    if (!n) return 0;
    if (!g_in.hdr) return 0; // no input ring: always end of file
    u8 chunk[512];
    size_t len;
    {
        cpu::IrqGuard guard;
        while (g_in.hdr->head == g_in.hdr->tail) {
            if (g_in.hdr->flags & TANDEM_RING_EOF) return 0;
            if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
            g_readers.sleep_locked();
        }
        u32 tail = g_in.hdr->tail;
        u32 avail = g_in.hdr->head - tail;
        len = min<size_t>(min<size_t>(avail, n), sizeof chunk);
        for (size_t i = 0; i < len; i++) chunk[i] = g_in.data[(tail + i) & (g_in.size - 1)];
        asm volatile("" ::: "memory");
        g_in.hdr->tail = tail + u32(len);
    }
    x86::outl(u16(g_port + TANDEM_CONSOLE_KICK_IN), 0);
    if (copy_to_user(ubuf, chunk, len) != 0) return -EFAULT;
    return long(len);
}

// Input interrupt: wake every reader; each rechecks the ring.
void irq() {
    g_readers.wake_all();
    pollwait::notify();
}

bool readable() { return !g_in.hdr || g_in.hdr->head != g_in.hdr->tail || (g_in.hdr->flags & TANDEM_RING_EOF); }

u32 pending_input() { return g_in.hdr ? g_in.hdr->head - g_in.hdr->tail : 0; }

} // namespace console
