// The radix tree behind PageCache.
#include "fs/page_cache.h"
#include "mm/kmalloc.h"
#include "mm/pmm.h"

namespace {
constexpr u64 kFanout = 512;
constexpr int kLevels = 3;

struct Node {
    void* slot[kFanout];
};

u64 slot_index(u64 index, int level) { return (index >> (9 * (kLevels - 1 - level))) & (kFanout - 1); }

// Frees pages at index >= first below node; returns how many were freed.
u64 drop(Node* n, int level, u64 base, u64 first, bool* empty) {
    u64 freed = 0;
    bool any = false;
    u64 span = 1ull << (9 * (kLevels - 1 - level));
    for (u64 i = 0; i < kFanout; i++) {
        if (!n->slot[i]) continue;
        u64 lo = base + i * span;
        if (lo + span <= first) {
            any = true;
            continue;
        }
        if (level == kLevels - 1) {
            pmm::put(reinterpret_cast<u64>(n->slot[i]));
            n->slot[i] = nullptr;
            freed++;
        } else {
            bool child_empty;
            freed += drop(static_cast<Node*>(n->slot[i]), level + 1, lo, first, &child_empty);
            if (child_empty) {
                kfree(n->slot[i]);
                n->slot[i] = nullptr;
            } else {
                any = true;
            }
        }
    }
    *empty = !any;
    return freed;
}
// Drops unmapped leaves below node (refcount 1: only the cache holds them).
u64 drop_clean(Node* n, int level, u64 max) {
    u64 freed = 0;
    for (u64 i = 0; i < kFanout && freed < max; i++) {
        if (!n->slot[i]) continue;
        if (level == kLevels - 1) {
            u64 phys = reinterpret_cast<u64>(n->slot[i]);
            if (pmm::refcount(phys) != 1) continue;
            pmm::put(phys);
            n->slot[i] = nullptr;
            freed++;
        } else {
            freed += drop_clean(static_cast<Node*>(n->slot[i]), level + 1, max - freed);
        }
    }
    return freed;
}
} // namespace

u64 PageCache::drop_unmapped(u64 max) {
    if (!root_) return 0;
    u64 freed = drop_clean(static_cast<Node*>(root_), 0, max);
    count_ -= freed;
    return freed;
}

u64 PageCache::find(u64 index) const {
    if (index >> (9 * kLevels)) return 0;
    const Node* n = static_cast<const Node*>(root_);
    for (int level = 0; n && level < kLevels - 1; level++) n = static_cast<const Node*>(n->slot[slot_index(index, level)]);
    return n ? reinterpret_cast<u64>(n->slot[slot_index(index, kLevels - 1)]) : 0;
}

bool PageCache::insert(u64 index, u64 phys) {
    if (index >> (9 * kLevels)) return false;
    if (!root_ && !(root_ = kzalloc(sizeof(Node)))) return false;
    Node* n = static_cast<Node*>(root_);
    for (int level = 0; level < kLevels - 1; level++) {
        void*& s = n->slot[slot_index(index, level)];
        if (!s && !(s = kzalloc(sizeof(Node)))) return false;
        n = static_cast<Node*>(s);
    }
    void*& leaf = n->slot[slot_index(index, kLevels - 1)];
    if (leaf) pmm::put(reinterpret_cast<u64>(leaf));
    else count_++;
    leaf = reinterpret_cast<void*>(phys);
    return true;
}

void PageCache::drop_from(u64 first) {
    if (!root_) return;
    bool empty;
    count_ -= drop(static_cast<Node*>(root_), 0, 0, first, &empty);
    if (empty) {
        kfree(root_);
        root_ = nullptr;
    }
}
