// Loopback internet names and the TCP and UDP port tables (net/inet.h).
// Nothing here leaves the guest: the only addresses are the loopback ones,
// and a destination outside them is refused before any socket is touched.
#include "net/inet.h"

#include "lib/errno.h"
#include "lib/string.h"

namespace inet {
namespace {
using net::AF_INET;
using net::AF_INET6;
using net::AF_UNSPEC;

constexpr u16 kEphemeralFirst = 32768, kEphemeralLast = 60999; // net.ipv4.ip_local_port_range

ListNode g_tcp, g_udp;         // Bindings holding a port, most recent first
u32 g_next_ephemeral = 12345;  // an offset into the ephemeral range

ListNode& table_of(int protocol) { return protocol == IPPROTO_UDP ? g_udp : g_tcp; }

u16 load_be16(const u8* p) { return u16(p[0] << 8 | p[1]); }
void store_be16(u8* p, u16 v) {
    p[0] = u8(v >> 8);
    p[1] = u8(v);
}

bool is_v4(const u8* ip) {
    for (int i = 0; i < 10; i++)
        if (ip[i]) return false;
    return ip[10] == 0xff && ip[11] == 0xff;
}
bool is_v4_any(const u8* ip) { return is_v4(ip) && !ip[12] && !ip[13] && !ip[14] && !ip[15]; }
bool is_v6_any(const u8* ip) {
    for (int i = 0; i < 16; i++)
        if (ip[i]) return false;
    return true;
}
bool is_any(const u8* ip) { return is_v4_any(ip) || is_v6_any(ip); }
bool is_v6_loopback(const u8* ip) {
    for (int i = 0; i < 15; i++)
        if (ip[i]) return false;
    return ip[15] == 1;
}
// 127.0.0.0/8 and ::1: the guest's only interface.
bool is_loopback(const u8* ip) { return (is_v4(ip) && ip[12] == 127) || is_v6_loopback(ip); }

void set_v4(u8* ip, u8 a, u8 b, u8 c, u8 d) {
    memset(ip, 0, 16);
    ip[10] = ip[11] = 0xff;
    ip[12] = a, ip[13] = b, ip[14] = c, ip[15] = d;
}
void set_v6_loopback(u8* ip) {
    memset(ip, 0, 16);
    ip[15] = 1;
}
// The unspecified address of a socket's own family.
void set_any(int family, u8* ip) {
    if (family == AF_INET) set_v4(ip, 0, 0, 0, 0);
    else memset(ip, 0, 16);
}

bool same_ip(const u8* a, const u8* b) { return !memcmp(a, b, 16); }

// Whether b, bound where it is, takes packets for ip (Linux's rule for
// wildcards: 0.0.0.0 takes IPv4, :: takes IPv6 and, unless v6-only, IPv4).
bool covers(const Binding& b, const u8* ip) {
    if (same_ip(b.local.ip, ip)) return true;
    if (is_v4_any(b.local.ip)) return is_v4(ip);
    if (is_v6_any(b.local.ip)) return !is_v4(ip) || !b.v6only;
    return false;
}

// Whether b may not take the port the socket `held` holds
// (inet_csk_bind_conflict, udp_lib_lport_inuse): their addresses overlap
// and SO_REUSEADDR does not let them share it (for TCP, not with a socket
// that listens already: the first of two to listen wins).
bool conflicts(const Binding& held, const Binding& b) {
    if (held.protocol != b.protocol || held.local.port != b.local.port) return false;
    if (!covers(held, b.local.ip) && !covers(b, held.local.ip)) return false;
    bool shared = held.reuse && b.reuse && (b.protocol == IPPROTO_UDP || !held.listening);
    return !shared;
}

bool in_use(const Binding& b) {
    ListNode& t = table_of(b.protocol);
    for (ListNode* n = t.next; n != &t; n = n->next) {
        const Binding* o = container_of(n, Binding, node);
        if (o != &b && conflicts(*o, b)) return true;
    }
    return false;
}

// Picks a free ephemeral port for b (whose address is set); false if none.
bool choose_ephemeral(Binding& b) {
    constexpr u32 span = kEphemeralLast - kEphemeralFirst + 1;
    for (u32 i = 0; i < span; i++) {
        b.local.port = u16(kEphemeralFirst + g_next_ephemeral++ % span);
        if (!in_use(b)) return true;
    }
    b.local.port = 0;
    return false;
}

void link(Binding& b) { b.node.insert_after(&table_of(b.protocol)); }
} // namespace

long parse(const Binding& b, const net::SockAddr& a, Use use, Name* out) {
    u16 fam = a.family();
    if (b.family == AF_INET) {
        if (a.len < kSockAddrInSize) return -EINVAL;
        bool any = !a.bytes[4] && !a.bytes[5] && !a.bytes[6] && !a.bytes[7];
        bool unspec_ok = use == Use::Send || (use == Use::Bind && any);
        if (fam != AF_INET && !(fam == AF_UNSPEC && unspec_ok)) return -EAFNOSUPPORT;
        set_v4(out->ip, a.bytes[4], a.bytes[5], a.bytes[6], a.bytes[7]);
    } else {
        if (a.len < kSockAddrIn6MinSize) return -EINVAL;
        if (fam != AF_INET6) return use == Use::Send ? -EINVAL : -EAFNOSUPPORT;
        memcpy(out->ip, a.bytes + 8, 16);
    }
    out->port = load_be16(a.bytes + 2);
    return 0;
}

void format(int family, const Name& n, net::SockAddr* out) {
    memset(out->bytes, 0, sizeof out->bytes);
    out->bytes[0] = u8(family);
    store_be16(out->bytes + 2, n.port);
    if (family == AF_INET) {
        out->len = kSockAddrInSize;
        memcpy(out->bytes + 4, n.ip + 12, 4);
    } else {
        out->len = kSockAddrIn6Size;
        memcpy(out->bytes + 8, n.ip, 16);
    }
}

long route(const Binding& b, Name* dst) {
    if (b.family == AF_INET6 && b.v6only && is_v4(dst->ip)) return -ENETUNREACH;
    if (is_v4_any(dst->ip)) set_v4(dst->ip, 127, 0, 0, 1);
    else if (is_v6_any(dst->ip)) set_v6_loopback(dst->ip);
    return is_loopback(dst->ip) ? 0 : -ENETUNREACH;
}

long bind(Binding& b, const Name& want) {
    if (b.bound()) return -EINVAL;
    if (b.family == AF_INET6 && is_v4(want.ip) && b.v6only) return -EINVAL;
    if (!is_any(want.ip) && !is_loopback(want.ip)) return -EADDRNOTAVAIL;
    b.local = want;
    if (want.port ? in_use(b) : !choose_ephemeral(b)) {
        set_any(b.family, b.local.ip);
        b.local.port = 0;
        return -EADDRINUSE;
    }
    b.user_bound = true;
    link(b);
    return 0;
}

Name source_for(const Binding& b, const Name& dst) {
    Name src = b.local;
    if (is_any(src.ip)) {
        if (is_v4(dst.ip)) set_v4(src.ip, 127, 0, 0, 1);
        else set_v6_loopback(src.ip);
    }
    return src;
}

long bind_for(Binding& b, const Name& dst, bool fix_address) {
    if (!b.bound()) {
        set_any(b.family, b.local.ip);
        if (fix_address) memcpy(b.local.ip, source_for(b, dst).ip, 16);
        if (!choose_ephemeral(b)) {
            set_any(b.family, b.local.ip);
            return -EAGAIN;
        }
        link(b);
        return 0;
    }
    if (fix_address && is_any(b.local.ip)) memcpy(b.local.ip, source_for(b, dst).ip, 16);
    return 0;
}

long start_listening(Binding& b) {
    b.listening = true;
    if (in_use(b)) {
        b.listening = false;
        return -EADDRINUSE;
    }
    return 0;
}

void unbind(Binding& b) {
    b.node.unlink();
    set_any(b.family, b.local.ip);
    b.local.port = 0;
    b.user_bound = false;
}

Binding* find_listener(const Name& dst) {
    Binding* wild = nullptr;
    for (ListNode* n = g_tcp.next; n != &g_tcp; n = n->next) {
        Binding* b = container_of(n, Binding, node);
        if (!b->listening || b->local.port != dst.port || !covers(*b, dst.ip)) continue;
        if (same_ip(b->local.ip, dst.ip)) return b; // an exact address beats a wildcard
        if (!wild) wild = b;
    }
    return wild;
}

Binding* find_receiver(const Name& dst, const Name& src) {
    Binding* best = nullptr;
    int best_score = -1;
    for (ListNode* n = g_udp.next; n != &g_udp; n = n->next) {
        Binding* b = container_of(n, Binding, node);
        if (b->local.port != dst.port || !covers(*b, dst.ip)) continue;
        if (b->connected && (b->remote.port != src.port || !same_ip(b->remote.ip, src.ip))) continue;
        int score = (same_ip(b->local.ip, dst.ip) ? 2 : 0) + (b->connected ? 1 : 0);
        if (score > best_score) best = b, best_score = score;
    }
    return best;
}

void accept_binding(Binding& e, const Binding& listener, const Name& dst, const Name& src) {
    e.family = listener.family;
    e.protocol = IPPROTO_TCP;
    e.v6only = listener.v6only;
    e.reuse = listener.reuse;
    e.connected = true;
    memcpy(e.local.ip, dst.ip, 16);
    e.local.port = listener.local.port;
    e.remote = src;
    link(e);
}
} // namespace inet
