// The file service's tables: node ids (host inodes the guest has looked up)
// and open handles.  A node owns an O_PATH host fd, so it names one inode for
// as long as it lives, whatever happens to the paths that led to it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <unordered_map>

namespace tandem {

struct FsNode {
    int fd = -1;               // O_PATH|O_NOFOLLOW, owned
    std::uint32_t export_index = 0;
    bool read_only = false;    // the export is read-only
    bool pseudo = false;       // on a host pseudo file system (only export roots can be)
    mode_t type = 0;           // S_IFMT bits, fixed for the inode's life
    dev_t dev = 0;
    ino_t ino = 0;
    std::uint64_t lookups = 0; // references the guest holds
};

struct FsHandle {
    int fd = -1;               // a real open file or directory, owned
    std::uint32_t export_index = 0;
    bool read_only = false;
    bool is_dir = false;
    bool append = false;       // opened with O_APPEND
};

// Node and handle tables with a shared cap.  Ids are never 0 and never
// reused, so a stale id from the guest cannot name a newer object.
class FsNodes {
public:
    explicit FsNodes(std::size_t max_objects = 65536) : max_(max_objects) {}
    ~FsNodes();
    FsNodes(const FsNodes&) = delete;
    FsNodes& operator=(const FsNodes&) = delete;

    // Takes ownership of `fd` (an O_PATH fd of a freshly looked-up object)
    // and returns its node id with one more reference: the existing id if
    // this export already has a node for the inode (then fd is closed),
    // unless that node's file has been removed meanwhile: a host may reuse
    // the inode number of a removed file, and the new file gets a new node.
    // -ENFILE when the table is full, or -errno from fstat.
    std::int64_t add_node(int fd, std::uint32_t export_index, bool read_only, bool pseudo = false);
    // The node, or nullptr if the id is unknown.
    FsNode* node(std::uint64_t id);
    // Drops `count` references; the node goes away at 0.  -ESTALE if unknown.
    int forget(std::uint64_t id, std::uint64_t count);

    // Takes ownership of `fd` and returns a new handle id, or -ENFILE.
    std::int64_t add_handle(const FsHandle& h);
    FsHandle* handle(std::uint64_t id);
    // Closes a handle; -EBADF if unknown.
    int close_handle(std::uint64_t id);

    // True if `n` more nodes or handles would fit under the cap.
    bool has_room(std::size_t n) const { return nodes_.size() + handles_.size() + n <= max_; }

    std::size_t node_count() const { return nodes_.size(); }
    std::size_t handle_count() const { return handles_.size(); }
    // Nodes of removed files whose inode number a new file reused.
    std::uint64_t stale_replaced() const { return stale_replaced_; }

private:
    bool full() const { return nodes_.size() + handles_.size() >= max_; }
    static bool still_linked(const FsNode& n);
    struct Key {
        std::uint32_t export_index;
        dev_t dev;
        ino_t ino;
        auto operator<=>(const Key&) const = default;
    };
    std::size_t max_;
    std::uint64_t next_node_ = 1;
    std::uint64_t next_handle_ = 1;
    std::uint64_t stale_replaced_ = 0;
    std::unordered_map<std::uint64_t, FsNode> nodes_;
    std::map<Key, std::uint64_t> by_inode_;
    std::unordered_map<std::uint64_t, FsHandle> handles_;
};

} // namespace tandem
