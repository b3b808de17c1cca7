// Sockets whose both ends are in this kernel.  AF_UNIX: stream, datagram
// and seqpacket; abstract names and socket nodes in the file system;
// descriptors (SCM_RIGHTS) and credentials (SCM_CREDENTIALS) travel with the
// bytes.  AF_INET and AF_INET6 on loopback: TCP is a stream connection and UDP
// a datagram socket of the same machinery, named by address and port
// (net/inet.cpp) and with TCP's and UDP's rules where they differ from
// AF_UNIX's (a connect completes in the background, a datagram nobody takes
// is dropped, a write to a closed connection succeeds once).  A socket's state
// (Sock) is reference counted apart from its File: a peer, an accept queue and
// the name table keep it after its last descriptor is closed.
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/inode.h"
#include "fs/poll.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/list.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "net/inet.h"
#include "net/socket.h"
#include "proc/signal.h"
#include "sched/waitqueue.h"
#include "syscalls/current.h"

namespace {
using namespace net;

constexpr u32 kDefaultBuf = 212992;  // Linux's [rw]mem_default and [rw]mem_max
constexpr u32 kMinSndBuf = 4608, kMinRcvBuf = 2304;
constexpr u32 kMaxDgramQueue = 10;   // net.unix.max_dgram_qlen
constexpr u32 kMaxBacklog = 4096;    // net.core.somaxconn
constexpr u32 kStreamChunk = 65536 - 128;
constexpr u32 kDgramOverhead = 32;   // a datagram may be at most sndbuf - this
constexpr u32 kSkbOverhead = 256, kSkbSharedInfo = 320; // what Linux charges a message besides its bytes
constexpr u32 kSunPath = 2, kSockAddrUnSize = 110;
constexpr u32 RCV_SHUT = 1, SEND_SHUT = 2;

struct Sock;

// One queued message: its bytes follow the header.
struct Msg {
    ListNode node;
    u32 len, off;      // bytes, bytes already read (stream)
    Sock* sender;      // charged truesize until the message is gone (a reference)
    u32 truesize;
    File** fds;        // SCM_RIGHTS (references), nfds of them
    u32 nfds;
    Ucred cred;
    SockAddr* from;    // the sender's name, nullptr if it had none
    u8* data() { return reinterpret_cast<u8*>(this + 1); }
};

void uncharge(Msg* m);

void free_msg(Msg* m) {
    for (u32 i = 0; i < m->nfds; i++) m->fds[i]->put();
    kfree(m->fds);
    kfree(m->from);
    uncharge(m);
    kfree(m);
}

// The memory Linux accounts a message of len bytes at (sk_buff truesize):
// the socket buffer header and the data rounded to its allocation size.
// A sender may have sndbuf of it in flight, which is what bounds queues.
u32 truesize_of(u32 len) {
    u64 data = ((u64(len) + 63) & ~63ull) + kSkbSharedInfo;
    u64 alloc = 512;
    if (data > 8192) alloc = (data + 4095) & ~4095ull;
    else while (alloc < data) alloc <<= 1;
    return u32(kSkbOverhead + alloc);
}

enum class State : u8 { Unconnected, Listening, Connected };

struct Sock {
    u32 refs = 1;
    int family;
    int type;
    State state = State::Unconnected;
    u32 shut = 0;            // RCV_SHUT | SEND_SHUT
    bool released = false;   // its file is closed
    int err = 0;             // reported once by the next call (ECONNRESET)
    bool passcred = false;
    u32 sndbuf = kDefaultBuf, rcvbuf = kDefaultBuf;
    u32 wmem = 0;            // truesize of its messages still unread
    u32 bool_opts = 0;       // SO_REUSEADDR, SO_KEEPALIVE, ... as bits (1 << opt)
    i32 linger[2] = {0, 0};
    u64 rcvtimeo_ns = 0, sndtimeo_ns = 0;
    Sock* peer = nullptr;    // connected peer (a reference)
    Ucred peercred{0, ~0u, ~0u};
    ListNode queue;          // received Msgs
    u32 queued_bytes = 0, queued_msgs = 0;
    ListNode accept_queue;   // connections not accepted yet (their accept_node)
    ListNode accept_node;
    u32 backlog = 0, pending = 0;
    SockAddr* addr = nullptr; // its name, nullptr when unbound
    Inode* node = nullptr;    // a path name's socket node (a reference)
    ListNode bound_node;      // g_bound
    u64 ino;
    u64 gen_in = 0, gen_out = 0; // readiness generations (File::poll_gen)
    WaitQueue wait;           // everyone waiting on this socket's state
    // AF_INET and AF_INET6 only:
    inet::Binding inet;       // its port, address and peer's address
    bool connecting = false;  // a non-blocking connect the caller has not seen complete
    bool nodelay = false;     // TCP_NODELAY (nothing is delayed here either way)
    u32 rmem = 0;             // UDP: truesize of the datagrams queued, bounded by rcvbuf

    Sock(int f, int t) : family(f), type(t) {}
    bool connection() const { return type != SOCK_DGRAM; }
    bool is_inet() const { return family != AF_UNIX; }
};

ListNode g_bound; // every named socket (Sock::bound_node)
u64 g_next_ino = 1;
u32 g_autobind;

void sock_get(Sock* s) { s->refs++; }

void sock_put(Sock* s) {
    if (--s->refs) return;
    while (s->queue.linked()) {
        Msg* m = container_of(s->queue.next, Msg, node);
        m->node.unlink();
        free_msg(m);
    }
    kfree(s->addr);
    if (s->node) inode::put(s->node);
    kdelete(s);
}

// Readiness of s moved: wake its sleepers and the pollers.
void changed(Sock* s, bool in, bool out) {
    if (in) s->gen_in++;
    if (out) s->gen_out++;
    s->wait.wake_all();
    pollwait::notify();
}

// A message was read or dropped: its sender may send again.
void uncharge(Msg* m) {
    Sock* s = m->sender;
    if (!s) return;
    cpu::IrqGuard guard;
    s->wmem -= m->truesize;
    changed(s, false, true);
    sock_put(s);
}

SockAddr* copy_addr(const SockAddr* a) {
    if (!a) return nullptr;
    SockAddr* c = knew<SockAddr>();
    if (c) *c = *a;
    return c;
}

bool is_abstract(const SockAddr& a) { return a.len > kSunPath && a.bytes[kSunPath] == 0; }

Sock* find_abstract(const SockAddr& a) {
    for (ListNode* n = g_bound.next; n != &g_bound; n = n->next) {
        Sock* s = container_of(n, Sock, bound_node);
        if (!s->node && s->addr->len == a.len && !memcmp(s->addr->bytes, a.bytes, a.len)) return s;
    }
    return nullptr;
}

Sock* find_node(Inode* i) {
    for (ListNode* n = g_bound.next; n != &g_bound; n = n->next) {
        Sock* s = container_of(n, Sock, bound_node);
        if (s->node == i) return s;
    }
    return nullptr;
}

// Linux's check of a sockaddr_un: the family and a length that holds a name.
long validate(const SockAddr& a) {
    if (a.len <= kSunPath || a.len > kSockAddrUnSize || a.family() != AF_UNIX) return -EINVAL;
    return 0;
}

// The path of a path name as a C string (sun_path need not be terminated).
void path_of(const SockAddr& a, char* out) {
    u32 n = 0;
    while (kSunPath + n < a.len && a.bytes[kSunPath + n]) n++;
    memcpy(out, a.bytes + kSunPath, n);
    out[n] = 0;
}

// The socket a name refers to (a reference), for connect and sendto.
long lookup(const SockAddr& a, int type, Sock** out) {
    if (long e = validate(a)) return e;
    Sock* s;
    if (is_abstract(a)) {
        cpu::IrqGuard guard;
        s = find_abstract(a);
        if (!s) return -ECONNREFUSED;
        sock_get(s);
    } else {
        char path[kSockAddrUnSize];
        path_of(a, path);
        Path p;
        long r = vfs::resolve_at(vfs::kAtFdCwd, path, vfs::kFollow, &p);
        if (r) return r;
        Inode* i = p.d->inode;
        cpu::IrqGuard guard;
        s = (i->mode & S_IFMT) == S_IFSOCK ? find_node(i) : nullptr;
        if (s) sock_get(s);
        path_put(p);
        if (!s) return -ECONNREFUSED;
    }
    if (s->type != type) {
        sock_put(s);
        return -EPROTOTYPE;
    }
    *out = s;
    return 0;
}

// Waits on q until woken, a signal or the deadline (0 = none): 0, or the
// error a blocked socket call returns.  IRQs are off.
long wait_on(WaitQueue& q, u64 deadline) {
    if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
    if (q.sleep_locked_until(deadline)) return -EAGAIN;
    return 0;
}

u64 deadline_of(u64 timeo_ns) { return timeo_ns ? clock::monotonic_ns() + timeo_ns : 0; }

// A message holding n bytes from the caller's vector; nullptr + *err.
Msg* build_msg(MsgIo& m, u32 n, bool first, const SockAddr* from, long* err) {
    Msg* msg = static_cast<Msg*>(kmalloc(sizeof(Msg) + n));
    if (!msg) {
        *err = -ENOBUFS;
        return nullptr;
    }
    new (&msg->node) ListNode();
    msg->len = n;
    msg->off = 0;
    msg->sender = nullptr;
    msg->truesize = 0;
    msg->fds = nullptr;
    msg->nfds = 0;
    msg->cred = m.has_creds ? m.creds : current_creds();
    msg->from = copy_addr(from);
    if (!m.data.to_kernel(msg->data(), n)) {
        free_msg(msg);
        *err = -EFAULT;
        return nullptr;
    }
    if (first && m.nfds) {
        msg->fds = m.fds; // the message takes over the references
        msg->nfds = m.nfds;
        m.fds = nullptr;
        m.nfds = 0;
    }
    return msg;
}

// Queues msg on to's queue; from (if any) is charged for it until it is read.
void enqueue(Sock* from, Sock* to, Msg* msg) {
    msg->truesize = truesize_of(msg->len);
    if (from) {
        msg->sender = from;
        from->wmem += msg->truesize;
        sock_get(from);
    }
    msg->node.insert_before(&to->queue);
    to->queued_bytes += msg->len;
    to->queued_msgs++;
    changed(to, true, false);
}

// Takes msg off s's queue after it was read.
void dequeue(Sock* s, Msg* msg) {
    msg->node.unlink();
    s->queued_bytes -= msg->len - msg->off;
    s->queued_msgs--;
    if (!msg->sender) s->rmem -= msg->truesize; // a UDP datagram (charged to its receiver)
    free_msg(msg);
}

// The files of a message for the reader: taken (read) or shared (MSG_PEEK).
void hand_over_fds(Msg* msg, MsgIo& m, bool peek) {
    if (!msg->nfds || m.rnfds) return;
    File** fds = static_cast<File**>(kmalloc(sizeof(File*) * msg->nfds));
    if (!fds) return;
    for (u32 i = 0; i < msg->nfds; i++) {
        fds[i] = msg->fds[i];
        if (peek) fds[i]->get();
    }
    m.rfds = fds;
    m.rnfds = msg->nfds;
    if (!peek) {
        kfree(msg->fds);
        msg->fds = nullptr;
        msg->nfds = 0;
    }
}

// The socket's end of the connection closes (its file, or an embryo that
// was never accepted): the peer sees end of file and maybe ECONNRESET.
void release(Sock* s, bool embryo) {
    ListNode dropped;
    {
        cpu::IrqGuard guard;
        s->released = true;
        s->bound_node.unlink();
        if (s->is_inet()) inet::unbind(s->inet);
        while (s->accept_queue.linked()) {
            Sock* e = container_of(s->accept_queue.next, Sock, accept_node);
            e->accept_node.unlink();
            release(e, true);
        }
        if (Sock* peer = s->peer) {
            if (s->connection()) {
                bool reset = s->queue.linked() || embryo;
                // TCP closes with a FIN: the peer reads end of file and may
                // still write once (inet_send_closed); unread bytes make it a reset.
                if (s->is_inet() && !reset) peer->shut |= RCV_SHUT;
                else peer->shut = RCV_SHUT | SEND_SHUT;
                if (reset) peer->err = ECONNRESET;
                changed(peer, true, true);
            }
            s->peer = nullptr;
            sock_put(peer);
        }
        // Unread messages go (with the files they carry) after the guard.
        if (s->queue.linked()) {
            dropped.next = s->queue.next;
            dropped.prev = s->queue.prev;
            dropped.next->prev = &dropped;
            dropped.prev->next = &dropped;
            s->queue.next = s->queue.prev = &s->queue;
        }
        s->queued_bytes = s->queued_msgs = s->rmem = 0;
        changed(s, true, true);
    }
    while (dropped.linked()) {
        Msg* m = container_of(dropped.next, Msg, node);
        m->node.unlink();
        free_msg(m);
    }
    sock_put(s);
}

Sock* new_sock(int family, int type);

class SocketFile final : public Socket {
public:
    explicit SocketFile(Sock* s) : s_(s) {}
    ~SocketFile() override { release(s_, false); }

    bool nonblocking(const MsgIo& m) const { return (status_flags & O_NONBLOCK) || (m.flags & MSG_DONTWAIT); }

    long read(void* ubuf, size_t n) override { return simple_io(ubuf, n, false); }
    long write(const void* ubuf, size_t n) override { return simple_io(const_cast<void*>(ubuf), n, true); }

    long simple_io(void* ubuf, size_t n, bool out) {
        UserIov v{u64(ubuf), n};
        MsgIo m{IovCursor{&v, 1}, n, 0};
        long r = out ? sendmsg(m) : recvmsg(m);
        for (u32 i = 0; i < m.rnfds; i++) m.rfds[i]->put(); // read(2) has nowhere to put them
        kfree(m.rfds);
        return r;
    }

    long bind(const SockAddr& a) override {
        if (s_->is_inet()) {
            inet::Name want;
            if (long e = inet::parse(s_->inet, a, inet::Use::Bind, &want)) return e;
            cpu::IrqGuard guard;
            return inet::bind(s_->inet, want);
        }
        if (a.len < kSunPath || a.family() != AF_UNIX) return -EINVAL;
        if (a.len == kSunPath) return autobind();
        if (long e = validate(a)) return e;
        SockAddr* name = copy_addr(&a);
        if (!name) return -ENOMEM;
        if (is_abstract(a)) {
            cpu::IrqGuard guard;
            long r = s_->addr ? -EINVAL : find_abstract(a) ? -EADDRINUSE : 0;
            if (r) {
                kfree(name);
                return r;
            }
            s_->addr = name;
            s_->bound_node.insert_before(&g_bound);
            return 0;
        }
        // A path: the socket node is created in the file system (first, as
        // Linux does: an existing name is EADDRINUSE even for a bound
        // socket), where a file system that cannot hold sockets (a host
        // export) refuses.
        char path[kSockAddrUnSize];
        path_of(a, path);
        name->len = u32(kSunPath + kstrlen(path) + 1);
        name->bytes[name->len - 1] = 0;
        long r = vfs::mknod(vfs::kAtFdCwd, path, S_IFSOCK | 0777, 0);
        Path p{};
        if (!r) r = vfs::resolve_at(vfs::kAtFdCwd, path, 0, &p);
        if (r) {
            kfree(name);
            return r == -EEXIST ? -EADDRINUSE : r;
        }
        if (s_->addr) {
            path_put(p);
            kfree(name);
            vfs::unlink(vfs::kAtFdCwd, path);
            return -EINVAL;
        }
        cpu::IrqGuard guard;
        s_->addr = name;
        s_->node = p.d->inode;
        inode::get(s_->node);
        path_put(p);
        s_->bound_node.insert_before(&g_bound);
        return 0;
    }

    // An abstract name of five hex digits chosen by the kernel.
    long autobind() {
        cpu::IrqGuard guard;
        if (s_->addr) return 0;
        SockAddr* name = knew<SockAddr>();
        if (!name) return -ENOMEM;
        for (u32 tries = 0; tries < 0x100000; tries++) {
            name->len = kSunPath + 6;
            name->bytes[0] = AF_UNIX;
            name->bytes[1] = 0;
            name->bytes[2] = 0;
            ksnprintf(reinterpret_cast<char*>(name->bytes + 3), 6, "%05x", g_autobind++ & 0xfffff);
            if (!find_abstract(*name)) {
                s_->addr = name;
                s_->bound_node.insert_before(&g_bound);
                return 0;
            }
        }
        kfree(name);
        return -ENOSPC;
    }

    long connect(const SockAddr& a) override {
        if (s_->is_inet()) return s_->type == SOCK_DGRAM ? connect_udp(a) : connect_tcp(a);
        if (s_->type == SOCK_DGRAM) return connect_dgram(a);
        if (a.len >= kSunPath && a.family() != AF_UNIX) return -EINVAL;
        {
            cpu::IrqGuard guard;
            if (s_->state == State::Connected) return -EISCONN;
            if (s_->state == State::Listening) return -EINVAL;
        }
        if (s_->passcred && !s_->addr) autobind();
        Sock* l;
        if (long e = lookup(a, s_->type, &l)) return e;
        return join(l, nullptr);
    }

    // Queues a connection to the listener l (a reference, dropped here) for
    // its accept, waiting for room in its backlog.  dst: the address a TCP
    // connector reached (nullptr for AF_UNIX).
    long join(Sock* l, const inet::Name* dst) {
        Sock* e = new_sock(l->family, s_->type); // an IPv4 connection to an AF_INET6 listener is AF_INET6
        if (!e) {
            sock_put(l);
            return -ENOMEM;
        }
        cpu::IrqGuard guard;
        u64 deadline = deadline_of(s_->sndtimeo_ns);
        for (;;) {
            long r = 0;
            if (l->released || l->state != State::Listening) r = -ECONNREFUSED;
            else if (s_->state != State::Unconnected) r = s_->state == State::Connected ? -EISCONN : -EINVAL;
            else if (l->pending <= l->backlog) break;
            else if (status_flags & O_NONBLOCK) r = -EAGAIN;
            else r = wait_on(l->wait, deadline);
            if (r) {
                kdelete(e);
                sock_put(l);
                return r;
            }
        }
        // The embryo: the listener's side of the connection, queued for accept.
        if (dst) {
            inet::accept_binding(e->inet, l->inet, *dst, s_->inet.local);
            s_->inet.remote = *dst;
            s_->inet.connected = true;
        } else {
            e->addr = copy_addr(l->addr);
        }
        e->passcred = l->passcred;
        e->sndbuf = l->sndbuf;
        e->rcvbuf = l->rcvbuf;
        e->peercred = current_creds();
        e->state = s_->state = State::Connected;
        e->peer = s_;
        sock_get(s_);
        s_->peer = e;
        sock_get(e);
        s_->peercred = l->peercred;
        e->accept_node.insert_before(&l->accept_queue); // the queue holds e's first reference
        l->pending++;
        changed(l, true, false);
        changed(s_, false, true);
        sock_put(l);
        return 0;
    }

    // TCP's connect: at once when it blocks; a non-blocking one answers
    // EINPROGRESS and completes (or fails) in the background, as over loopback.
    long connect_tcp(const SockAddr& a) {
        if (a.len < 2) return -EINVAL;
        bool nonblock = status_flags & O_NONBLOCK;
        if (a.family() == AF_UNSPEC) { // a disconnect: only of a socket that is not connected
            cpu::IrqGuard guard;
            if (s_->state != State::Unconnected) return -EOPNOTSUPP;
            s_->connecting = false;
            return 0;
        }
        inet::Name dst;
        if (long e = inet::parse(s_->inet, a, inet::Use::Connect, &dst)) return e;
        if (long e = inet::route(s_->inet, &dst)) return e;
        Sock* l;
        {
            cpu::IrqGuard guard;
            if (s_->connecting) return finish_connect();
            if (s_->state != State::Unconnected) return -EISCONN;
            s_->shut = 0; // a connect after a refused one starts afresh
            if (long e = inet::bind_for(s_->inet, dst, true)) return e;
            inet::Binding* b = inet::find_listener(dst);
            if (!b) return refused(nonblock);
            l = container_of(b, Sock, inet);
            sock_get(l);
        }
        long r = join(l, &dst);
        cpu::IrqGuard guard;
        if (r == -ECONNREFUSED) return refused(nonblock);
        if (r || !nonblock) return r;
        s_->connecting = true;
        return -EINPROGRESS;
    }

    // No listener: TCP's reset.  A blocking connect fails with it; a
    // non-blocking one reports it later (SO_ERROR, poll, the next connect).
    // A port the connect chose is given back (Linux still names it).
    long refused(bool nonblock) {
        if (!s_->inet.user_bound) {
            u16 port = s_->inet.local.port;
            inet::unbind(s_->inet);
            s_->inet.local.port = port;
        }
        if (!nonblock) return -ECONNREFUSED;
        s_->err = ECONNREFUSED;
        s_->shut = RCV_SHUT | SEND_SHUT;
        s_->connecting = true;
        changed(s_, true, true);
        return -EINPROGRESS;
    }

    // A connect after a non-blocking one: 0 once that completed, else its error.
    long finish_connect() {
        s_->connecting = false;
        if (s_->state == State::Connected) return 0;
        long e = s_->err ? -long(take_err()) : -ECONNABORTED;
        return e;
    }

    // The pending error (SO_ERROR's), reported once.
    int take_err() {
        int e = s_->err;
        s_->err = 0;
        return e;
    }

    // UDP's connect: the default destination and the only source taken; no
    // socket need be there.  AF_UNSPEC dissolves the association.
    long connect_udp(const SockAddr& a) {
        if (a.len < 2) return -EINVAL;
        if (a.family() == AF_UNSPEC) {
            cpu::IrqGuard guard;
            s_->inet.connected = false;
            if (!s_->inet.user_bound) inet::unbind(s_->inet);
            s_->state = State::Unconnected;
            changed(s_, false, true);
            return 0;
        }
        inet::Name dst;
        if (long e = inet::parse(s_->inet, a, inet::Use::Connect, &dst)) return e;
        if (long e = inet::route(s_->inet, &dst)) return e;
        cpu::IrqGuard guard;
        if (long e = inet::bind_for(s_->inet, dst, true)) return e;
        s_->inet.remote = dst;
        s_->inet.connected = true;
        s_->state = State::Connected;
        changed(s_, false, true);
        return 0;
    }

    long connect_dgram(const SockAddr& a) {
        if (a.len >= kSunPath && a.family() == AF_UNSPEC) { // dissolve the association
            cpu::IrqGuard guard;
            if (Sock* p = s_->peer) {
                s_->peer = nullptr;
                sock_put(p);
            }
            s_->state = State::Unconnected;
            changed(s_, false, true);
            return 0;
        }
        if (s_->passcred && !s_->addr) autobind();
        Sock* t;
        if (long e = lookup(a, SOCK_DGRAM, &t)) return e;
        cpu::IrqGuard guard;
        if (t->released) {
            sock_put(t);
            return -ECONNREFUSED;
        }
        if (Sock* old = s_->peer) sock_put(old);
        s_->peer = t; // the lookup's reference
        s_->state = State::Connected;
        changed(s_, false, true);
        return 0;
    }

    long listen(int backlog) override {
        cpu::IrqGuard guard;
        if (s_->type == SOCK_DGRAM) return -EOPNOTSUPP;
        if (s_->is_inet()) {
            if (s_->state == State::Connected || s_->connecting) return -EINVAL;
            if (s_->state != State::Listening) { // an unbound socket listens on an ephemeral port
                if (long e = inet::bind_for(s_->inet, inet::Name{}, false)) return e;
                if (long e = inet::start_listening(s_->inet)) return e;
            }
        } else if (!s_->addr || s_->state == State::Connected) {
            return -EINVAL;
        }
        s_->backlog = u32(backlog) > kMaxBacklog ? kMaxBacklog : u32(backlog);
        if (s_->state != State::Listening) s_->peercred = current_creds();
        s_->state = State::Listening;
        changed(s_, true, true); // waiting connectors may find room now
        return 0;
    }

    long accept(File** out, SockAddr* peer, u32 flags) override {
        if (s_->type == SOCK_DGRAM) return -EOPNOTSUPP;
        Sock* e;
        {
            cpu::IrqGuard guard;
            u64 deadline = deadline_of(s_->rcvtimeo_ns);
            for (;;) {
                if (s_->state != State::Listening) return -EINVAL;
                if (s_->accept_queue.linked()) break;
                if (status_flags & O_NONBLOCK) return -EAGAIN;
                if (long r = wait_on(s_->wait, deadline)) return r;
            }
            e = container_of(s_->accept_queue.next, Sock, accept_node);
            e->accept_node.unlink();
            s_->pending--;
            changed(s_, false, false); // a connector waiting for room
            if (e->is_inet()) {
                inet::format(e->family, e->inet.remote, peer);
            } else {
                peer->len = kSunPath;
                peer->bytes[0] = AF_UNIX;
                peer->bytes[1] = 0;
                if (e->peer && e->peer->addr) *peer = *e->peer->addr;
            }
        }
        SocketFile* f = knew<SocketFile>(e);
        if (!f) {
            release(e, true);
            return -ENOMEM;
        }
        f->status_flags = O_RDWR | (flags & SOCK_NONBLOCK ? O_NONBLOCK : 0);
        *out = f;
        return 0;
    }

    long name(SockAddr* out, bool peer) override {
        cpu::IrqGuard guard;
        if (s_->is_inet()) {
            if (peer && (s_->state != State::Connected || !s_->inet.connected)) return -ENOTCONN;
            inet::format(s_->family, peer ? s_->inet.remote : s_->inet.local, out);
            return 0;
        }
        Sock* s = s_;
        if (peer) {
            s = s_->peer;
            if (!s || (s_->connection() && s_->state != State::Connected)) return -ENOTCONN;
        }
        if (s->addr) *out = *s->addr;
        else {
            out->len = kSunPath;
            out->bytes[0] = AF_UNIX;
            out->bytes[1] = 0;
        }
        return 0;
    }

    long shutdown(int how) override {
        if (how < SHUT_RD || how > SHUT_RDWR) return -EINVAL;
        u32 mode = (how == SHUT_RD ? RCV_SHUT : how == SHUT_WR ? SEND_SHUT : RCV_SHUT | SEND_SHUT);
        cpu::IrqGuard guard;
        if (s_->is_inet()) return shutdown_inet(mode);
        if (s_->connection() && s_->state != State::Connected) return -ENOTCONN;
        s_->shut |= mode;
        changed(s_, true, true);
        if (s_->connection() && s_->peer) {
            Sock* p = s_->peer;
            p->shut |= (mode & RCV_SHUT ? SEND_SHUT : 0) | (mode & SEND_SHUT ? RCV_SHUT : 0);
            changed(p, true, true);
        }
        return 0;
    }

    // TCP sends only a FIN to the peer (SHUT_WR); UDP notes the shutdown even
    // unconnected, where it answers ENOTCONN.  IRQs are off.
    long shutdown_inet(u32 mode) {
        bool connected = s_->state == State::Connected;
        if (s_->type == SOCK_STREAM && !connected) return -ENOTCONN;
        s_->shut |= mode;
        changed(s_, true, true);
        if (s_->type == SOCK_DGRAM) return connected ? 0 : -ENOTCONN;
        Sock* p = s_->peer;
        if ((mode & SEND_SHUT) && p && !p->released) {
            p->shut |= RCV_SHUT;
            changed(p, true, false);
        }
        return 0;
    }

    // Raises SIGPIPE for a send on a closed connection unless MSG_NOSIGNAL.
    long broken_pipe(const MsgIo& m) {
        if (!(m.flags & MSG_NOSIGNAL)) signal::send(current(), signal::SIGPIPE, signal::from_process(current()->proc, signal::SI_USER));
        return -EPIPE;
    }

    long sendmsg(MsgIo& m) override {
        if (m.flags & MSG_OOB) return -EOPNOTSUPP;
        if (s_->is_inet()) {
            if (m.nfds || m.has_creds) return -EINVAL; // SCM_RIGHTS and SCM_CREDENTIALS are AF_UNIX's
            return s_->type == SOCK_DGRAM ? send_udp(m) : send_tcp(m);
        }
        if (s_->type == SOCK_DGRAM) return send_dgram(m);
        if (m.to) return s_->state == State::Connected ? -EISCONN : -EOPNOTSUPP;
        if (s_->type == SOCK_SEQPACKET) return send_seqpacket(m);
        return send_stream(m);
    }

    // The peer of a connected socket that can take more bytes; 0 when the
    // caller may queue, else the error to return.
    long wait_for_room(MsgIo& m, u64 deadline) {
        for (;;) {
            if (s_->state != State::Connected) return -ENOTCONN;
            if (s_->is_inet()) {
                if (long r = tcp_peer_closed(m)) return r;
            } else if (cannot_deliver(s_->peer)) {
                return broken_pipe(m);
            }
            if (s_->wmem < s_->sndbuf) return 0;
            if (nonblocking(m)) return -EAGAIN;
            if (long r = wait_on(s_->wait, deadline)) return r;
        }
    }

    // Whether bytes can no longer reach the peer p (TCP queues them even
    // after the peer's own SHUT_RD).  IRQs are off.
    bool cannot_deliver(const Sock* p) const {
        if (!p || p->released || (s_->shut & SEND_SHUT)) return true;
        return !s_->is_inet() && (p->shut & RCV_SHUT);
    }

    // TCP writing to a closed connection: the first write after the peer
    // closed is taken and answered by the peer's reset; after a reset a write
    // gets its error once, then EPIPE.  0 when bytes can be queued, the
    // bytes taken, or the error.  IRQs are off.
    long tcp_peer_closed(MsgIo& m) {
        if (s_->shut & SEND_SHUT) return s_->err ? -long(take_err()) : broken_pipe(m);
        Sock* p = s_->peer;
        if (p && !p->released) return 0;
        s_->shut = RCV_SHUT | SEND_SHUT;
        changed(s_, true, true);
        return long(m.total);
    }

    long send_tcp(MsgIo& m) {
        {
            cpu::IrqGuard guard;
            if (s_->state != State::Connected) return s_->err ? -long(take_err()) : broken_pipe(m);
        }
        return send_stream(m);
    }

    // A datagram to whichever socket takes it at its destination; none (or a
    // full receive buffer) drops it, and a connected sender learns of a
    // missing one with its next call (ECONNREFUSED, ICMP's port unreachable).
    long send_udp(MsgIo& m) {
        if (m.total > (s_->family == AF_INET ? inet::kMaxUdpPayload4 : inet::kMaxUdpPayload6)) return -EMSGSIZE;
        inet::Name dst;
        if (m.to) {
            if (long e = inet::parse(s_->inet, *m.to, inet::Use::Send, &dst)) return e;
            if (!dst.port) return -EINVAL;
        } else {
            cpu::IrqGuard guard;
            if (!s_->inet.connected) return -EDESTADDRREQ;
            dst = s_->inet.remote;
        }
        if (long e = inet::route(s_->inet, &dst)) return e;
        long err = 0;
        Msg* msg = build_msg(m, u32(m.total), true, nullptr, &err);
        if (!msg) return err;
        SockAddr* from = knew<SockAddr>();
        cpu::IrqGuard guard;
        long r = long(m.total);
        Sock* t = nullptr;
        if (!from) r = -ENOBUFS;
        else if (s_->err) r = -long(take_err());
        else if (s_->shut & SEND_SHUT) r = -EPIPE;
        else r = inet::bind_for(s_->inet, dst, false);
        if (!r) {
            r = long(m.total);
            inet::Name src = inet::source_for(s_->inet, dst);
            if (inet::Binding* b = inet::find_receiver(dst, src)) {
                t = container_of(b, Sock, inet);
                if (t->rmem && t->rmem + truesize_of(msg->len) > t->rcvbuf) t = nullptr; // dropped
                else inet::format(t->family, src, from);
            } else if (s_->inet.connected) {
                s_->err = ECONNREFUSED;
                changed(s_, true, false);
            }
        }
        if (!t) {
            kfree(from);
            free_msg(msg);
            return r;
        }
        msg->from = from;
        enqueue(nullptr, t, msg);
        t->rmem += msg->truesize;
        return r;
    }

    long send_stream(MsgIo& m) {
        u64 sent = 0;
        u64 deadline = deadline_of(s_->sndtimeo_ns);
        {
            cpu::IrqGuard guard;
            if (s_->state != State::Connected) return -ENOTCONN;
        }
        while (sent < m.total) {
            u32 n = u32(min<u64>(m.total - sent, kStreamChunk));
            {
                cpu::IrqGuard guard;
                if (long r = wait_for_room(m, deadline)) return sent ? long(sent) : r;
                n = min<u32>(n, max<u32>(s_->sndbuf / 2, 128) - 64);
            }
            long err = 0;
            Msg* msg = build_msg(m, n, sent == 0, s_->addr, &err);
            if (!msg) return sent ? long(sent) : err;
            cpu::IrqGuard guard;
            Sock* p = s_->peer;
            if (cannot_deliver(p)) {
                free_msg(msg);
                return sent ? long(sent) : broken_pipe(m);
            }
            enqueue(s_, p, msg);
            sent += n;
        }
        return long(sent);
    }

    long send_seqpacket(MsgIo& m) {
        if (m.total > s_->sndbuf - kDgramOverhead) return -EMSGSIZE;
        u64 deadline = deadline_of(s_->sndtimeo_ns);
        {
            cpu::IrqGuard guard;
            if (long r = wait_for_room(m, deadline)) return r;
        }
        long err = 0;
        Msg* msg = build_msg(m, u32(m.total), true, s_->addr, &err);
        if (!msg) return err;
        cpu::IrqGuard guard;
        Sock* p = s_->peer;
        if (cannot_deliver(p)) {
            free_msg(msg);
            return broken_pipe(m);
        }
        enqueue(s_, p, msg);
        return long(m.total);
    }

    long send_dgram(MsgIo& m) {
        if (m.total > s_->sndbuf - kDgramOverhead) return -EMSGSIZE;
        if (s_->passcred && !s_->addr) autobind();
        Sock* t = nullptr;
        if (m.to) {
            if (long e = lookup(*m.to, SOCK_DGRAM, &t)) return e;
        } else {
            cpu::IrqGuard guard;
            if (!s_->peer) return -ENOTCONN;
            t = s_->peer;
            sock_get(t);
        }
        long err = 0;
        Msg* msg = build_msg(m, u32(m.total), true, s_->addr, &err);
        if (!msg) {
            sock_put(t);
            return err;
        }
        cpu::IrqGuard guard;
        u64 deadline = deadline_of(s_->sndtimeo_ns);
        long r = 0;
        for (;;) {
            if (t->released) {
                if (s_->peer == t) { // a dead association dissolves
                    s_->peer = nullptr;
                    s_->state = State::Unconnected;
                    sock_put(t);
                }
                r = -ECONNREFUSED;
            } else if (t->peer && t->peer != s_) {
                r = -EPERM;
            } else if (t->shut & RCV_SHUT) {
                r = -EPIPE;
            } else if (s_->wmem >= s_->sndbuf) {
                r = nonblocking(m) ? -EAGAIN : wait_on(s_->wait, deadline);
                if (!r) continue;
            } else if (t->peer != s_ && t->queued_msgs > kMaxDgramQueue) {
                r = nonblocking(m) ? -EAGAIN : wait_on(t->wait, deadline);
                if (!r) continue;
            } else {
                break;
            }
            free_msg(msg);
            sock_put(t);
            return r;
        }
        enqueue(s_, t, msg);
        sock_put(t);
        return long(m.total);
    }

    // Waits for a message on this socket's queue: 0 when one is there (or
    // end of file: *eof), else the error.
    long wait_for_msg(MsgIo& m, bool* eof) {
        u64 deadline = deadline_of(s_->rcvtimeo_ns);
        for (;;) {
            if (s_->queue.linked()) return 0;
            if (s_->err) {
                long e = -s_->err;
                s_->err = 0;
                return e;
            }
            if (s_->shut & RCV_SHUT) {
                *eof = true;
                return 0;
            }
            if (nonblocking(m)) return -EAGAIN;
            if (long r = wait_on(s_->wait, deadline)) return r;
        }
    }

    // Bytes were read from this socket's queue: its writers may go on.
    void consumed() {
        if (s_->peer) s_->peer->gen_out++;
        changed(s_, false, false);
    }

    long recvmsg(MsgIo& m) override {
        if (m.flags & MSG_OOB) return -EOPNOTSUPP;
        cpu::IrqGuard guard;
        if (s_->is_inet() && s_->type == SOCK_STREAM) {
            m.want_from = false; // TCP names no sender
            if (s_->state != State::Connected) {
                if (s_->err) return -long(take_err());
                return (s_->shut & RCV_SHUT) ? 0 : -ENOTCONN;
            }
        }
        if (s_->state == State::Listening) return -EINVAL;
        if (s_->type == SOCK_STREAM) return recv_stream(m);
        if (s_->type == SOCK_SEQPACKET && s_->state != State::Connected) return -ENOTCONN;
        bool eof = false;
        if (long r = wait_for_msg(m, &eof)) return r;
        if (eof) return 0;
        Msg* msg = container_of(s_->queue.next, Msg, node);
        u64 n = min<u64>(msg->len, m.total);
        if (!m.data.from_kernel(msg->data(), n)) return -EFAULT;
        if (n < msg->len) m.out_flags |= MSG_TRUNC;
        if (msg->from && m.want_from) m.from = *msg->from;
        deliver_creds(msg, m);
        bool peek = m.flags & MSG_PEEK;
        hand_over_fds(msg, m, peek);
        long r = (m.flags & MSG_TRUNC) ? long(msg->len) : long(n);
        if (!peek) {
            dequeue(s_, msg);
            consumed();
        }
        return r;
    }

    void deliver_creds(Msg* msg, MsgIo& m) {
        if (!s_->passcred || s_->is_inet()) return;
        m.rcreds = true;
        m.rcred = msg->cred;
    }

    static bool same_creds(const Ucred& a, const Ucred& b) { return a.pid == b.pid && a.uid == b.uid && a.gid == b.gid; }

    long recv_stream(MsgIo& m) {
        if (!m.total) return 0;
        u64 copied = 0;
        u64 target = (m.flags & MSG_WAITALL) ? m.total : 1;
        bool peek = m.flags & MSG_PEEK;
        ListNode* cur = &s_->queue; // MSG_PEEK: the last message looked at
        for (;;) {
            ListNode* next = peek ? cur->next : s_->queue.next;
            if (next == &s_->queue) {
                if (copied >= target || (peek && copied)) break;
                bool eof = false;
                if (long r = wait_for_msg(m, &eof)) return copied ? long(copied) : r;
                if (eof) break;
                continue;
            }
            Msg* msg = container_of(next, Msg, node);
            if (copied && m.rcreds && !same_creds(msg->cred, m.rcred)) break; // never glue two writers
            u64 n = min<u64>(msg->len - msg->off, m.total - copied);
            if (!m.data.from_kernel(msg->data() + msg->off, n)) return copied ? long(copied) : -EFAULT;
            if (!copied) {
                deliver_creds(msg, m);
                if (msg->from && m.want_from) m.from = *msg->from;
            }
            copied += n;
            bool had_fds = msg->nfds != 0;
            hand_over_fds(msg, m, peek);
            if (peek) {
                cur = next;
            } else {
                msg->off += u32(n);
                s_->queued_bytes -= u32(n);
                if (msg->off == msg->len) {
                    msg->node.unlink();
                    s_->queued_msgs--;
                    free_msg(msg);
                }
                consumed();
            }
            if (had_fds || copied >= m.total) break; // descriptors end a read
        }
        return long(copied);
    }

    u32 poll() override {
        cpu::IrqGuard guard;
        if (s_->state == State::Listening) return s_->accept_queue.linked() ? POLLIN | POLLRDNORM : 0;
        u32 m = 0;
        if (s_->err) m |= POLLERR;
        if (s_->shut == (RCV_SHUT | SEND_SHUT)) m |= POLLHUP;
        if (s_->shut & RCV_SHUT) m |= POLLIN | POLLRDNORM | POLLRDHUP;
        if (s_->queue.linked()) m |= POLLIN | POLLRDNORM;
        if (s_->connection() && s_->state == State::Unconnected) m |= POLLHUP;
        bool writable = u64(s_->wmem) * 4 <= s_->sndbuf;
        if (s_->type == SOCK_DGRAM && s_->peer && s_->peer->peer != s_ && s_->peer->queued_msgs > kMaxDgramQueue)
            writable = false;
        if (writable) m |= POLLOUT | POLLWRNORM | (s_->is_inet() && s_->connection() ? 0 : POLLWRBAND); // TCP sets no WRBAND
        return m;
    }

    u64 poll_gen(u32 events) override {
        u64 g = 0;
        if (events & (POLLIN | POLLRDNORM | POLLRDHUP | POLLPRI)) g += s_->gen_in;
        if (events & (POLLOUT | POLLWRNORM | POLLWRBAND)) g += s_->gen_out;
        return g;
    }

    long ioctl(u64 cmd, u64 arg) override {
        constexpr u64 SIOCINQ = 0x541b, SIOCOUTQ = 0x5411;
        i32 v = 0;
        {
            cpu::IrqGuard guard;
            if (cmd == SIOCINQ) {
                if (s_->state == State::Listening) return -EINVAL;
                if (s_->type == SOCK_DGRAM) v = s_->queue.linked() ? i32(container_of(s_->queue.next, Msg, node)->len) : 0;
                else v = i32(s_->queued_bytes);
            } else if (cmd == SIOCOUTQ) {
                v = i32(s_->wmem);
            } else {
                return -ENOTTY;
            }
        }
        return put_user(arg, v) ? 0 : -EFAULT;
    }

    long stat(LinuxStat* st) override {
        memset(st, 0, sizeof *st);
        st->st_dev = 0x8;
        st->st_ino = s_->ino;
        st->st_nlink = 1;
        st->st_mode = S_IFSOCK | 0777;
        st->st_blksize = 4096;
        return 0;
    }

    // The SOL_SOCKET options (Linux numbers).
    enum : int {
        SO_DEBUG = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_DONTROUTE = 5, SO_BROADCAST = 6,
        SO_SNDBUF = 7, SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_OOBINLINE = 10, SO_PRIORITY = 12, SO_LINGER = 13,
        SO_REUSEPORT = 15, SO_PASSCRED = 16, SO_PEERCRED = 17, SO_RCVLOWAT = 18, SO_SNDLOWAT = 19,
        SO_RCVTIMEO = 20, SO_SNDTIMEO = 21, SO_ACCEPTCONN = 30, SO_SNDBUFFORCE = 32, SO_RCVBUFFORCE = 33,
        SO_PASSSEC = 34, SO_PROTOCOL = 38, SO_DOMAIN = 39,
    };
    static bool is_bool_opt(int opt) {
        return opt == SO_DEBUG || opt == SO_REUSEADDR || opt == SO_DONTROUTE || opt == SO_BROADCAST ||
               opt == SO_KEEPALIVE || opt == SO_OOBINLINE || opt == SO_REUSEPORT || opt == SO_PASSSEC;
    }

    // The options of TCP and IPv6 that mean something here: TCP_NODELAY
    // (kept and reported) and IPV6_V6ONLY (fixed at bind).  -ENOPROTOOPT for
    // the rest, as Linux answers an option of another protocol.
    long inet_option(int level, int opt, bool** flag) {
        if (level == inet::IPPROTO_TCP && s_->type == SOCK_STREAM && opt == inet::TCP_NODELAY) *flag = &s_->nodelay;
        else if (level == inet::IPPROTO_IPV6 && s_->family == AF_INET6 && opt == inet::IPV6_V6ONLY) *flag = &s_->inet.v6only;
        else return -ENOPROTOOPT;
        return 0;
    }

    long setsockopt(int level, int opt, u64 uval, u32 len) override {
        if (level != SOL_SOCKET && !s_->is_inet()) return -EOPNOTSUPP;
        if (level != SOL_SOCKET) {
            bool* flag;
            if (long e = inet_option(level, opt, &flag)) return e;
            i32 v;
            if (len < sizeof v) return -EINVAL;
            if (!get_user(v, uval)) return -EFAULT;
            cpu::IrqGuard guard;
            if (flag == &s_->inet.v6only && s_->inet.bound()) return -EINVAL;
            *flag = v != 0;
            return 0;
        }
        if (opt == SO_RCVTIMEO || opt == SO_SNDTIMEO) {
            struct { i64 sec, usec; } tv;
            if (len < sizeof tv) return -EINVAL;
            if (!get_user(tv, uval)) return -EFAULT;
            if (tv.usec < 0 || tv.usec >= 1000000) return -EDOM;
            u64 ns = tv.sec < 0 ? 0 : u64(tv.sec) * 1000000000ull + u64(tv.usec) * 1000;
            (opt == SO_RCVTIMEO ? s_->rcvtimeo_ns : s_->sndtimeo_ns) = ns;
            return 0;
        }
        if (opt == SO_LINGER) {
            i32 l[2];
            if (len < sizeof l) return -EINVAL;
            if (copy_from_user(l, reinterpret_cast<const void*>(uval), sizeof l)) return -EFAULT;
            s_->linger[0] = l[0] ? 1 : 0;
            s_->linger[1] = l[1];
            return 0;
        }
        if (len < sizeof(i32)) return -EINVAL;
        i32 v;
        if (!get_user(v, uval)) return -EFAULT;
        cpu::IrqGuard guard;
        if (is_bool_opt(opt)) {
            if (v) s_->bool_opts |= 1u << opt;
            else s_->bool_opts &= ~(1u << opt);
            if (opt == SO_REUSEADDR) s_->inet.reuse = v != 0;
            return 0;
        }
        switch (opt) {
        case SO_SNDBUF:
        case SO_SNDBUFFORCE:
            s_->sndbuf = max<u32>(min<u32>(u32(v), opt == SO_SNDBUF ? kDefaultBuf : ~0u / 2) * 2, kMinSndBuf);
            changed(s_, false, true);
            return 0;
        case SO_RCVBUF:
        case SO_RCVBUFFORCE:
            s_->rcvbuf = max<u32>(min<u32>(u32(v), opt == SO_RCVBUF ? kDefaultBuf : ~0u / 2) * 2, kMinRcvBuf);
            return 0;
        case SO_PASSCRED: s_->passcred = v != 0; return 0;
        case SO_PRIORITY:
        case SO_RCVLOWAT: return 0;
        case SO_SNDLOWAT: return -ENOPROTOOPT;
        default: return -ENOPROTOOPT;
        }
    }

    long getsockopt(int level, int opt, u64 uval, u64 ulen) override {
        if (level != SOL_SOCKET && !s_->is_inet()) return -EOPNOTSUPP;
        i32 len;
        if (!get_user(len, ulen)) return -EFAULT;
        if (len < 0) return -EINVAL;
        u8 buf[16];
        u32 size = sizeof(i32);
        i32 v = 0;
        {
            cpu::IrqGuard guard;
            bool* flag;
            if (level != SOL_SOCKET) {
                if (long e = inet_option(level, opt, &flag)) return e;
                v = *flag;
            } else if (is_bool_opt(opt)) v = (s_->bool_opts >> opt) & 1;
            else switch (opt) {
            case SO_TYPE: v = s_->type; break;
            case SO_ERROR: v = s_->err; s_->err = 0; break;
            case SO_SNDBUF: v = i32(s_->sndbuf); break;
            case SO_RCVBUF: v = i32(s_->rcvbuf); break;
            case SO_PASSCRED: v = s_->passcred; break;
            case SO_ACCEPTCONN: v = s_->state == State::Listening; break;
            case SO_DOMAIN: v = s_->family; break;
            case SO_PROTOCOL: v = s_->is_inet() ? s_->inet.protocol : 0; break;
            case SO_PRIORITY: v = 0; break;
            case SO_RCVLOWAT: case SO_SNDLOWAT: v = 1; break;
            case SO_PEERCRED: {
                Ucred c = s_->peercred;
                memcpy(buf, &c, sizeof c);
                size = sizeof c;
                break;
            }
            case SO_LINGER:
                memcpy(buf, s_->linger, sizeof s_->linger);
                size = sizeof s_->linger;
                break;
            case SO_RCVTIMEO:
            case SO_SNDTIMEO: {
                u64 ns = opt == SO_RCVTIMEO ? s_->rcvtimeo_ns : s_->sndtimeo_ns;
                i64 tv[2] = {i64(ns / 1000000000), i64(ns % 1000000000 / 1000)};
                memcpy(buf, tv, sizeof tv);
                size = sizeof tv;
                break;
            }
            default: return -ENOPROTOOPT;
            }
        }
        if (size == sizeof(i32)) memcpy(buf, &v, sizeof v);
        u32 n = min<u32>(u32(len), size);
        if (copy_to_user(reinterpret_cast<void*>(uval), buf, n)) return -EFAULT;
        return put_user(ulen, i32(n)) ? 0 : -EFAULT;
    }

private:
    Sock* s_;
};

Sock* new_sock(int family, int type) {
    Sock* s = knew<Sock>(family, type);
    if (!s) return nullptr;
    s->ino = g_next_ino++;
    s->inet.family = family;
    s->inet.protocol = type == SOCK_DGRAM ? inet::IPPROTO_UDP : inet::IPPROTO_TCP;
    return s;
}

long check_type(int type) {
    if (type == SOCK_STREAM || type == SOCK_DGRAM || type == SOCK_SEQPACKET) return 0;
    return -ESOCKTNOSUPPORT;
}

SocketFile* new_file(Sock* s, u32 flags) {
    SocketFile* f = knew<SocketFile>(s);
    if (f) f->status_flags = O_RDWR | (flags & SOCK_NONBLOCK ? O_NONBLOCK : 0);
    return f;
}
} // namespace

namespace net {
Ucred current_creds() { return Ucred{current_proc()->pid, 0, 0}; }

bool IovCursor::to_kernel(u8* dst, u64 n) {
    while (n) {
        if (index >= count) return false;
        u64 k = min(n, iov[index].len - offset);
        if (k && copy_from_user(dst, reinterpret_cast<const void*>(iov[index].base + offset), k)) return false;
        dst += k;
        n -= k;
        offset += k;
        if (offset == iov[index].len) index++, offset = 0;
    }
    return true;
}

bool IovCursor::from_kernel(const u8* src, u64 n) {
    while (n) {
        if (index >= count) return false;
        u64 k = min(n, iov[index].len - offset);
        if (k && copy_to_user(reinterpret_cast<void*>(iov[index].base + offset), src, k)) return false;
        src += k;
        n -= k;
        offset += k;
        if (offset == iov[index].len) index++, offset = 0;
    }
    return true;
}
} // namespace net

namespace local_socket {
long create(int family, int type, int protocol, u32 flags, File** out) {
    if (family == AF_UNIX) {
        if (protocol != 0 && protocol != AF_UNIX) return -EPROTONOSUPPORT;
        if (type == SOCK_RAW) type = SOCK_DGRAM; // as Linux does for AF_UNIX
        if (long e = check_type(type)) return e;
    } else {
        int want = type == SOCK_STREAM ? inet::IPPROTO_TCP : type == SOCK_DGRAM ? inet::IPPROTO_UDP : 0;
        if (!want) return -ESOCKTNOSUPPORT; // no raw, seqpacket (SCTP) or ping sockets
        if (protocol != 0 && protocol != want) return -EPROTONOSUPPORT;
    }
    Sock* s = new_sock(family, type);
    if (!s) return -ENOMEM;
    SocketFile* f = new_file(s, flags);
    if (!f) {
        kdelete(s);
        return -ENOMEM;
    }
    *out = f;
    return 0;
}

long create_pair(int type, u32 flags, File** a, File** b) {
    if (type == SOCK_RAW) type = SOCK_DGRAM;
    if (long e = check_type(type)) return e;
    Sock* x = new_sock(AF_UNIX, type);
    Sock* y = x ? new_sock(AF_UNIX, type) : nullptr;
    SocketFile* fx = y ? new_file(x, flags) : nullptr;
    SocketFile* fy = fx ? new_file(y, flags) : nullptr;
    if (!fy) {
        if (fx) fx->put();
        else kdelete(x);
        kdelete(y);
        return -ENOMEM;
    }
    Ucred me = current_creds();
    x->peer = y;
    y->peer = x;
    sock_get(x);
    sock_get(y);
    x->state = y->state = State::Connected;
    x->peercred = y->peercred = me;
    *a = fx;
    *b = fy;
    return 0;
}
} // namespace local_socket
