// Open files and per-process descriptor tables.  A File is an open object
// with operations (the console today; pipes and host files later); an
// FdTable maps small integers to Files.
#pragma once

#include "fs/stat.h"
#include "lib/types.h"

class File {
public:
    virtual ~File() = default;
    // Operations take user pointers; each returns a count or -errno.
    virtual long read(void* ubuf, size_t n);
    virtual long write(const void* ubuf, size_t n);
    virtual long ioctl(u64 cmd, u64 arg);
    virtual long seek(i64 off, int whence);
    virtual long stat(LinuxStat* st) = 0;

    void get() { refs_++; }
    // Drops a reference; the last one destroys the file.
    void put();

    u32 status_flags = 0; // O_RDONLY/O_WRONLY/O_RDWR, O_APPEND, O_NONBLOCK

private:
    u32 refs_ = 1;
};

constexpr int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
constexpr int O_CLOEXEC = 02000000;

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
    // Installs f at the lowest free fd >= min_fd; returns the fd or -EMFILE.
    int install(File* f, int min_fd, bool cloexec);
    // Installs f at exactly fd, closing what was there.
    int install_at(File* f, int fd, bool cloexec);
    int close(int fd);
    bool cloexec(int fd) const { return cloexec_[fd / 64] >> (fd % 64) & 1; }
    void set_cloexec(int fd, bool on);

    FdTable() = default;
    ~FdTable() = default;

private:
    File* files_[kMaxFds] = {};
    u64 cloexec_[kMaxFds / 64] = {};
    u32 refs_ = 1;
};

// The console as a file (a character device).
File* make_console_file();
