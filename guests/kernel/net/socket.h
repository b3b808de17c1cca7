// Sockets: the File subclass every address family implements, and the
// kernel form of one sendmsg/recvmsg that the system calls (syscalls/sys_net.cpp)
// build from user memory.  AF_UNIX, and AF_INET and AF_INET6 on loopback, are
// net/local_socket.cpp's.
#pragma once

#include "fs/file.h"
#include "lib/types.h"

namespace net {
constexpr int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
constexpr int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_SEQPACKET = 5, kSockTypeMask = 0xf;
constexpr u32 SOCK_NONBLOCK = 04000, SOCK_CLOEXEC = 02000000;
constexpr u32 MSG_OOB = 1, MSG_PEEK = 2, MSG_CTRUNC = 8, MSG_TRUNC = 0x20, MSG_DONTWAIT = 0x40, MSG_EOR = 0x80,
              MSG_WAITALL = 0x100, MSG_NOSIGNAL = 0x4000, MSG_CMSG_CLOEXEC = 0x40000000;
constexpr int SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;
constexpr int SOL_SOCKET = 1;
constexpr int SCM_RIGHTS = 1, SCM_CREDENTIALS = 2;
constexpr u32 kMaxPassedFds = 253; // Linux's SCM_MAX_FD

// struct ucred.
struct Ucred {
    i32 pid;
    u32 uid, gid;
};

// A socket address as the caller passed it (sockaddr bytes and length).
struct SockAddr {
    u32 len;
    u8 bytes[128];
    u16 family() const { return len >= 2 ? u16(bytes[0] | bytes[1] << 8) : 0; }
};

// A user I/O vector and a cursor through it.
struct UserIov {
    u64 base, len;
};
struct IovCursor {
    const UserIov* iov;
    u64 count;
    u64 index = 0, offset = 0;
    // Copies the next n bytes of the vector out to / in from kernel memory;
    // false if user memory faulted.
    bool to_kernel(u8* dst, u64 n);
    bool from_kernel(const u8* src, u64 n);
};

// One sendmsg or recvmsg in kernel form.
struct MsgIo {
    IovCursor data;
    u64 total;            // bytes the vector holds
    u32 flags;            // MSG_* of the call (MSG_DONTWAIT already merged with O_NONBLOCK)
    // sendmsg: ancillary data (the socket takes over the file references).
    File** fds = nullptr;
    u32 nfds = 0;
    bool has_creds = false;
    Ucred creds{};
    const SockAddr* to = nullptr; // sendto's address, nullptr = the connected peer
    // recvmsg: what arrived (the caller installs the files and frees the array).
    bool want_from = false;
    SockAddr from{};
    u32 out_flags = 0;
    File** rfds = nullptr;
    u32 rnfds = 0;
    bool rcreds = false;  // the receiver asked for credentials (SO_PASSCRED)
    Ucred rcred{};
};

class Socket : public File {
public:
    bool is_socket() const override { return true; }
    virtual long bind(const SockAddr& a) = 0;
    virtual long connect(const SockAddr& a) = 0;
    virtual long listen(int backlog) = 0;
    // A new connection (its File holds one reference); the peer's address.
    virtual long accept(File** out, SockAddr* peer, u32 flags) = 0;
    virtual long name(SockAddr* out, bool peer) = 0;
    virtual long shutdown(int how) = 0;
    virtual long sendmsg(MsgIo& m) = 0;
    virtual long recvmsg(MsgIo& m) = 0;
    // Options with user pointers (level, name, value, length).
    virtual long setsockopt(int level, int opt, u64 uval, u32 len) = 0;
    virtual long getsockopt(int level, int opt, u64 uval, u64 ulen) = 0;
};

// The calling process's credentials as a socket passes them.
Ucred current_creds();
} // namespace net

namespace local_socket {
// A new unbound socket: AF_UNIX of type SOCK_STREAM, SOCK_DGRAM or
// SOCK_SEQPACKET; AF_INET or AF_INET6 of type SOCK_STREAM (TCP) or SOCK_DGRAM (UDP).
long create(int family, int type, int protocol, u32 flags, File** out);
// Two AF_UNIX sockets connected to each other.
long create_pair(int type, u32 flags, File** a, File** b);
} // namespace local_socket
