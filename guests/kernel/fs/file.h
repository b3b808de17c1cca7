// Open files and per-process descriptor tables.  A File is an open object
// with operations (console, pipe ends, inodes of the VFS, devices); an
// FdTable maps small integers to Files.
#pragma once

#include "fs/dcache.h"
#include "fs/stat.h"
#include "lib/list.h"
#include "lib/types.h"

struct Inode;

// poll(2) event bits.
constexpr u32 POLLIN = 0x1, POLLPRI = 0x2, POLLOUT = 0x4, POLLERR = 0x8, POLLHUP = 0x10, POLLNVAL = 0x20,
              POLLRDNORM = 0x40, POLLRDBAND = 0x80, POLLWRNORM = 0x100, POLLWRBAND = 0x200,
              POLLRDHUP = 0x2000;

class File {
public:
    virtual ~File();
    // Operations take user pointers; each returns a count or -errno.
    virtual long read(void* ubuf, size_t n);
    virtual long write(const void* ubuf, size_t n);
    virtual long pread(void* ubuf, size_t n, u64 off);
    virtual long pwrite(const void* ubuf, size_t n, u64 off);
    virtual long ioctl(u64 cmd, u64 arg);
    virtual long seek(i64 off, int whence);
    virtual long stat(LinuxStat* st);
    // getdents64 into a user buffer; with `legacy`, the getdents(2) layout
    // (struct linux_dirent: d_type in each record's last byte).
    virtual long getdents(void* ubuf, size_t n, bool legacy = false);
    // Readiness for poll/select (POLL* bits); never blocks.
    virtual u32 poll();
    // The inode behind the file (VFS files), or nullptr.
    virtual Inode* inode() { return path.d ? reinterpret_cast<Inode*>(path_inode()) : nullptr; }
    virtual long truncate(u64 size);
    // Devices whose memory mmap() maps (/dev/pmem0): the inode whose page
    // cache holds that memory; nullptr for every other file.
    virtual Inode* mapping_inode() { return nullptr; }
    virtual bool is_pipe() const { return false; }
    // Sockets (net/socket.h) answer the socket calls; other files ENOTSOCK.
    virtual bool is_socket() const { return false; }
    // False for files poll cannot wait on (regular files, directories):
    // epoll_ctl refuses them with EPERM, as Linux does.
    virtual bool pollable() const { return true; }
    // A counter that moves whenever readiness for `events` may have risen:
    // edge-triggered epoll reports a ready file again only after it moved.
    // The default is pollwait's global count of readiness changes.
    virtual u64 poll_gen(u32 events);
    // Files without a path (eventfd, epoll, ...): "[eventfd]" and so on, as
    // /proc/PID/fd shows them after "anon_inode:"; nullptr otherwise.
    virtual const char* anon_name() const { return nullptr; }
    // The same as read/write with a kernel buffer (splice, sendfile);
    // -EINVAL for files that do not support it.
    virtual long read_kernel(void* kbuf, size_t n);
    virtual long write_kernel(const void* kbuf, size_t n);
    virtual long fsync();

    void get() { refs_++; }
    // Drops a reference; the last one destroys the file.
    void put();

    u32 status_flags = 0; // O_RDONLY/O_WRONLY/O_RDWR, O_APPEND, O_NONBLOCK
    u64 pos = 0;          // the file offset (seekable files)
    Path path{};          // VFS files: where it was opened (holds a reference)
    ListNode epoll_watches; // epoll registrations of this file (fs/epoll.cpp)

private:
    void* path_inode();
    u32 refs_ = 1;
};

constexpr int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
constexpr int O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400, O_TRUNC = 01000, O_APPEND = 02000,
              O_NONBLOCK = 04000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000,
              O_PATH = 010000000, O_TMPFILE = 020200000, O_LARGEFILE = 0100000, O_DSYNC = 010000,
              O_NOATIME = 01000000;

class FdTable {
public:
    static constexpr int kMaxFds = 1024;

    // A table with fds 0, 1 and 2 open on the console.
    static FdTable* create_console();
    void get() { refs_++; }
    void put();
    // A copy for fork (same open files, own descriptor slots).
    FdTable* clone();
    void close_on_exec();

    // The file at fd (no reference taken), or nullptr.
    File* get_file(int fd);
    // Installs f at the lowest free fd >= min_fd below the limit; returns
    // the fd or -EMFILE.
    int install(File* f, int min_fd, bool cloexec);
    // Installs f at exactly fd (below the limit, else -EBADF), closing what was there.
    int install_at(File* f, int fd, bool cloexec);
    // RLIMIT_NOFILE's soft limit: new descriptors are below it (at most
    // kMaxFds, the table's size, which is also the hard limit's ceiling).
    int fd_limit() const { return limit_; }
    void set_fd_limit(u64 n) { limit_ = n < u64(kMaxFds) ? int(n) : kMaxFds; }
    int close(int fd);
    bool cloexec(int fd) const { return cloexec_[fd / 64] >> (fd % 64) & 1; }
    void set_cloexec(int fd, bool on);
    // Highest open fd + 1 (for /proc/self/fd and close_range).
    int limit() const;

    FdTable() = default;
    ~FdTable() = default;

private:
    File* files_[kMaxFds] = {};
    u64 cloexec_[kMaxFds / 64] = {};
    int limit_ = kMaxFds;
    u32 refs_ = 1;
};

// The console as a file (a character device), and the error console.
File* make_console_file();
File* make_error_console_file();
