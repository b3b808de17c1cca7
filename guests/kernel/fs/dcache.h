// Dentries (the cache of names: positive and negative), mounts, and paths.
// A dentry in the cache is held by the cache itself; a dentry removed from
// it (unlink, rename over it) lives on while files or cwds refer to it.
#pragma once

#include "lib/list.h"
#include "lib/types.h"

class FileSystem;
struct Inode;

struct Dentry {
    char* name;
    u32 len;
    u32 refs;
    Dentry* parent;    // holds a reference; nullptr for a file system root
    Inode* inode;      // nullptr: a negative entry (the name does not exist)
    Dentry* hash_next;
    bool hashed;
};

struct Mount {
    Mount* parent;       // nullptr for the root mount
    Dentry* mountpoint;  // in parent
    Dentry* root;
    FileSystem* fs;
    char path[128];      // where it is mounted, for /proc/mounts
    bool readonly;
    ListNode node;
};

struct Path {
    Mount* mnt;
    Dentry* d;
};

namespace dcache {
// A root dentry for a file system root inode (takes over one inode ref).
Dentry* make_root(Inode* root);
// The cached child, or nullptr if the name was never looked up.
Dentry* find(Dentry* dir, const char* name, u32 len);
// Adds a child (positive or negative; takes over one inode ref).
Dentry* add(Dentry* dir, const char* name, u32 len, Inode* inode);
// A child that is not entered in the cache (volatile names); the caller
// holds the only reference.
Dentry* make_unhashed(Dentry* dir, const char* name, u32 len, Inode* inode);
// Makes a negative entry positive (create) or positive negative (unlink).
void instantiate(Dentry* d, Inode* inode);
void make_negative(Dentry* d);
// Removes an entry from the cache (its name is gone or stale).
void unhash(Dentry* d);
// Removes every cached entry below d (a directory whose name is gone).
void unhash_children(Dentry* d);
// Trims the cache to its size bound by dropping entries nobody uses (call
// where no dentry is held without a reference: the start of a path walk).
void shrink();
// How many entries the cache holds.
u32 cached();
// rename: moves d under new_dir with a new name.
bool move(Dentry* d, Dentry* new_dir, const char* name, u32 len);
void get(Dentry* d);
void put(Dentry* d);
} // namespace dcache

namespace mounts {
// Mounts fs's root at `at` (a dentry of parent, positive or negative).
Mount* add(Mount* parent, Dentry* at, FileSystem* fs, const char* path);
// The mount sitting on (mnt, d), or nullptr.
Mount* on(Mount* mnt, Dentry* d);
Mount* root();
// Visits every mount in mount order.
template <typename Fn> void for_each(Fn&& fn);
extern ListNode g_list;
template <typename Fn> void for_each(Fn&& fn) {
    for (ListNode* n = g_list.next; n != &g_list; n = n->next) fn(container_of(n, Mount, node));
}
} // namespace mounts

inline void path_get(const Path& p) { dcache::get(p.d); }
inline void path_put(const Path& p) { dcache::put(p.d); }
