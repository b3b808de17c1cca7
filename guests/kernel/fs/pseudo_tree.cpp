// Name lookups in a fixed tree of generated files (fs/pseudo_tree.h).
#include "fs/pseudo_tree.h"
#include "lib/string.h"

namespace pseudo_tree {

const char* base_name(const TreeNode& node) {
    const char* b = node.path;
    for (const char* c = node.path; *c; c++)
        if (*c == '/') b = c + 1;
    return b;
}

// The path of `i` is the path of `dir`, a '/', and one more name.
bool is_child(const TreeNode* nodes, int i, int dir) {
    const char* p = nodes[i].path;
    const char* base = base_name(nodes[i]);
    if (dir == kRoot) return base == p;
    u64 dlen = kstrlen(nodes[dir].path);
    return u64(base - p) == dlen + 1 && memcmp(p, nodes[dir].path, dlen) == 0;
}

int lookup(const TreeNode* nodes, int count, int dir, const char* name, u32 len) {
    for (int i = 0; i < count; i++) {
        const char* base = base_name(nodes[i]);
        if (kstrlen(base) == len && memcmp(base, name, len) == 0 && is_child(nodes, i, dir)) return i;
    }
    return -1;
}

} // namespace pseudo_tree
