// Node and handle bookkeeping.  Nothing here trusts the guest: unknown ids
// are errors, counts saturate, and every fd has exactly one owner.
#include "fs_nodes.h"

#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace tandem {

FsNodes::~FsNodes() {
    for (auto& [id, n] : nodes_) ::close(n.fd);
    for (auto& [id, h] : handles_) ::close(h.fd);
}

std::int64_t FsNodes::add_node(int fd, std::uint32_t export_index, bool read_only, bool pseudo) {
    struct stat st;
    if (::fstatat(fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0) {
        int err = errno;
        ::close(fd);
        return -err;
    }
    Key key{export_index, st.st_dev, st.st_ino};
    if (auto it = by_inode_.find(key); it != by_inode_.end()) {
        FsNode& n = nodes_.at(it->second);
        if ((st.st_mode & S_IFMT) == n.type && (st.st_nlink == 0 || still_linked(n))) {
            ::close(fd);
            n.lookups++;
            return static_cast<std::int64_t>(it->second);
        }
        // The node's file was removed (or is of another type) and the host
        // gave its inode number to this new file (9p does: its server holds
        // no reference to a file it only walked to).  The old node lives on
        // for the guest's references to the removed file, but no longer
        // answers for the number.
        by_inode_.erase(it);
        stale_replaced_++;
    }
    if (full()) {
        ::close(fd);
        return -ENFILE;
    }
    std::uint64_t id = next_node_++;
    FsNode n;
    n.fd = fd;
    n.export_index = export_index;
    n.read_only = read_only;
    n.pseudo = pseudo;
    n.type = st.st_mode & S_IFMT;
    n.dev = st.st_dev;
    n.ino = st.st_ino;
    n.lookups = 1;
    nodes_.emplace(id, n);
    by_inode_.emplace(key, id);
    return static_cast<std::int64_t>(id);
}

FsNode* FsNodes::node(std::uint64_t id) {
    auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : &it->second;
}

int FsNodes::forget(std::uint64_t id, std::uint64_t count) {
    auto it = nodes_.find(id);
    if (it == nodes_.end()) return -ESTALE;
    FsNode& n = it->second;
    if (count < n.lookups) {
        n.lookups -= count;
        return 0;
    }
    if (auto k = by_inode_.find(Key{n.export_index, n.dev, n.ino}); k != by_inode_.end() && k->second == id)
        by_inode_.erase(k);
    ::close(n.fd);
    nodes_.erase(it);
    return 0;
}

// True unless the node's file has no names left (it was unlinked, or
// replaced by a rename): a removed file cannot be the one a name leads to.
bool FsNodes::still_linked(const FsNode& n) {
    struct stat st;
    if (::fstatat(n.fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0) return false;
    return st.st_nlink > 0;
}

std::int64_t FsNodes::add_handle(const FsHandle& h) {
    if (full()) {
        ::close(h.fd);
        return -ENFILE;
    }
    std::uint64_t id = next_handle_++;
    handles_.emplace(id, h);
    return static_cast<std::int64_t>(id);
}

FsHandle* FsNodes::handle(std::uint64_t id) {
    auto it = handles_.find(id);
    return it == handles_.end() ? nullptr : &it->second;
}

int FsNodes::close_handle(std::uint64_t id) {
    auto it = handles_.find(id);
    if (it == handles_.end()) return -EBADF;
    ::close(it->second.fd);
    handles_.erase(it);
    return 0;
}

} // namespace tandem
