// futex(2): WAIT/WAKE (plain and BITSET), REQUEUE/CMP_REQUEUE and WAKE_OP,
// private or not.  A private futex is keyed by (address space, user address);
// a shared one in a MAP_SHARED mapping by (backing inode, byte offset), so
// that processes mapping the same memory at any address meet on it.
#include "proc/futex.h"
#include "arch/cpu.h"
#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "dev/clock.h"
#include "fs/inode.h"
#include "lib/errno.h"
#include "lib/list.h"
#include "mm/addrspace.h"
#include "proc/process.h"
#include "proc/signal.h"
#include "sched/sched.h"
#include "sched/sleep.h"
#include "sched/task.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
enum : u64 {
    FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4, FUTEX_WAKE_OP = 5,
    FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10,
    FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256,
};

// What a futex word is: an object (address space or inode) and an offset in it.
struct Key {
    const void* object;
    u64 offset;
    bool operator==(const Key& o) const { return object == o.object && offset == o.offset; }
};

struct Waiter {
    ListNode node;
    Task* task;
    Key key;
    u32 bitset;
    bool woken;
};

// The key of uaddr in the current address space.  Without FUTEX_PRIVATE_FLAG
// a word in a shared file-backed mapping (shared anonymous memory included)
// is keyed by its inode, whose reference *pinned receives (the caller puts
// it when done): the mapping may go away while a waiter sleeps.
Key key_of(u64 uaddr, bool is_private, Inode** pinned) {
    AddressSpace* as = current_proc()->as;
    *pinned = nullptr;
    if (!is_private) {
        Vma* v = as->find(uaddr);
        if (v && v->inode && (v->flags & kVmShared)) {
            inode::get(v->inode);
            *pinned = v->inode;
            return Key{v->inode, v->pgoff + (uaddr - v->start)};
        }
    }
    return Key{as, uaddr};
}

// Holds the pin of a key for the length of one operation.
struct KeyRef {
    Key key;
    Inode* pinned;
    KeyRef(u64 uaddr, bool is_private) : key(key_of(uaddr, is_private, &pinned)) {}
    ~KeyRef() {
        if (pinned) inode::put(pinned);
    }
};

ListNode g_waiters;

struct Timespec {
    i64 sec, nsec;
};

// Monotonic deadline for a relative (WAIT) or absolute (WAIT_BITSET) timeout.
long deadline_from(u64 utime, bool absolute, bool realtime, u64* out) {
    *out = 0;
    if (!utime) return 0;
    Timespec ts;
    if (!get_user(ts, utime)) return -EFAULT;
    if (ts.sec < 0 || ts.nsec < 0 || ts.nsec >= 1000000000) return -EINVAL;
    u64 ns = u64(ts.sec) * 1000000000ull + u64(ts.nsec);
    u64 now = clock::monotonic_ns();
    if (!absolute) *out = now + ns;
    else if (realtime) {
        u64 rt = clock::realtime_ns();
        *out = ns > rt ? now + (ns - rt) : now;
    } else
        *out = ns;
    if (*out == 0) *out = 1;
    return 0;
}

long wait(u64 uaddr, bool is_private, u32 val, u64 deadline, u32 bitset) {
    if (!bitset) return -EINVAL;
    if (uaddr & 3) return -EINVAL;
    Task* t = current();
    KeyRef ref(uaddr, is_private);
    cpu::IrqGuard guard;
    u32 cur;
    if (!get_user(cur, uaddr)) return -EFAULT;
    if (cur != val) return -EAGAIN;
    Waiter w{{}, t, ref.key, bitset, false};
    w.node.insert_before(&g_waiters);
    long r = 0;
    for (;;) {
        if (w.woken) break;
        if (signal::interrupt_pending(t)) {
            r = -signal::ERESTARTSYS;
            break;
        }
        if (sleep::block_until(deadline)) {
            r = w.woken ? 0 : -ETIMEDOUT;
            break;
        }
    }
    w.node.unlink();
    return r;
}

int wake_key(const Key& key, int n, u32 bitset) {
    int woken = 0;
    cpu::IrqGuard guard;
    for (ListNode* p = g_waiters.next; p != &g_waiters && woken < n;) {
        ListNode* next = p->next;
        Waiter* w = container_of(p, Waiter, node);
        if (!w->woken && w->key == key && (w->bitset & bitset)) {
            w->woken = true;
            p->unlink();
            sched::wake(w->task);
            woken++;
        }
        p = next;
    }
    return woken;
}

// Moves up to n waiters of uaddr to uaddr2 after waking `wake` of them.
long requeue(u64 uaddr, u64 uaddr2, bool is_private, int nwake, int nmove, bool cmp, u32 val) {
    KeyRef from(uaddr, is_private), to(uaddr2, is_private);
    cpu::IrqGuard guard;
    if (cmp) {
        u32 cur;
        if (!get_user(cur, uaddr)) return -EFAULT;
        if (cur != val) return -EAGAIN;
    }
    int woken = wake_key(from.key, nwake, ~0u);
    int moved = 0;
    for (ListNode* p = g_waiters.next; p != &g_waiters && moved < nmove; p = p->next) {
        Waiter* w = container_of(p, Waiter, node);
        if (!w->woken && w->key == from.key) {
            w->key = to.key;
            moved++;
        }
    }
    return woken + moved;
}

// FUTEX_WAKE_OP: *uaddr2 = op(*uaddr2, oparg); wake uaddr; maybe wake uaddr2.
long wake_op(u64 uaddr, u64 uaddr2, bool is_private, int n, int n2, u32 encoded) {
    u32 op = (encoded >> 28) & 7, cmp = (encoded >> 24) & 15;
    u32 oparg = (encoded >> 12) & 0xfff, cmparg = encoded & 0xfff;
    if (encoded & (8u << 28)) oparg = 1u << (oparg & 31);
    KeyRef first(uaddr, is_private), second(uaddr2, is_private);
    cpu::IrqGuard guard;
    u32 old;
    if (!get_user(old, uaddr2)) return -EFAULT;
    u32 nv;
    switch (op) {
    case 0: nv = oparg; break;
    case 1: nv = old + oparg; break;
    case 2: nv = old | oparg; break;
    case 3: nv = old & ~oparg; break;
    case 4: nv = old ^ oparg; break;
    default: return -ENOSYS;
    }
    if (!put_user(uaddr2, nv)) return -EFAULT;
    int woken = wake_key(first.key, n, ~0u);
    bool c;
    i32 o = i32(old), ca = i32(cmparg);
    switch (cmp) {
    case 0: c = o == ca; break;
    case 1: c = o != ca; break;
    case 2: c = o < ca; break;
    case 3: c = o <= ca; break;
    case 4: c = o > ca; break;
    case 5: c = o >= ca; break;
    default: return -ENOSYS;
    }
    if (c) woken += wake_key(second.key, n2, ~0u);
    return woken;
}
} // namespace

namespace futex {
int wake(u64 uaddr, bool is_private, int n, u32 bitset) {
    KeyRef ref(uaddr, is_private);
    return wake_key(ref.key, n, bitset);
}
} // namespace futex

long sys_futex(SyscallArgs& a) {
    u64 uaddr = a.a[0], op = a.a[1], cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
    u32 val = u32(a.a[2]);
    bool realtime = op & FUTEX_CLOCK_REALTIME, priv = op & FUTEX_PRIVATE_FLAG;
    u64 deadline = 0;
    switch (cmd) {
    case FUTEX_WAIT:
        if (long e = deadline_from(a.a[3], false, false, &deadline)) return e;
        return wait(uaddr, priv, val, deadline, ~0u);
    case FUTEX_WAIT_BITSET:
        if (long e = deadline_from(a.a[3], true, realtime, &deadline)) return e;
        return wait(uaddr, priv, val, deadline, u32(a.a[5]));
    case FUTEX_WAKE:
        return futex::wake(uaddr, priv, int(val), ~0u);
    case FUTEX_WAKE_BITSET:
        if (!u32(a.a[5])) return -EINVAL;
        return futex::wake(uaddr, priv, int(val), u32(a.a[5]));
    case FUTEX_REQUEUE:
        return requeue(uaddr, a.a[4], priv, int(val), int(a.a[3]), false, 0);
    case FUTEX_CMP_REQUEUE:
        return requeue(uaddr, a.a[4], priv, int(val), int(a.a[3]), true, u32(a.a[5]));
    case FUTEX_WAKE_OP:
        return wake_op(uaddr, a.a[4], priv, int(val), int(a.a[3]), u32(a.a[5]));
    default:
        return -ENOSYS;
    }
}
