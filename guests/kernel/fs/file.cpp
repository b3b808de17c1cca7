// Default file operations and the descriptor table.
#include "fs/file.h"
#include "fs/epoll.h"
#include "fs/poll.h"
#include "fs/inode.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"

// Operations a file type does not support.
long File::read(void*, size_t) { return -EINVAL; }
long File::write(const void*, size_t) { return -EINVAL; }
long File::pread(void*, size_t, u64) { return -ESPIPE; }
long File::pwrite(const void*, size_t, u64) { return -ESPIPE; }
long File::ioctl(u64, u64) { return -ENOTTY; }
long File::seek(i64, int) { return -ESPIPE; }
long File::getdents(void*, size_t, bool) { return -ENOTDIR; }
u32 File::poll() { return POLLIN | POLLOUT; }
u64 File::poll_gen(u32) { return pollwait::generation(); }
long File::truncate(u64) { return -EINVAL; }
long File::read_kernel(void*, size_t) { return -EINVAL; }
long File::write_kernel(const void*, size_t) { return -EINVAL; }
long File::fsync() { return 0; }
long File::stat(LinuxStat* st) {
    if (!path.d || !path.d->inode) return -EBADF;
    inode::fill_stat(path.d->inode, st);
    return 0;
}
void* File::path_inode() { return path.d->inode; }

File::~File() {
    if (epoll_watches.linked()) epoll::forget_file(this);
    if (path.d) path_put(path);
}

int FdTable::limit() const {
    int n = kMaxFds;
    while (n > 0 && !files_[n - 1]) n--;
    return n;
}

void File::put() {
    if (--refs_ == 0) kdelete(this);
}

// The first process's table: stdin, stdout and stderr on the console.
FdTable* FdTable::create_console() {
    FdTable* t = knew<FdTable>();
    if (!t) return nullptr;
    File* con = make_console_file();
    for (int fd = 0; fd < 3; fd++) {
        con->get();
        t->files_[fd] = con;
    }
    con->put();
    return t;
}

// fork without CLONE_FILES: the same open files (shared offsets), own slots.
FdTable* FdTable::clone() {
    FdTable* t = knew<FdTable>();
    if (!t) return nullptr;
    for (int fd = 0; fd < kMaxFds; fd++) {
        if (!files_[fd]) continue;
        files_[fd]->get();
        t->files_[fd] = files_[fd];
    }
    memcpy(t->cloexec_, cloexec_, sizeof cloexec_);
    t->limit_ = limit_;
    return t;
}

// exec: closes every descriptor marked close-on-exec.
void FdTable::close_on_exec() {
    for (int fd = 0; fd < kMaxFds; fd++)
        if (files_[fd] && cloexec(fd)) close(fd);
}

// Closes everything when the last user goes.
void FdTable::put() {
    if (--refs_) return;
    for (int fd = 0; fd < kMaxFds; fd++)
        if (files_[fd]) files_[fd]->put();
    kdelete(this);
}

File* FdTable::get_file(int fd) {
    if (fd < 0 || fd >= kMaxFds) return nullptr;
    return files_[fd];
}

void FdTable::set_cloexec(int fd, bool on) {
    if (on) cloexec_[fd / 64] |= 1ull << (fd % 64);
    else cloexec_[fd / 64] &= ~(1ull << (fd % 64));
}

// Lowest free slot, as POSIX requires for open/dup.
int FdTable::install(File* f, int min_fd, bool cloexec) {
    for (int fd = min_fd < 0 ? 0 : min_fd; fd < limit_; fd++) {
        if (!files_[fd]) {
            files_[fd] = f;
            set_cloexec(fd, cloexec);
            return fd;
        }
    }
    return -EMFILE;
}

// dup2-style install.
int FdTable::install_at(File* f, int fd, bool cloexec) {
    if (fd < 0 || fd >= limit_) {
        f->put();
        return -EBADF;
    }
    if (files_[fd]) files_[fd]->put();
    files_[fd] = f;
    set_cloexec(fd, cloexec);
    return fd;
}

int FdTable::close(int fd) {
    File* f = get_file(fd);
    if (!f) return -EBADF;
    files_[fd] = nullptr;
    set_cloexec(fd, false);
    f->put();
    return 0;
}
