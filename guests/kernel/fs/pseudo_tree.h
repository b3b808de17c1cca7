// A fixed tree of generated files, as /proc/sys and /sys are: a table of
// nodes, each a path relative to the tree's root, a mode, and for files a
// generator of their content.  A node's parent is the node named by its
// path up to the last '/' (the root when there is none); parents come
// before their children in the table.
#pragma once

#include "lib/types.h"

class Text;

struct TreeNode {
    const char* path;     // "kernel/pid_max"
    u32 mode;             // S_IFDIR | 0555, S_IFREG | 0444, ...
    void (*gen)(Text& t); // files: writes the content
};

namespace pseudo_tree {
constexpr int kRoot = -1;
// The child of node `dir` (kRoot: the root) called name; -1 if none.
int lookup(const TreeNode* nodes, int count, int dir, const char* name, u32 len);
// The last component of a node's path.
const char* base_name(const TreeNode& node);
// True if node `i` is a direct child of `dir`.
bool is_child(const TreeNode* nodes, int i, int dir);
} // namespace pseudo_tree
