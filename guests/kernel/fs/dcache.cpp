// The dentry hash table and the mount list.
#include "fs/dcache.h"
#include "fs/inode.h"
#include "lib/string.h"
#include "mm/kmalloc.h"

namespace dcache {
namespace {
constexpr u32 kBuckets = 4096;
// The cache keeps at most kMaxCached names; past that, shrink() lets unused
// ones go until kKeepCached remain.  Every cached positive name holds an
// inode, and a file-service inode holds a node (an open host fd) in vmproc:
// a walk over a large tree must not pin one per name it ever saw.
constexpr u32 kMaxCached = 16384;
constexpr u32 kKeepCached = 12288;
Dentry* g_hash[kBuckets];
u32 g_cached;      // hashed dentries
u32 g_sweep_next;  // the bucket shrink() looks at next

u32 hash_of(const Dentry* dir, const char* name, u32 len) {
    u64 h = reinterpret_cast<u64>(dir) * 0x9e3779b97f4a7c15ull;
    for (u32 i = 0; i < len; i++) h = (h ^ u8(name[i])) * 0x100000001b3ull;
    return u32(h ^ (h >> 29)) & (kBuckets - 1);
}

void hash_in(Dentry* d) {
    u32 b = hash_of(d->parent, d->name, d->len);
    d->hash_next = g_hash[b];
    g_hash[b] = d;
    d->hashed = true;
    g_cached++;
}

void hash_out(Dentry* d) {
    if (!d->hashed) return;
    Dentry** pp = &g_hash[hash_of(d->parent, d->name, d->len)];
    while (*pp && *pp != d) pp = &(*pp)->hash_next;
    if (*pp) *pp = d->hash_next;
    d->hashed = false;
    g_cached--;
}

// An entry only the cache refers to: no open file, cwd, mount or cached
// child holds it (each of those takes a reference).
bool unused(const Dentry* d) { return d->hashed && d->refs == 1; }

Dentry* alloc(Dentry* parent, const char* name, u32 len, Inode* inode) {
    Dentry* d = knew<Dentry>();
    char* copy = static_cast<char*>(kmalloc(len + 1));
    if (!d || !copy) {
        kfree(copy);
        kdelete(d);
        return nullptr;
    }
    memcpy(copy, name, len);
    copy[len] = 0;
    d->name = copy;
    d->len = len;
    d->refs = 1;
    d->parent = parent;
    d->inode = inode;
    d->hash_next = nullptr;
    d->hashed = false;
    if (parent) get(parent);
    return d;
}
} // namespace

Dentry* make_root(Inode* root) { return alloc(nullptr, "/", 1, root); }

Dentry* find(Dentry* dir, const char* name, u32 len) {
    for (Dentry* d = g_hash[hash_of(dir, name, len)]; d; d = d->hash_next)
        if (d->parent == dir && d->len == len && memcmp(d->name, name, len) == 0) return d;
    return nullptr;
}

// The cache's own reference is the one alloc returns.
Dentry* add(Dentry* dir, const char* name, u32 len, Inode* inode) {
    Dentry* d = alloc(dir, name, len, inode);
    if (!d) {
        if (inode) inode::put(inode);
        return nullptr;
    }
    hash_in(d);
    return d;
}

Dentry* make_unhashed(Dentry* dir, const char* name, u32 len, Inode* inode) {
    Dentry* d = alloc(dir, name, len, inode);
    if (!d && inode) inode::put(inode);
    return d;
}

void instantiate(Dentry* d, Inode* inode) {
    if (d->inode) inode::put(d->inode);
    d->inode = inode;
}

void make_negative(Dentry* d) {
    if (d->inode) inode::put(d->inode);
    d->inode = nullptr;
}

// Drops the cache's reference.
void unhash(Dentry* d) {
    if (!d->hashed) return;
    hash_out(d);
    put(d);
}

// A removed directory's cached children (negative entries, mostly) would
// otherwise keep it, its inode and its host node alive for ever; and a host
// may give a removed directory's inode number to a new file.
void unhash_children(Dentry* dir) {
    for (u32 b = 0; b < kBuckets; b++) {
        bool again = true;
        while (again) {
            again = false;
            for (Dentry* d = g_hash[b]; d; d = d->hash_next) {
                if (d->parent != dir) continue;
                get(d);
                unhash(d);
                unhash_children(d); // may change this bucket: rescan it
                put(d);
                again = true;
                break;
            }
        }
    }
}

// Lets unused entries go, bucket by bucket from where the last sweep
// stopped (a clock: entries of recently swept buckets get a full round to
// be used again).  A directory becomes unused once its cached children are
// gone, so a deep tree is trimmed from its leaves up over a few calls.
void shrink() {
    if (g_cached <= kMaxCached) return;
    for (u32 seen = 0; seen < kBuckets && g_cached > kKeepCached; seen++) {
        u32 b = g_sweep_next;
        g_sweep_next = (b + 1) & (kBuckets - 1);
        bool again = true;
        while (again) {
            again = false;
            for (Dentry* d = g_hash[b]; d; d = d->hash_next) {
                if (!unused(d)) continue;
                unhash(d); // drops the last reference: the inode may go, and FORGET its node
                again = true;
                break;
            }
        }
    }
}

u32 cached() { return g_cached; }

bool move(Dentry* d, Dentry* new_dir, const char* name, u32 len) {
    char* copy = static_cast<char*>(kmalloc(len + 1));
    if (!copy) return false;
    memcpy(copy, name, len);
    copy[len] = 0;
    bool was = d->hashed;
    hash_out(d);
    kfree(d->name);
    d->name = copy;
    d->len = len;
    if (new_dir != d->parent) {
        get(new_dir);
        Dentry* old = d->parent;
        d->parent = new_dir;
        put(old);
    }
    if (was) hash_in(d);
    return true;
}

void get(Dentry* d) { d->refs++; }

void put(Dentry* d) {
    while (d && --d->refs == 0) {
        Dentry* parent = d->parent;
        if (d->inode) inode::put(d->inode);
        kfree(d->name);
        kdelete(d);
        d = parent;
    }
}
} // namespace dcache

namespace mounts {
ListNode g_list;
namespace {
Mount* g_root;
}

Mount* add(Mount* parent, Dentry* at, FileSystem* fs, const char* path) {
    Mount* m = knew<Mount>();
    if (!m) return nullptr;
    Dentry* root = dcache::make_root(fs->root);
    if (!root) {
        kdelete(m);
        return nullptr;
    }
    inode::get(fs->root);
    m->parent = parent;
    m->mountpoint = at;
    if (at) dcache::get(at);
    m->root = root;
    m->fs = fs;
    m->readonly = fs->readonly;
    kstrlcpy(m->path, path, sizeof m->path);
    m->node.insert_before(&g_list);
    if (!parent) g_root = m;
    return m;
}

Mount* on(Mount* mnt, Dentry* d) {
    Mount* found = nullptr;
    // The last mount on a spot wins (mounting over a mount hides it).
    for_each([&](Mount* m) {
        if (m->parent == mnt && m->mountpoint == d) found = m;
    });
    return found;
}

Mount* root() { return g_root; }
} // namespace mounts
