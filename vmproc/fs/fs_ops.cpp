// Host side of each file-service op.  The confinement rules (PLATFORM.md
// "File service") are enforced here:
//  - every lookup is one component, resolved with openat2 beneath a node fd
//    with RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS, and
//    a trailing symlink comes back as an O_PATH node, never followed;
//  - objects on host pseudo file systems (procfs, sysfs, ...) are refused;
//  - files are opened only by re-opening a node's own inode through
//    /proc/self/fd, and only regular files and directories, so a FIFO or a
//    device node is never opened (that could block or have side effects);
//  - mutations are refused on read-only exports, and renames and links
//    across exports;
//  - no path-taking system call ever sees a guest-supplied path: names are
//    single validated components relative to a node fd, and the only paths
//    vmproc builds itself are /proc/self/fd/N of its own fds.
#include "fs_ops.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <dirent.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <limits>

namespace tandem {

namespace {

constexpr std::uint64_t kMaxOffset = static_cast<std::uint64_t>(std::numeric_limits<off_t>::max());

// The magic link of one of vmproc's own fds: opening it reaches exactly that
// inode, with no path resolution a guest could influence.
std::string proc_fd(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// Opens the inode behind `fd` afresh with `flags`; the fd or -errno.
// O_NONBLOCK keeps a host lease or lock from stalling vmproc.
int reopen(int fd, int flags) {
    int r;
    do r = ::open(proc_fd(fd).c_str(), flags | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : r;
}

// lstat of an fd (O_PATH fds included); 0 or -errno.
int stat_fd(int fd, struct stat& st) {
    return ::fstatat(fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) == 0 ? 0 : -errno;
}

// 0 or -errno of a libc call that returns -1 and sets errno.
int sys_result(int r) { return r < 0 ? -errno : 0; }

void fill_attr(const struct stat& st, tandem_fs_attr& a) {
    a = tandem_fs_attr{};
    a.ino = st.st_ino;
    a.size = static_cast<std::uint64_t>(st.st_size);
    a.blocks = static_cast<std::uint64_t>(st.st_blocks);
    a.rdev = st.st_rdev;
    a.mode = st.st_mode;
    a.nlink = static_cast<std::uint32_t>(st.st_nlink);
    a.uid = st.st_uid;
    a.gid = st.st_gid;
    a.atime_sec = st.st_atim.tv_sec;
    a.mtime_sec = st.st_mtim.tv_sec;
    a.ctime_sec = st.st_ctim.tv_sec;
    a.atime_nsec = static_cast<std::uint32_t>(st.st_atim.tv_nsec);
    a.mtime_nsec = static_cast<std::uint32_t>(st.st_mtim.tv_nsec);
    a.ctime_nsec = static_cast<std::uint32_t>(st.st_ctim.tv_nsec);
    a.blksize = static_cast<std::uint32_t>(st.st_blksize);
}

// reply.attr of a node's inode; 0 or -errno.
int attr_of(int fd, tandem_fs_attr& a) {
    struct stat st;
    int r = stat_fd(fd, st);
    if (r == 0) fill_attr(st, a);
    return r;
}

// An O_PATH fd of `name` beneath `dirfd`, refusing host pseudo file
// systems (a /proc mounted inside an export, for instance).  Some file
// systems (9p) cannot fstatfs an O_PATH fd of a symlink; a symlink is never
// a mount point, so its directory's file system is asked instead.
int lookup_fd(int dirfd, const char* name) {
    int fd = openat2_beneath(dirfd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return fd;
    struct statfs sfs;
    bool ok = ::fstatfs(fd, &sfs) == 0;
    struct stat st;
    if (!ok && ::fstatat(fd, "", &st, AT_EMPTY_PATH) == 0 && S_ISLNK(st.st_mode)) ok = ::fstatfs(dirfd, &sfs) == 0;
    if (!ok || is_pseudo_fs(static_cast<std::int64_t>(sfs.f_type))) {
        ::close(fd);
        return -EACCES;
    }
    return fd;
}

// Re-opens a node for I/O after checking that it is a regular file or a
// directory, and checks again on the result; the fd or -errno.
int open_node(const FsNode& n, int flags) {
    if (S_ISLNK(n.type)) return -ELOOP;
    if (!S_ISREG(n.type) && !S_ISDIR(n.type)) return -EACCES;
    int fd = reopen(n.fd, flags | (S_ISDIR(n.type) ? O_DIRECTORY : 0));
    if (fd < 0) return fd;
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_dev != n.dev || st.st_ino != n.ino ||
        (st.st_mode & S_IFMT) != n.type) {
        ::close(fd);
        return -EACCES;
    }
    return fd;
}

// The set-user-ID and set-group-ID bits a nosuid export never lets the
// guest leave on a host object: set-user-ID on anything, set-group-ID on
// anything but a directory (there it only picks the group of new entries).
// Like a nosuid mount and virtiofsd's killpriv, so that a guest cannot make
// a program that runs with the host uid of whoever runs tandem (root).
mode_t privilege_bits(mode_t type) { return S_ISUID | (S_ISDIR(type) ? 0 : S_ISGID); }

// The permission bits the guest may set on an object of `type`.
mode_t allowed_mode(std::uint32_t mode, mode_t type, bool nosuid) {
    mode_t m = static_cast<mode_t>(mode & 07777);
    return nosuid ? m & ~privilege_bits(type) : m;
}

// Clears the privilege bits of the file behind `fd` if it has any (after a
// write or truncation by the guest, as Linux does for an unprivileged writer).
void strip_privileges(int fd) {
    struct stat st;
    if (::fstat(fd, &st) != 0) return;
    mode_t bits = privilege_bits(st.st_mode & S_IFMT);
    // Linux clears set-group-ID on write only with group execute (else it is a lock mark).
    if (!(st.st_mode & S_IXGRP)) bits &= ~S_ISGID;
    if (st.st_mode & bits) ::fchmod(fd, st.st_mode & 07777 & ~bits);
}

// Sets the exact permission bits the guest asked for (the host umask would
// otherwise strip some), keeping a set-group-ID bit the host inherited.
void set_exact_mode(int node_fd, std::uint32_t mode) {
    struct stat st;
    if (stat_fd(node_fd, st) != 0) return;
    mode_t want = (mode & 07777) | (st.st_mode & S_ISGID);
    if ((st.st_mode & 07777) != want) ::fchmodat(AT_FDCWD, proc_fd(node_fd).c_str(), want, 0);
}

// Where the host currently has the object behind `fd` (its /proc/self/fd
// link), or "" if the kernel cannot say.
std::string current_path(int fd) {
    char buf[PATH_MAX + 1];
    ssize_t n = ::readlink(proc_fd(fd).c_str(), buf, sizeof buf);
    if (n <= 0 || n > PATH_MAX) return {};
    return std::string(buf, static_cast<std::size_t>(n));
}

// True if `path` is `root` or lies beneath it (component-wise).
bool path_beneath(const std::string& path, const std::string& root) {
    if (root == "/") return !path.empty() && path[0] == '/';
    return path.size() >= root.size() && path.compare(0, root.size(), root) == 0 &&
           (path.size() == root.size() || path[root.size()] == '/');
}

// Timestamp for utimensat from a SETATTR time, honouring "now" and "omit".
bool make_time(bool set, std::int64_t sec, std::uint32_t nsec, timespec& ts) {
    if (!set) {
        ts = {0, UTIME_OMIT};
        return true;
    }
    if (nsec == TANDEM_FS_TIME_NOW) {
        ts = {0, UTIME_NOW};
        return true;
    }
    if (nsec >= 1000000000u) return false;
    ts = {static_cast<time_t>(sec), static_cast<long>(nsec)};
    return true;
}

} // namespace

// The reply of every op that hands out a node: its id and attributes.
std::int64_t FsOps::entry_reply(std::int64_t id, tandem_fs_reply& rep) {
    if (id < 0) return id;
    FsNode* n = nodes_.node(static_cast<std::uint64_t>(id));
    int r = n ? attr_of(n->fd, rep.attr) : -ESTALE;
    if (r < 0) {
        nodes_.forget(static_cast<std::uint64_t>(id), 1);
        return r;
    }
    rep.node = static_cast<std::uint64_t>(id);
    return 0;
}

// A node reaches its inode whatever happens to paths, so a directory that a
// host process moves out of an export would stay reachable through the node
// the guest holds, and with it everything the directory holds now.  Every op
// that starts from a node (lookups, opens, creations, mutations) first asks
// the host where the node is now; outside its export it answers -ENOENT, as
// if the guest's path had gone (which, in the export, it has).  Handles
// already open stay usable, as open files do on Linux.
int FsOps::check_reachable(const FsNode& n) const {
    const auto& list = exports_.list();
    if (n.export_index >= list.size()) return -ESTALE;
    std::string root = current_path(list[n.export_index].fd);
    if (root == "/") return 0; // everything is beneath the host's root
    std::string here = current_path(n.fd);
    return !root.empty() && path_beneath(here, root) ? 0 : -ENOENT;
}

bool FsOps::nosuid(std::uint32_t export_index) const {
    const auto& list = exports_.list();
    return export_index >= list.size() || !list[export_index].keep_suid;
}

// The one way a guest name becomes a host object: a single component beneath
// a directory node, never following a symlink, never into a pseudo fs.
std::int64_t FsOps::lookup_child(std::uint64_t dir_id, const FsNode& dir, const std::string& name) {
    if (!S_ISDIR(dir.type)) return -ENOTDIR;
    if (dir.pseudo) return -EACCES;
    if (int r = check_reachable(dir); r < 0) return r;
    int fd = lookup_fd(dir.fd, name.c_str());
    if (fd < 0) return fd;
    return nodes_.add_node(fd, dir.export_index, dir.read_only, false, dir_id, name);
}

// Common checks of ops that change a directory's entries.
std::int64_t FsOps::mutable_dir(std::uint64_t id, FsNode*& dir) {
    dir = nodes_.node(id);
    if (!dir) return -ESTALE;
    if (!S_ISDIR(dir->type)) return -ENOTDIR;
    if (dir->pseudo) return -EACCES;
    if (dir->read_only) return -EROFS;
    return check_reachable(*dir);
}

// GETATTR: stat of the node's own inode.
std::int64_t FsOps::getattr(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* n = nodes_.node(c.req.node);
    if (!n) return -ESTALE;
    return attr_of(n->fd, rep.attr);
}

// LOOKUP: a new reference to the child node.
std::int64_t FsOps::lookup(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* dir = nodes_.node(c.req.node);
    if (!dir) return -ESTALE;
    return entry_reply(lookup_child(c.req.node, *dir, c.name), rep);
}

// FORGET: the guest dropped `offset` references.
std::int64_t FsOps::forget(const FsCall& c) { return nodes_.forget(c.req.node, c.req.offset); }

// OPEN: a handle on a regular file or directory; everything else refused
// before any open(2), so no FIFO or device is ever opened.
std::int64_t FsOps::open(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* n = nodes_.node(c.req.node);
    if (!n) return -ESTALE;
    const std::uint32_t flags = c.req.flags;
    const int acc = static_cast<int>(flags & O_ACCMODE);
    if (acc == O_ACCMODE) return -EINVAL;
    if (n->pseudo) return -EACCES;
    if (S_ISLNK(n->type)) return -ELOOP;
    if (!S_ISREG(n->type) && !S_ISDIR(n->type)) return -EACCES;
    const bool writes = acc != O_RDONLY || (flags & O_TRUNC);
    if (S_ISDIR(n->type) && writes) return -EISDIR;
    if ((flags & O_DIRECTORY) && !S_ISDIR(n->type)) return -ENOTDIR;
    if (writes && n->read_only) return -EROFS;
    if (int r = check_reachable(*n); r < 0) return r;
    int fd = open_node(*n, acc | static_cast<int>(flags & (O_TRUNC | O_APPEND)));
    if (fd < 0) return fd;
    FsHandle h{fd, n->export_index, n->read_only, S_ISDIR(n->type) != 0, (flags & O_APPEND) != 0};
    h.node = c.req.node;
    h.flags = acc | static_cast<int>(flags & O_APPEND) | (h.is_dir ? O_DIRECTORY : 0);
    h.strip_on_write = writes && !h.is_dir && nosuid(n->export_index);
    if (h.strip_on_write && (flags & O_TRUNC)) strip_privileges(fd);
    std::int64_t id = nodes_.add_handle(h);
    if (id < 0) return id;
    rep.handle = static_cast<std::uint64_t>(id);
    return 0;
}

// CLOSE: ends a handle.
std::int64_t FsOps::close(const FsCall& c) { return nodes_.close_handle(c.req.node); }

// READ: pread straight into guest memory.
std::int64_t FsOps::read(const FsCall& c) {
    FsHandle* h = nodes_.handle(c.req.node);
    if (!h) return -EBADF;
    if (h->is_dir) return -EISDIR;
    if (c.req.offset > kMaxOffset) return -EINVAL;
    ssize_t n;
    do n = ::pread(h->fd, c.buf, c.req.len, static_cast<off_t>(c.req.offset));
    while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

// WRITE: pwrite from guest memory; O_APPEND handles report the new end.
std::int64_t FsOps::write(const FsCall& c, tandem_fs_reply& rep) {
    FsHandle* h = nodes_.handle(c.req.node);
    if (!h) return -EBADF;
    if (h->read_only) return -EROFS;
    if (h->is_dir) return -EISDIR;
    if (h->strip_on_write) {
        strip_privileges(h->fd);
        h->strip_on_write = false; // only the guest could set them again, and SETATTR strips
    }
    ssize_t n;
    if (h->append) {
        // The host file's own offset: O_APPEND moves it to the end first.
        do n = ::write(h->fd, c.buf, c.req.len);
        while (n < 0 && errno == EINTR);
        if (n < 0) return -errno;
        off_t end = ::lseek(h->fd, 0, SEEK_CUR);
        if (end >= 0) rep.offset = static_cast<std::uint64_t>(end);
        return n;
    }
    if (c.req.offset > kMaxOffset) return -EINVAL;
    do n = ::pwrite(h->fd, c.buf, c.req.len, static_cast<off_t>(c.req.offset));
    while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

// READDIR: packed records from getdents64.  Cookies are the host's d_off
// values (the position after each entry), which the host file system keeps
// stable across calls and seeks.
std::int64_t FsOps::readdir(const FsCall& c, tandem_fs_reply& rep) {
    FsHandle* h = nodes_.handle(c.req.node);
    if (!h) return -EBADF;
    if (!h->is_dir) return -ENOTDIR;
    if (c.req.offset > kMaxOffset) return -EINVAL;
    if (::lseek(h->fd, static_cast<off_t>(c.req.offset), SEEK_SET) < 0) return -errno;
    std::uint64_t cookie = c.req.offset;
    std::uint32_t used = 0;
    bool full = false;
    while (!full) {
        long got = ::syscall(SYS_getdents64, h->fd, dirents_.data(), dirents_.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return -errno;
        if (got == 0) break;
        for (long pos = 0; pos < got;) {
            auto* d = reinterpret_cast<dirent64*>(dirents_.data() + pos);
            pos += d->d_reclen;
            std::size_t len = ::strnlen(d->d_name, TANDEM_FS_NAME_MAX + 1);
            bool dots = (len == 1 && d->d_name[0] == '.') ||
                        (len == 2 && d->d_name[0] == '.' && d->d_name[1] == '.');
            if (!dots && len <= TANDEM_FS_NAME_MAX) {
                std::uint32_t reclen = static_cast<std::uint32_t>((sizeof(tandem_fs_dirent) + len + 7) & ~std::size_t{7});
                if (reclen > c.req.len - used) {
                    full = true;
                    break;
                }
                tandem_fs_dirent rec{};
                rec.ino = d->d_ino;
                rec.reclen = static_cast<std::uint16_t>(reclen);
                rec.type = d->d_type;
                rec.name_len = static_cast<std::uint8_t>(len);
                std::memcpy(c.buf + used, &rec, sizeof rec);
                std::memcpy(c.buf + used + sizeof rec, d->d_name, len);
                std::memset(c.buf + used + sizeof rec + len, 0, reclen - sizeof rec - len);
                used += reclen;
            }
            cookie = static_cast<std::uint64_t>(d->d_off);
        }
    }
    if (full && used == 0) return -EINVAL; // not even one record fits
    rep.offset = cookie;
    return used;
}

// CREATE: O_EXCL creation beneath the directory; without O_EXCL an existing
// entry is looked up as a node and opened only if it is a regular file.
std::int64_t FsOps::create(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* dir = nullptr;
    if (std::int64_t r = mutable_dir(c.req.node, dir); r < 0) return r;
    const std::uint32_t flags = c.req.flags;
    const int acc = static_cast<int>(flags & O_ACCMODE);
    if (acc == O_ACCMODE) return -EINVAL;
    // O_APPEND is not in the contract's CREATE flags, but honouring it costs nothing.
    const int io_flags = acc | static_cast<int>(flags & (O_TRUNC | O_APPEND));
    // Refuse before touching the host: a file created for a full table would leak.
    if (!nodes_.has_room(2)) return -ENFILE;
    int fd = -EEXIST;
    for (int attempt = 0; attempt < 4 && fd == -EEXIST; attempt++) {
        fd = openat2_beneath(dir->fd, c.name.c_str(),
                             static_cast<std::uint64_t>(O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY |
                                                        O_NONBLOCK | io_flags),
                             allowed_mode(c.req.mode, S_IFREG, nosuid(dir->export_index)));
        if (fd >= 0) {
            // Created: make its permission bits exactly the guest's.
            ::fchmod(fd, allowed_mode(c.req.mode, S_IFREG, nosuid(dir->export_index)));
            break;
        }
        if (fd != -EEXIST || (flags & O_EXCL)) return fd;
        // It exists: open it only if it is a regular file, through its node.
        int pfd = lookup_fd(dir->fd, c.name.c_str());
        if (pfd == -ENOENT) continue; // removed meanwhile: try to create again
        if (pfd < 0) return pfd;
        struct stat st;
        if (int r = stat_fd(pfd, st); r < 0) {
            ::close(pfd);
            return r;
        }
        FsNode probe;
        probe.fd = pfd;
        probe.type = st.st_mode & S_IFMT;
        probe.dev = st.st_dev;
        probe.ino = st.st_ino;
        fd = S_ISDIR(probe.type) ? -EISDIR : open_node(probe, io_flags);
        ::close(pfd);
        if (fd < 0) return fd;
    }
    if (fd < 0) return fd;
    int pfd = reopen(fd, O_PATH);
    if (pfd < 0) {
        ::close(fd);
        return pfd;
    }
    std::int64_t id = nodes_.add_node(pfd, dir->export_index, dir->read_only, false, c.req.node, c.name);
    if (id < 0) {
        ::close(fd);
        return id;
    }
    FsHandle h{fd, dir->export_index, dir->read_only, false, (flags & O_APPEND) != 0};
    h.node = static_cast<std::uint64_t>(id);
    h.flags = acc | static_cast<int>(flags & O_APPEND);
    h.strip_on_write = acc != O_RDONLY && nosuid(dir->export_index);
    if (h.strip_on_write && (flags & O_TRUNC)) strip_privileges(fd);
    std::int64_t handle = nodes_.add_handle(h);
    if (handle < 0) {
        nodes_.forget(static_cast<std::uint64_t>(id), 1);
        return handle;
    }
    std::int64_t r = entry_reply(id, rep);
    if (r < 0) {
        nodes_.close_handle(static_cast<std::uint64_t>(handle));
        return r;
    }
    rep.handle = static_cast<std::uint64_t>(handle);
    return 0;
}

// MKDIR: a new directory with exactly the guest's mode, as a node.
std::int64_t FsOps::mkdir(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* dir = nullptr;
    if (std::int64_t r = mutable_dir(c.req.node, dir); r < 0) return r;
    if (!nodes_.has_room(1)) return -ENFILE;
    if (::mkdirat(dir->fd, c.name.c_str(), static_cast<mode_t>(c.req.mode & 07777)) != 0) return -errno;
    std::int64_t id = lookup_child(c.req.node, *dir, c.name);
    if (id < 0) return id;
    set_exact_mode(nodes_.node(static_cast<std::uint64_t>(id))->fd,
                   allowed_mode(c.req.mode, S_IFDIR, nosuid(dir->export_index)));
    return entry_reply(id, rep);
}

// MKNOD: a FIFO or a socket's name, nothing else (the exports are nodev).
// Neither is ever opened here: the guest kernel keeps a FIFO's data and a
// socket's connections itself, the host file only names them.
std::int64_t FsOps::mknod(const FsCall& c, tandem_fs_reply& rep) {
    const mode_t type = static_cast<mode_t>(c.req.mode & S_IFMT);
    if (c.req.mode & ~static_cast<std::uint32_t>(S_IFMT | 07777)) return -EINVAL;
    if (type != S_IFIFO && type != S_IFSOCK) return -EPERM;
    FsNode* dir = nullptr;
    if (std::int64_t r = mutable_dir(c.req.node, dir); r < 0) return r;
    if (!nodes_.has_room(1)) return -ENFILE;
    const mode_t perm = allowed_mode(c.req.mode, type, nosuid(dir->export_index));
    if (::mknodat(dir->fd, c.name.c_str(), type | perm, 0) != 0) return -errno;
    std::int64_t id = lookup_child(c.req.node, *dir, c.name);
    if (id < 0) return id;
    set_exact_mode(nodes_.node(static_cast<std::uint64_t>(id))->fd, perm);
    return entry_reply(id, rep);
}

// UNLINK and RMDIR: remove one entry of a directory node.
std::int64_t FsOps::unlink(const FsCall& c, bool directory) {
    FsNode* dir = nullptr;
    if (std::int64_t r = mutable_dir(c.req.node, dir); r < 0) return r;
    // The name goes: a node found by it must keep its fd (the guest may
    // still use the removed file, and no path would lead back to it).
    if (std::uint64_t victim = nodes_.child(c.req.node, c.name)) nodes_.pin(victim);
    return sys_result(::unlinkat(dir->fd, c.name.c_str(), directory ? AT_REMOVEDIR : 0));
}

// RENAME: within one export only; RENAME_NOREPLACE/EXCHANGE pass through.
std::int64_t FsOps::rename(const FsCall& c) {
    FsNode* from = nodes_.node(c.req.node);
    FsNode* to = nodes_.node(c.req.node2);
    if (!from || !to) return -ESTALE;
    if (!S_ISDIR(from->type) || !S_ISDIR(to->type)) return -ENOTDIR;
    if (from->export_index != to->export_index) return -EXDEV;
    if (from->pseudo || to->pseudo) return -EACCES;
    if (from->read_only) return -EROFS;
    if (int r = check_reachable(*from); r < 0) return r;
    if (int r = check_reachable(*to); r < 0) return r;
    if (c.req.flags & ~static_cast<std::uint32_t>(RENAME_NOREPLACE | RENAME_EXCHANGE)) return -EINVAL;
    const bool exchange = c.req.flags & RENAME_EXCHANGE;
    std::uint64_t moving = nodes_.child(c.req.node, c.name);
    std::uint64_t target = nodes_.child(c.req.node2, c.name2);
    // A replaced target loses its name: keep its node's fd (as for UNLINK).
    if (target && !exchange && !(c.req.flags & RENAME_NOREPLACE)) nodes_.pin(target);
    int r = sys_result(::renameat2(from->fd, c.name.c_str(), to->fd, c.name2.c_str(), c.req.flags));
    if (r < 0) return r;
    // Nodes remember where they were found, to be re-opened from there.
    if (moving) nodes_.moved(moving, c.req.node2, c.name2);
    if (target && exchange) nodes_.moved(target, c.req.node, c.name);
    return 0;
}

// SYMLINK: a new symlink node holding the guest's target text.
std::int64_t FsOps::symlink(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* dir = nullptr;
    if (std::int64_t r = mutable_dir(c.req.node, dir); r < 0) return r;
    if (!nodes_.has_room(1)) return -ENFILE;
    // The target is stored as text, never resolved by the host.
    if (::symlinkat(c.name2.c_str(), dir->fd, c.name.c_str()) != 0) return -errno;
    return entry_reply(lookup_child(c.req.node, *dir, c.name), rep);
}

// READLINK: the target text of a symlink node, for the guest to resolve.
std::int64_t FsOps::readlink(const FsCall& c) {
    FsNode* n = nodes_.node(c.req.node);
    if (!n) return -ESTALE;
    if (!S_ISLNK(n->type)) return -EINVAL;
    char text[TANDEM_FS_PATH_MAX];
    ssize_t len = ::readlinkat(n->fd, "", text, sizeof text);
    if (len < 0) return -errno;
    std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(len), c.req.len);
    if (k) std::memcpy(c.buf, text, k);
    return static_cast<std::int64_t>(k);
}

// LINK: a new name for a non-directory node, within one export.
std::int64_t FsOps::link(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* src = nodes_.node(c.req.node);
    FsNode* dir = nodes_.node(c.req.node2);
    if (!src || !dir) return -ESTALE;
    if (S_ISDIR(src->type)) return -EPERM;
    if (!S_ISDIR(dir->type)) return -ENOTDIR;
    if (src->export_index != dir->export_index) return -EXDEV;
    if (src->pseudo || dir->pseudo) return -EACCES;
    if (dir->read_only) return -EROFS;
    if (int r = check_reachable(*src); r < 0) return r;
    if (int r = check_reachable(*dir); r < 0) return r;
    // Linking through the magic link names the node's inode itself (a
    // symlink node links the symlink), with no guest path involved.
    if (::linkat(AT_FDCWD, proc_fd(src->fd).c_str(), dir->fd, c.name2.c_str(), AT_SYMLINK_FOLLOW) != 0)
        return -errno;
    return attr_of(src->fd, rep.attr);
}

// SETATTR: size, then mode, then times, all on the node's own inode.
std::int64_t FsOps::setattr(const FsCall& c, tandem_fs_reply& rep) {
    FsNode* n = nodes_.node(c.req.node);
    if (!n) return -ESTALE;
    const std::uint32_t valid = c.req.valid;
    const std::uint32_t known = TANDEM_FS_SET_MODE | TANDEM_FS_SET_SIZE | TANDEM_FS_SET_ATIME | TANDEM_FS_SET_MTIME;
    if (valid & known) {
        if (n->pseudo) return -EACCES;
        if (n->read_only) return -EROFS;
        if (int r = check_reachable(*n); r < 0) return r;
    }
    timespec times[2];
    if (!make_time(valid & TANDEM_FS_SET_ATIME, c.req.atime_sec, c.req.atime_nsec, times[0]) ||
        !make_time(valid & TANDEM_FS_SET_MTIME, c.req.mtime_sec, c.req.mtime_nsec, times[1]))
        return -EINVAL;
    if (valid & TANDEM_FS_SET_SIZE) {
        if (S_ISDIR(n->type)) return -EISDIR;
        if (!S_ISREG(n->type)) return -EINVAL;
        if (c.req.size > kMaxOffset) return -EFBIG;
        int fd = open_node(*n, O_WRONLY);
        if (fd < 0) return fd;
        int r = sys_result(::ftruncate(fd, static_cast<off_t>(c.req.size)));
        if (r == 0 && nosuid(n->export_index)) strip_privileges(fd);
        ::close(fd);
        if (r < 0) return r;
    }
    const std::string self = proc_fd(n->fd);
    if (valid & TANDEM_FS_SET_MODE) {
        if (S_ISLNK(n->type)) return -EOPNOTSUPP;
        mode_t mode = allowed_mode(c.req.mode, n->type, nosuid(n->export_index));
        if (::fchmodat(AT_FDCWD, self.c_str(), mode, 0) != 0) return -errno;
    }
    if (valid & (TANDEM_FS_SET_ATIME | TANDEM_FS_SET_MTIME)) {
        // Through the magic link this reaches the node itself, even a symlink.
        if (::utimensat(AT_FDCWD, self.c_str(), times, 0) != 0) return -errno;
    }
    return attr_of(n->fd, rep.attr);
}

// STATFS: the host file system's numbers, read-only for read-only exports.
std::int64_t FsOps::statfs(const FsCall& c) {
    FsNode* n = nodes_.node(c.req.node);
    if (!n) return -ESTALE;
    if (c.req.len < sizeof(tandem_fs_statfs)) return -EINVAL;
    struct statfs s;
    if (::fstatfs(n->fd, &s) != 0) return -errno;
    tandem_fs_statfs out{};
    out.type = static_cast<std::uint64_t>(s.f_type);
    out.bsize = static_cast<std::uint64_t>(s.f_bsize);
    out.blocks = s.f_blocks;
    out.bfree = s.f_bfree;
    out.bavail = s.f_bavail;
    out.files = s.f_files;
    out.ffree = s.f_ffree;
    out.namelen = static_cast<std::uint64_t>(s.f_namelen);
    out.flags = (n->read_only || (s.f_flags & ST_RDONLY)) ? ST_RDONLY : 0;
    std::memcpy(c.buf, &out, sizeof out);
    return sizeof out;
}

// FSYNC: flush a handle's file.
std::int64_t FsOps::fsync(const FsCall& c) {
    FsHandle* h = nodes_.handle(c.req.node);
    if (!h) return -EBADF;
    return sys_result(::fsync(h->fd));
}

// EXPORTS: every export with a referenced root node, in mount order.
std::int64_t FsOps::exports(const FsCall& c) {
    const auto& list = exports_.list();
    if (c.req.len < list.size() * sizeof(tandem_fs_export)) return -ERANGE;
    std::vector<std::uint64_t> taken;
    for (std::size_t i = 0; i < list.size(); i++) {
        const FsExport& e = list[i];
        int fd = ::fcntl(e.fd, F_DUPFD_CLOEXEC, 0);
        std::int64_t id = fd < 0 ? -errno : nodes_.add_node(fd, static_cast<std::uint32_t>(i), e.read_only, e.pseudo);
        if (id < 0) {
            for (std::uint64_t t : taken) nodes_.forget(t, 1);
            return id;
        }
        taken.push_back(static_cast<std::uint64_t>(id));
        tandem_fs_export out{};
        out.root = static_cast<std::uint64_t>(id);
        out.flags = e.read_only ? TANDEM_FS_EXPORT_RO : 0;
        // The host parent's inode number, for the root's ".." in a listing
        // (as the host's own directory lists it); nothing else of it leaves.
        struct stat parent;
        if (::fstatat(e.fd, "..", &parent, AT_SYMLINK_NOFOLLOW) == 0) out.parent_ino = parent.st_ino;
        std::size_t n = std::min(e.guest.size(), sizeof out.path - 1);
        std::memcpy(out.path, e.guest.data(), n);
        std::memcpy(c.buf + i * sizeof out, &out, sizeof out);
    }
    return static_cast<std::int64_t>(list.size());
}

} // namespace tandem
