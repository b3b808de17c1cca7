// Node and handle bookkeeping.  Nothing here trusts the guest: unknown ids
// are errors, counts saturate, and every fd has exactly one owner.
#include "fs_nodes.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <tuple>
#include <vector>

namespace tandem {

int openat2_beneath(int dirfd, const char* name, std::uint64_t flags, std::uint64_t mode) {
    open_how how{};
    how.flags = flags;
    how.mode = mode;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS;
    long r;
    do r = ::syscall(SYS_openat2, dirfd, name, &how, sizeof how);
    while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : static_cast<int>(r);
}

FsNodes::~FsNodes() { clear(); }

void FsNodes::clear() {
    for (auto& [id, n] : nodes_)
        if (n.fd >= 0) ::close(n.fd);
    for (auto& [id, h] : handles_)
        if (h.fd >= 0) ::close(h.fd);
    nodes_.clear();
    handles_.clear();
    by_inode_.clear();
    by_name_.clear();
    open_fds_ = 0;
}

void FsNodes::close_fd(int& fd) {
    if (fd < 0) return;
    ::close(fd);
    fd = -1;
    open_fds_--;
}

std::int64_t FsNodes::add_node(int fd, std::uint32_t export_index, bool read_only, bool pseudo,
                               std::uint64_t parent, const std::string& name) {
    struct stat st;
    if (::fstatat(fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0) {
        int err = errno;
        ::close(fd);
        return -err;
    }
    Key key{export_index, st.st_dev, st.st_ino};
    if (auto it = by_inode_.find(key); it != by_inode_.end()) {
        std::uint64_t id = it->second;
        FsNode& n = nodes_.at(id);
        if ((st.st_mode & S_IFMT) == n.type && (st.st_nlink == 0 || still_linked(id))) {
            if (n.fd < 0) {
                n.fd = fd; // the fresh fd is as good as a re-opened one
                open_fds_++;
            } else {
                ::close(fd);
            }
            n.lookups++;
            n.last_use = ++clock_;
            return static_cast<std::int64_t>(id);
        }
        // The node's file was removed (or is of another type) and the host
        // gave its inode number to this new file (9p does: its server holds
        // no reference to a file it only walked to).  The old node lives on
        // for the guest's references to the removed file, but no longer
        // answers for the number.
        by_inode_.erase(it);
        stale_replaced_++;
    }
    if (full() || (parent && !nodes_.contains(parent))) {
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
    n.parent = parent;
    n.name = name;
    n.last_use = ++clock_;
    nodes_.emplace(id, std::move(n));
    open_fds_++;
    by_inode_.emplace(key, id);
    if (parent) {
        nodes_.at(parent).holders++;
        by_name_[{parent, name}] = id;
    }
    return static_cast<std::int64_t>(id);
}

// Opens one node beneath its (open) parent by its name, exactly as LOOKUP
// did, and accepts the result only if it is the same inode.
bool FsNodes::reopen_one(FsNode& n) {
    auto p = nodes_.find(n.parent);
    if (p == nodes_.end() || p->second.fd < 0) return false;
    int fd = openat2_beneath(p->second.fd, n.name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    if (::fstatat(fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0 || st.st_dev != n.dev ||
        st.st_ino != n.ino || (st.st_mode & S_IFMT) != n.type) {
        ::close(fd);
        return false;
    }
    n.fd = fd;
    open_fds_++;
    reopens_++;
    return true;
}

bool FsNodes::ensure_open(std::uint64_t id) {
    std::vector<std::uint64_t> chain; // closed nodes, innermost first
    for (std::uint64_t cur = id;;) {
        auto it = nodes_.find(cur);
        if (it == nodes_.end()) return false;
        if (it->second.fd >= 0) break;
        if (it->second.pinned || !it->second.parent) return false;
        chain.push_back(cur);
        cur = it->second.parent;
    }
    for (auto c = chain.rbegin(); c != chain.rend(); ++c)
        if (!reopen_one(nodes_.at(*c))) return false;
    return true;
}

FsNode* FsNodes::node(std::uint64_t id) {
    auto it = nodes_.find(id);
    if (it == nodes_.end() || it->second.lookups == 0) return nullptr;
    if (!ensure_open(id)) return nullptr;
    it->second.last_use = ++clock_;
    return &it->second;
}

void FsNodes::erase_node(std::unordered_map<std::uint64_t, FsNode>::iterator it) {
    std::uint64_t id = it->first;
    FsNode& n = it->second;
    if (auto k = by_inode_.find(Key{n.export_index, n.dev, n.ino}); k != by_inode_.end() && k->second == id)
        by_inode_.erase(k);
    if (auto b = by_name_.find({n.parent, n.name}); n.parent && b != by_name_.end() && b->second == id)
        by_name_.erase(b);
    close_fd(n.fd);
    std::uint64_t parent = n.parent;
    nodes_.erase(it);
    if (parent) release(parent);
}

void FsNodes::release(std::uint64_t id) {
    // Iterative: erasing a node may release its parent in turn.
    while (id) {
        auto it = nodes_.find(id);
        if (it == nodes_.end()) return;
        FsNode& n = it->second;
        if (n.holders) n.holders--;
        if (n.holders || n.lookups) return;
        std::uint64_t parent = n.parent;
        n.parent = 0; // erase_node must not release it again
        if (auto b = by_name_.find({parent, n.name}); parent && b != by_name_.end() && b->second == id)
            by_name_.erase(b);
        erase_node(it);
        id = parent;
    }
}

int FsNodes::forget(std::uint64_t id, std::uint64_t count) {
    auto it = nodes_.find(id);
    if (it == nodes_.end() || it->second.lookups == 0) return -ESTALE;
    FsNode& n = it->second;
    if (count < n.lookups) {
        n.lookups -= count;
        return 0;
    }
    n.lookups = 0; // the id is dead; the node stays while children or handles need it
    if (auto k = by_inode_.find(Key{n.export_index, n.dev, n.ino}); k != by_inode_.end() && k->second == id)
        by_inode_.erase(k);
    if (!n.holders) erase_node(it);
    return 0;
}

// True unless the node's file has no names left (it was unlinked, or
// replaced by a rename): a removed file cannot be the one a name leads to.
bool FsNodes::still_linked(std::uint64_t id) {
    if (!ensure_open(id)) return false;
    struct stat st;
    if (::fstatat(nodes_.at(id).fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0) return false;
    return st.st_nlink > 0;
}

std::uint64_t FsNodes::child(std::uint64_t dir, const std::string& name) const {
    auto it = by_name_.find({dir, name});
    return it == by_name_.end() ? 0 : it->second;
}

void FsNodes::pin(std::uint64_t id) {
    auto it = nodes_.find(id);
    if (it == nodes_.end()) return;
    ensure_open(id);
    FsNode& n = it->second;
    n.pinned = true;
    if (auto b = by_name_.find({n.parent, n.name}); b != by_name_.end() && b->second == id) by_name_.erase(b);
}

void FsNodes::moved(std::uint64_t id, std::uint64_t dir, const std::string& name) {
    auto it = nodes_.find(id);
    if (it == nodes_.end() || !nodes_.contains(dir) || !it->second.parent) return;
    FsNode& n = it->second;
    if (auto b = by_name_.find({n.parent, n.name}); b != by_name_.end() && b->second == id) by_name_.erase(b);
    std::uint64_t old_parent = n.parent;
    nodes_.at(dir).holders++;
    n.parent = dir;
    n.name = name;
    by_name_[{dir, name}] = id;
    release(old_parent);
}

std::int64_t FsNodes::add_handle(const FsHandle& h) {
    if (full() || !nodes_.contains(h.node)) {
        ::close(h.fd);
        return -ENFILE;
    }
    std::uint64_t id = next_handle_++;
    FsHandle copy = h;
    copy.last_use = ++clock_;
    handles_.emplace(id, copy);
    open_fds_++;
    nodes_.at(h.node).holders++;
    return static_cast<std::int64_t>(id);
}

FsHandle* FsNodes::handle(std::uint64_t id) {
    auto it = handles_.find(id);
    if (it == handles_.end()) return nullptr;
    FsHandle& h = it->second;
    if (h.fd < 0) {
        // Re-open the node's own inode through its magic link, as OPEN did.
        if (!ensure_open(h.node)) return nullptr;
        const FsNode& n = nodes_.at(h.node);
        std::string self = "/proc/self/fd/" + std::to_string(n.fd);
        int fd;
        do fd = ::open(self.c_str(), h.flags | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) return nullptr;
        struct stat st;
        if (::fstat(fd, &st) != 0 || st.st_dev != n.dev || st.st_ino != n.ino) {
            ::close(fd);
            return nullptr;
        }
        h.fd = fd;
        open_fds_++;
        reopens_++;
    }
    h.last_use = ++clock_;
    return &h;
}

int FsNodes::close_handle(std::uint64_t id) {
    auto it = handles_.find(id);
    if (it == handles_.end()) return -EBADF;
    close_fd(it->second.fd);
    std::uint64_t node = it->second.node;
    handles_.erase(it);
    release(node);
    return 0;
}

void FsNodes::trim() {
    if (open_fds_ <= fd_budget_) return;
    // (last use, is a handle, id) of everything that can be closed and
    // re-opened: export roots (no parent) and pinned nodes cannot.
    std::vector<std::tuple<std::uint64_t, bool, std::uint64_t>> open;
    for (const auto& [id, n] : nodes_)
        if (n.fd >= 0 && n.parent && !n.pinned) open.emplace_back(n.last_use, false, id);
    for (const auto& [id, h] : handles_)
        if (h.fd >= 0) open.emplace_back(h.last_use, true, id);
    std::sort(open.begin(), open.end());
    const std::size_t target = fd_budget_ * 3 / 4;
    for (const auto& [use, is_handle, id] : open) {
        if (open_fds_ <= target) break;
        if (is_handle) close_fd(handles_.at(id).fd);
        else close_fd(nodes_.at(id).fd);
    }
}

} // namespace tandem
