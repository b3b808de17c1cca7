// Loopback internet names: sockaddr_in and sockaddr_in6 in and out, the
// addresses that stay inside the guest (127.0.0.0/8, ::1 and the
// wildcards), and the port tables of TCP and UDP.  The sockets themselves are
// net/local_socket.cpp's; each holds a Binding, its place in the tables.
// Callers hold a cpu::IrqGuard around every function that takes a Binding.
#pragma once

#include "lib/list.h"
#include "lib/types.h"
#include "net/socket.h"

namespace inet {
constexpr int IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_IPV6 = 41;
constexpr int TCP_NODELAY = 1, IPV6_V6ONLY = 26;
constexpr u32 kSockAddrInSize = 16, kSockAddrIn6Size = 28, kSockAddrIn6MinSize = 24;
constexpr u32 kMaxUdpPayload4 = 65507, kMaxUdpPayload6 = 65527;

// An address and port; IPv4 is held as ::ffff:a.b.c.d, the port in host order.
struct Name {
    u8 ip[16];
    u16 port;
};

// One socket's place in its protocol's port table.
struct Binding {
    ListNode node;            // in g_table while it holds a port
    int family = net::AF_INET; // the socket's: AF_INET or AF_INET6
    int protocol = IPPROTO_TCP;
    bool v6only = false;      // IPV6_V6ONLY: an AF_INET6 socket that takes no IPv4
    bool reuse = false;       // SO_REUSEADDR
    bool listening = false;
    bool connected = false;   // remote is set (a TCP connection, a connected UDP socket)
    bool user_bound = false;  // bind() chose the port (it stays when a connect fails)
    Name local{}, remote{};
    bool bound() const { return node.linked(); }
};

// What an address is for; each call checks a sockaddr Linux's way.
enum class Use { Bind, Connect, Send };

// The sockaddr a caller passed, as a Name: -EINVAL (too short, or an IPv4
// address on a v6-only socket), -EAFNOSUPPORT (another family).
long parse(const Binding& b, const net::SockAddr& a, Use use, Name* out);
// n as the socket's family writes it (sockaddr_in, or sockaddr_in6 with
// IPv4 mapped).
void format(int family, const Name& n, net::SockAddr* out);

// Where a connect or send to dst goes: the wildcard is the loopback address,
// anything outside the guest -ENETUNREACH at once.
long route(const Binding& b, Name* dst);

// Takes a port for b at want (port 0: an ephemeral one): -EINVAL (bound
// already), -EADDRNOTAVAIL (not a guest address), -EADDRINUSE, -EAGAIN (no
// ephemeral port free).
long bind(Binding& b, const Name& want);
// Gives b a port if it has none, and fixes its address as the source for dst
// (TCP's connect and UDP's connect do; UDP's sendto only takes a port).
long bind_for(Binding& b, const Name& dst, bool fix_address);
// The source address a datagram from b to dst carries.
Name source_for(const Binding& b, const Name& dst);
// listen: a port that other sockets share with SO_REUSEADDR only until one listens.
long start_listening(Binding& b);
// Leaves the table (the socket closed, or its connect failed before bind()).
void unbind(Binding& b);

// The listening TCP socket dst reaches, or nullptr (ECONNREFUSED).
Binding* find_listener(const Name& dst);
// The UDP socket a datagram from src to dst is delivered to, or nullptr.
Binding* find_receiver(const Name& dst, const Name& src);
// An accepted connection's Binding: the listener's port at the address the
// connector reached, its remote the connector's name.
void accept_binding(Binding& e, const Binding& listener, const Name& dst, const Name& src);
} // namespace inet
