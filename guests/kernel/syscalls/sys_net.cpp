// Socket system calls: user addresses, message headers and control
// messages (SCM_RIGHTS, SCM_CREDENTIALS) in and out of their kernel form
// (net/socket.h).  AF_UNIX, and AF_INET and AF_INET6 on loopback; other
// families answer EAFNOSUPPORT at once.
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "net/socket.h"
#include "proc/process.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
using namespace net;

constexpr u64 kIovMax = 1024;
constexpr u64 kMaxIo = 0x7ffff000;
constexpr u64 kMaxControl = 20480; // net.core.optmem_max

struct UserMsgHdr {
    u64 name;
    u32 namelen, pad0;
    u64 iov, iovlen;
    u64 control, controllen;
    i32 flags, pad1;
};
static_assert(sizeof(UserMsgHdr) == 56);

struct CmsgHdr {
    u64 len;
    i32 level, type;
};
constexpr u64 cmsg_align(u64 n) { return (n + 7) & ~7ull; }

// The socket behind fd, or nullptr with *err (EBADF, ENOTSOCK).
Socket* socket_of(u64 fd, long* err) {
    File* f = fd_file(fd);
    if (!f) {
        *err = -EBADF;
        return nullptr;
    }
    if (!f->is_socket()) {
        *err = -ENOTSOCK;
        return nullptr;
    }
    return static_cast<Socket*>(f);
}

long addr_from_user(u64 uaddr, u64 len, SockAddr* a) {
    if (len > sizeof a->bytes) return -EINVAL;
    a->len = u32(len);
    if (len && copy_from_user(a->bytes, reinterpret_cast<const void*>(uaddr), len)) return -EFAULT;
    return 0;
}

// Copies an address out to (uaddr, *ulen): at most the caller's length,
// and the full length back in *ulen.
long addr_to_user(const SockAddr& a, u64 uaddr, u64 ulen) {
    if (!uaddr) return 0;
    i32 len;
    if (!get_user(len, ulen)) return -EFAULT;
    if (len < 0) return -EINVAL;
    if (copy_to_user(reinterpret_cast<void*>(uaddr), a.bytes, min<u32>(u32(len), a.len))) return -EFAULT;
    return put_user(ulen, i32(a.len)) ? 0 : -EFAULT;
}

long install(File* f, u32 flags) {
    int fd = current_proc()->fds->install(f, 0, flags & SOCK_CLOEXEC);
    if (fd < 0) f->put();
    return fd;
}

// A user vector, checked and copied; the total length in *total.
long iov_from_user(u64 uiov, u64 count, UserIov** out, u64* total) {
    if (count > kIovMax) return -EMSGSIZE;
    UserIov* v = static_cast<UserIov*>(kmalloc(count * sizeof(UserIov) + 1));
    if (!v) return -ENOMEM;
    if (count && copy_from_user(v, reinterpret_cast<const void*>(uiov), count * sizeof(UserIov))) {
        kfree(v);
        return -EFAULT;
    }
    u64 sum = 0;
    for (u64 i = 0; i < count; i++) {
        if (i64(v[i].len) < 0) {
            kfree(v);
            return -EINVAL;
        }
        v[i].len = min(v[i].len, kMaxIo - sum);
        sum += v[i].len;
    }
    *out = v;
    *total = sum;
    return 0;
}

void drop_fds(MsgIo& m) {
    for (u32 i = 0; i < m.nfds; i++) m.fds[i]->put();
    kfree(m.fds);
    m.fds = nullptr;
    m.nfds = 0;
}

// Parses sendmsg's control messages into m (file references taken).
long parse_control(u64 uctl, u64 len, MsgIo& m) {
    if (!len) return 0;
    if (len > kMaxControl) return -ENOBUFS;
    if (len < sizeof(CmsgHdr)) return -EINVAL;
    u8* buf = static_cast<u8*>(kmalloc(len));
    if (!buf) return -ENOMEM;
    long r = copy_from_user(buf, reinterpret_cast<const void*>(uctl), len) ? -EFAULT : 0;
    for (u64 off = 0; !r && off + sizeof(CmsgHdr) <= len;) {
        CmsgHdr h;
        memcpy(&h, buf + off, sizeof h);
        if (h.len < sizeof h || h.len > len - off) {
            r = -EINVAL;
            break;
        }
        const u8* data = buf + off + sizeof h;
        u64 dlen = h.len - sizeof h;
        if (h.level == SOL_SOCKET && h.type == SCM_RIGHTS) {
            u64 n = dlen / sizeof(i32);
            if (m.fds || !n || n > kMaxPassedFds) {
                r = -EINVAL;
                break;
            }
            m.fds = static_cast<File**>(kmalloc(n * sizeof(File*)));
            if (!m.fds) {
                r = -ENOMEM;
                break;
            }
            for (u64 i = 0; i < n; i++) {
                i32 fd;
                memcpy(&fd, data + i * sizeof fd, sizeof fd);
                File* f = fd_file(u64(i64(fd)));
                if (!f || fd < 0) {
                    r = -EBADF;
                    break;
                }
                f->get();
                m.fds[m.nfds++] = f;
            }
        } else if (h.level == SOL_SOCKET && h.type == SCM_CREDENTIALS) {
            if (dlen != sizeof(Ucred)) {
                r = -EINVAL;
                break;
            }
            memcpy(&m.creds, data, sizeof(Ucred));
            // Root may name any live process; its uid and gid are taken as given.
            Process* p = proc::find(m.creds.pid);
            if (!p || p->state != ProcState::Alive) {
                r = -ESRCH;
                break;
            }
            m.has_creds = true;
        } else if (h.level == SOL_SOCKET) {
            r = -EINVAL;
            break;
        }
        off += cmsg_align(h.len);
    }
    kfree(buf);
    if (r) drop_fds(m);
    return r;
}

long do_send(u64 fd, MsgIo& m, const SockAddr* to) {
    long err = 0;
    Socket* s = socket_of(fd, &err);
    if (!s) return err;
    m.to = to;
    long r = s->sendmsg(m);
    drop_fds(m); // any the socket did not take
    return r;
}

long sendmsg_user(u64 fd, u64 umsg, u64 flags) {
    UserMsgHdr h;
    if (!get_user(h, umsg)) return -EFAULT;
    SockAddr to;
    if (h.name && h.namelen) {
        if (long e = addr_from_user(h.name, h.namelen, &to)) return e;
    }
    UserIov* iov;
    u64 total;
    if (long e = iov_from_user(h.iov, h.iovlen, &iov, &total)) return e;
    MsgIo m{IovCursor{iov, h.iovlen}, total, u32(flags)};
    long r = parse_control(h.control, h.controllen, m);
    if (!r) r = do_send(fd, m, h.name && h.namelen ? &to : nullptr);
    kfree(iov);
    return r;
}

// Writes one control message at *off in the user's control buffer; false
// (MSG_CTRUNC) if it does not fit.
bool put_cmsg(u64 uctl, u64 cap, u64* off, i32 type, const void* data, u64 len) {
    if (*off + sizeof(CmsgHdr) > cap) return false;
    u64 room = cap - *off - sizeof(CmsgHdr);
    u64 n = min(len, room);
    CmsgHdr h{sizeof(CmsgHdr) + n, SOL_SOCKET, type};
    if (copy_to_user(reinterpret_cast<void*>(uctl + *off), &h, sizeof h)) return false;
    if (copy_to_user(reinterpret_cast<void*>(uctl + *off + sizeof h), data, n)) return false;
    *off += min(cmsg_align(sizeof(CmsgHdr) + n), cap - *off);
    return n == len;
}

// Hands received credentials and descriptors to the caller's control
// buffer; the bytes used.  Descriptors that do not fit are closed.
u64 deliver_control(MsgIo& m, u64 uctl, u64 cap) {
    u64 off = 0;
    if (m.rcreds && !put_cmsg(uctl, uctl ? cap : 0, &off, SCM_CREDENTIALS, &m.rcred, sizeof m.rcred))
        m.out_flags |= MSG_CTRUNC;
    if (m.rnfds) {
        u64 room = uctl && cap > off + sizeof(CmsgHdr) ? (cap - off - sizeof(CmsgHdr)) / sizeof(i32) : 0;
        u32 n = u32(min<u64>(room, m.rnfds));
        i32 fds[kMaxPassedFds];
        u32 installed = 0;
        for (; installed < n; installed++) {
            int fd = current_proc()->fds->install(m.rfds[installed], 0, m.flags & MSG_CMSG_CLOEXEC);
            if (fd < 0) break;
            fds[installed] = fd;
        }
        for (u32 i = installed; i < m.rnfds; i++) m.rfds[i]->put();
        if (installed < m.rnfds) m.out_flags |= MSG_CTRUNC;
        if (installed) put_cmsg(uctl, cap, &off, SCM_RIGHTS, fds, installed * sizeof(i32));
        kfree(m.rfds);
        m.rfds = nullptr;
        m.rnfds = 0;
    }
    return off;
}

long do_recv(u64 fd, MsgIo& m) {
    long err = 0;
    Socket* s = socket_of(fd, &err);
    if (!s) return err;
    return s->recvmsg(m);
}

// Files received where the caller has no control buffer are closed.
void drop_received(MsgIo& m) {
    for (u32 i = 0; i < m.rnfds; i++) m.rfds[i]->put();
    kfree(m.rfds);
    m.rfds = nullptr;
    m.rnfds = 0;
}

long recvmsg_user(u64 fd, u64 umsg, u64 flags) {
    UserMsgHdr h;
    if (!get_user(h, umsg)) return -EFAULT;
    if (i32(h.namelen) < 0) return -EINVAL;
    UserIov* iov;
    u64 total;
    if (long e = iov_from_user(h.iov, h.iovlen, &iov, &total)) return e;
    MsgIo m{IovCursor{iov, h.iovlen}, total, u32(flags)};
    m.want_from = h.name != 0;
    m.out_flags = u32(flags) & MSG_CMSG_CLOEXEC; // Linux hands this flag back
    long r = do_recv(fd, m);
    kfree(iov);
    if (r < 0) {
        drop_received(m);
        return r;
    }
    u64 used = deliver_control(m, h.control, h.controllen);
    u32 namelen = 0;
    if (h.name && m.from.len) {
        namelen = m.from.len;
        if (copy_to_user(reinterpret_cast<void*>(h.name), m.from.bytes, min(h.namelen, m.from.len))) return -EFAULT;
    }
    if (!put_user(umsg + __builtin_offsetof(UserMsgHdr, namelen), namelen) ||
        !put_user(umsg + __builtin_offsetof(UserMsgHdr, controllen), used) ||
        !put_user(umsg + __builtin_offsetof(UserMsgHdr, flags), i32(m.out_flags)))
        return -EFAULT;
    return r;
}

long name_call(SyscallArgs& a, bool peer) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    SockAddr addr;
    if (long e = s->name(&addr, peer)) return e;
    return addr_to_user(addr, a.a[1], a.a[2]);
}

long accept_call(u64 fd, u64 uaddr, u64 ulen, u64 flags) {
    if (flags & ~u64(SOCK_NONBLOCK | SOCK_CLOEXEC)) return -EINVAL;
    long err = 0;
    Socket* s = socket_of(fd, &err);
    if (!s) return err;
    if (uaddr) {
        i32 len;
        if (!get_user(len, ulen)) return -EFAULT;
        if (len < 0) return -EINVAL;
    }
    File* f;
    SockAddr peer;
    if (long e = s->accept(&f, &peer, u32(flags))) return e;
    if (long e = addr_to_user(peer, uaddr, ulen)) {
        f->put();
        return e;
    }
    return install(f, u32(flags));
}
} // namespace

long sys_socket(SyscallArgs& a) {
    int domain = int(a.a[0]);
    u64 type = a.a[1];
    if (type & ~u64(kSockTypeMask | SOCK_NONBLOCK | SOCK_CLOEXEC)) return -EINVAL;
    if (domain != AF_UNIX && domain != AF_INET && domain != AF_INET6) return -EAFNOSUPPORT;
    File* f;
    if (long e = local_socket::create(domain, int(type & kSockTypeMask), int(a.a[2]), u32(type), &f)) return e;
    return install(f, u32(type));
}

long sys_socketpair(SyscallArgs& a) {
    int domain = int(a.a[0]);
    u64 type = a.a[1];
    if (type & ~u64(kSockTypeMask | SOCK_NONBLOCK | SOCK_CLOEXEC)) return -EINVAL;
    if (domain == AF_INET || domain == AF_INET6) return -EOPNOTSUPP; // TCP and UDP have no pairs
    if (domain != AF_UNIX) return -EAFNOSUPPORT;
    if (a.a[2] != 0 && a.a[2] != u64(AF_UNIX)) return -EPROTONOSUPPORT;
    File *x, *y;
    if (long e = local_socket::create_pair(int(type & kSockTypeMask), u32(type), &x, &y)) return e;
    FdTable* t = current_proc()->fds;
    bool cloexec = type & SOCK_CLOEXEC;
    int fx = t->install(x, 0, cloexec);
    if (fx < 0) {
        x->put();
        y->put();
        return fx;
    }
    int fy = t->install(y, 0, cloexec);
    if (fy < 0) {
        t->close(fx);
        y->put();
        return fy;
    }
    i32 fds[2] = {fx, fy};
    if (copy_to_user(reinterpret_cast<void*>(a.a[3]), fds, sizeof fds)) {
        t->close(fx);
        t->close(fy);
        return -EFAULT;
    }
    return 0;
}

long sys_bind(SyscallArgs& a) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    SockAddr addr;
    if (long e = addr_from_user(a.a[1], a.a[2], &addr)) return e;
    return s->bind(addr);
}

long sys_connect(SyscallArgs& a) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    SockAddr addr;
    if (long e = addr_from_user(a.a[1], a.a[2], &addr)) return e;
    return s->connect(addr);
}

long sys_listen(SyscallArgs& a) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    return s->listen(int(a.a[1]));
}

long sys_accept(SyscallArgs& a) { return accept_call(a.a[0], a.a[1], a.a[2], 0); }
long sys_accept4(SyscallArgs& a) { return accept_call(a.a[0], a.a[1], a.a[2], a.a[3]); }
long sys_getsockname(SyscallArgs& a) { return name_call(a, false); }
long sys_getpeername(SyscallArgs& a) { return name_call(a, true); }

long sys_shutdown(SyscallArgs& a) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    return s->shutdown(int(a.a[1]));
}

long sys_sendto(SyscallArgs& a) {
    UserIov v{a.a[1], min(a.a[2], kMaxIo)};
    MsgIo m{IovCursor{&v, 1}, v.len, u32(a.a[3])};
    SockAddr to;
    if (a.a[4] && a.a[5]) {
        if (long e = addr_from_user(a.a[4], a.a[5], &to)) return e;
    }
    return do_send(a.a[0], m, a.a[4] && a.a[5] ? &to : nullptr);
}

long sys_recvfrom(SyscallArgs& a) {
    UserIov v{a.a[1], min(a.a[2], kMaxIo)};
    MsgIo m{IovCursor{&v, 1}, v.len, u32(a.a[3])};
    m.want_from = a.a[4] != 0;
    if (a.a[4]) {
        i32 len;
        if (!get_user(len, a.a[5])) return -EFAULT;
        if (len < 0) return -EINVAL;
    }
    long r = do_recv(a.a[0], m);
    drop_received(m);
    if (r < 0 || !a.a[4]) return r;
    if (long e = addr_to_user(m.from, a.a[4], a.a[5])) return e;
    return r;
}

long sys_sendmsg(SyscallArgs& a) { return sendmsg_user(a.a[0], a.a[1], a.a[2]); }
long sys_recvmsg(SyscallArgs& a) { return recvmsg_user(a.a[0], a.a[1], a.a[2]); }

long sys_setsockopt(SyscallArgs& a) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    if (i32(a.a[4]) < 0) return -EINVAL;
    return s->setsockopt(int(a.a[1]), int(a.a[2]), a.a[3], u32(a.a[4]));
}

long sys_getsockopt(SyscallArgs& a) {
    long err = 0;
    Socket* s = socket_of(a.a[0], &err);
    if (!s) return err;
    return s->getsockopt(int(a.a[1]), int(a.a[2]), a.a[3], a.a[4]);
}
