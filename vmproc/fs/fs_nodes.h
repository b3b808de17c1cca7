// The file service's tables: node ids (host inodes the guest has looked up)
// and open handles.  A node names one inode for as long as it lives: it owns
// an O_PATH host fd of it, or, when that fd was closed to keep vmproc's fds
// bounded, the way back to it (its parent node and name), re-resolved
// beneath the export with the lookup rules and checked to reach the same
// inode (else the node is stale).  A node whose name is gone (unlinked,
// renamed over) keeps its fd: nothing else leads to it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

namespace tandem {

struct FsNode {
    int fd = -1;               // O_PATH|O_NOFOLLOW, owned; -1 while closed
    std::uint32_t export_index = 0;
    bool read_only = false;    // the export is read-only
    bool pseudo = false;       // on a host pseudo file system (only export roots can be)
    mode_t type = 0;           // S_IFMT bits, fixed for the inode's life
    dev_t dev = 0;
    ino_t ino = 0;
    std::uint64_t lookups = 0; // references the guest holds; its id is dead at 0
    std::uint64_t parent = 0;  // the directory node it was found in (0: an export root)
    std::string name;          // its name there
    std::uint64_t holders = 0; // child nodes and handles that need this node to re-open
    bool pinned = false;       // its name is gone: the fd is never closed
    std::uint64_t last_use = 0;
};

struct FsHandle {
    int fd = -1;               // a real open file or directory, owned; -1 while closed
    std::uint32_t export_index = 0;
    bool read_only = false;
    bool is_dir = false;
    bool append = false;       // opened with O_APPEND
    bool strip_on_write = false; // nosuid export: a write clears set-user/group-ID bits
    std::uint64_t node = 0;    // the node it was opened from (re-opened through it)
    int flags = 0;             // open flags to re-open with (no O_TRUNC)
    std::uint64_t last_use = 0;
};

// openat2(dirfd, name) with the lookup rules RESOLVE_BENEATH |
// RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS; the new fd or -errno.
int openat2_beneath(int dirfd, const char* name, std::uint64_t flags, std::uint64_t mode = 0);

// Node and handle tables with a shared cap.  Ids are never 0 and never
// reused, so a stale id from the guest cannot name a newer object.  At most
// `fd_budget` host fds stay open between requests (trim()): the least
// recently used nodes and handles are closed and re-opened on their next use.
class FsNodes {
public:
    explicit FsNodes(std::size_t max_objects = 65536, std::size_t fd_budget = 4096)
        : max_(max_objects), fd_budget_(fd_budget < 16 ? 16 : fd_budget) {}
    ~FsNodes();
    FsNodes(const FsNodes&) = delete;
    FsNodes& operator=(const FsNodes&) = delete;

    // Takes ownership of `fd` (an O_PATH fd of a freshly looked-up object)
    // and returns its node id with one more reference: the existing id if
    // this export already has a node for the inode (then fd is closed),
    // unless that node's file has been removed meanwhile: a host may reuse
    // the inode number of a removed file, and the new file gets a new node.
    // -ENFILE when the table is full, or -errno from fstat.
    // `parent` and `name` say where it was found (none for an export root).
    std::int64_t add_node(int fd, std::uint32_t export_index, bool read_only, bool pseudo = false,
                          std::uint64_t parent = 0, const std::string& name = {});
    // The node with its fd open (re-opened if it was closed), or nullptr if
    // the id is unknown or dead, or its inode cannot be reached any more.
    FsNode* node(std::uint64_t id);
    // Drops `count` references; the id dies at 0.  -ESTALE if unknown.
    int forget(std::uint64_t id, std::uint64_t count);

    // The id of the node found as `name` in directory node `dir`, or 0.
    std::uint64_t child(std::uint64_t dir, const std::string& name) const;
    // The name of a node is going away (unlink, rename over it): its fd is
    // opened now and kept, since no path leads to its inode afterwards.
    void pin(std::uint64_t id);
    // A node was renamed: it is now `name` in directory node `dir`.
    void moved(std::uint64_t id, std::uint64_t dir, const std::string& name);

    // Takes ownership of `h.fd` and returns a new handle id, or -ENFILE.
    // h.node must be a live node: the handle keeps it for re-opening.
    std::int64_t add_handle(const FsHandle& h);
    // The handle with its fd open, or nullptr if unknown or not re-openable.
    FsHandle* handle(std::uint64_t id);
    // Closes a handle; -EBADF if unknown.
    int close_handle(std::uint64_t id);

    // Closes least recently used fds until at most 3/4 of the budget stay
    // open, if more than the budget are; called between requests, when no
    // op holds a node or handle pointer.
    void trim();
    // Forgets every node and handle (a restarted guest starts with none);
    // ids go on counting, so an old guest's id never names a new object.
    void clear();
    // Host fds the tables hold open now.
    std::size_t open_fds() const { return open_fds_; }
    std::size_t fd_budget() const { return fd_budget_; }
    // Closed fds opened again on use (nodes and handles).
    std::uint64_t reopens() const { return reopens_; }

    // True if `n` more nodes or handles would fit under the cap.
    bool has_room(std::size_t n) const { return nodes_.size() + handles_.size() + n <= max_; }

    std::size_t node_count() const { return nodes_.size(); }
    std::size_t handle_count() const { return handles_.size(); }
    // Nodes of removed files whose inode number a new file reused.
    std::uint64_t stale_replaced() const { return stale_replaced_; }

private:
    bool full() const { return nodes_.size() + handles_.size() >= max_; }
    bool still_linked(std::uint64_t id);
    // Opens the node's fd if it is closed (and its parents', from the
    // nearest open one down); false if the inode cannot be reached.
    bool ensure_open(std::uint64_t id);
    bool reopen_one(FsNode& n);
    void close_fd(int& fd);
    // Drops one holder of node `id`; erases nodes nobody needs any more.
    void release(std::uint64_t id);
    void erase_node(std::unordered_map<std::uint64_t, FsNode>::iterator it);
    struct Key {
        std::uint32_t export_index;
        dev_t dev;
        ino_t ino;
        auto operator<=>(const Key&) const = default;
    };
    std::size_t max_;
    std::size_t fd_budget_;
    std::size_t open_fds_ = 0;
    std::uint64_t clock_ = 0; // use stamps for trim()
    std::uint64_t reopens_ = 0;
    std::uint64_t next_node_ = 1;
    std::uint64_t next_handle_ = 1;
    std::uint64_t stale_replaced_ = 0;
    std::unordered_map<std::uint64_t, FsNode> nodes_;
    std::map<Key, std::uint64_t> by_inode_;
    std::unordered_map<std::uint64_t, FsHandle> handles_;
    std::map<std::pair<std::uint64_t, std::string>, std::uint64_t> by_name_; // (parent, name) -> node
};

} // namespace tandem
