// Whole-region copies: the region is at most 1 GiB and is copied at start,
// at a failure and at the end, never while the guest runs.
#include "pmem_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/options.h"

namespace tandem {

namespace {
std::string sys_error(const std::string& path, const char* what) {
    return "--pmem: " + path + ": " + what + ": " + std::strerror(errno);
}
} // namespace

Result<PmemStore> PmemStore::open(const std::string& path, std::uint64_t size) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return Error{sys_error(path, "cannot open")};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Error{"--pmem: " + path + " is in use by another tandem"};
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        Error e{sys_error(path, "fstat")};
        ::close(fd);
        return e;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{"--pmem: " + path + " is not a regular file"};
    }
    const std::uint64_t have = static_cast<std::uint64_t>(st.st_size);
    if (have == 0) {
        // New (or empty): make it the region's size, all zeros.
        if (::ftruncate(fd, static_cast<off_t>(size)) != 0) {
            Error e{sys_error(path, "cannot size it")};
            ::close(fd);
            return e;
        }
    } else if (have != size) {
        ::close(fd);
        return Error{"--pmem: " + path + " holds " + format_size(have) + ", not the " + format_size(size) +
                     " asked for (use the file's size, or another file)"};
    }
    return PmemStore(fd, path, size);
}

PmemStore::PmemStore(PmemStore&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)), size_(other.size_) {
    other.fd_ = -1;
}

PmemStore::~PmemStore() {
    if (fd_ >= 0) ::close(fd_);
}

Status PmemStore::load(std::uint8_t* region) const {
    std::uint64_t done = 0;
    while (done < size_) {
        ssize_t n = ::pread(fd_, region + done, size_ - done, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return Error{sys_error(path_, "read")};
        if (n == 0) break; // shortened behind our back: the rest stays zero
        done += static_cast<std::uint64_t>(n);
    }
    return ok_status();
}

Status PmemStore::save(const std::uint8_t* region) const {
    std::uint64_t done = 0;
    while (done < size_) {
        ssize_t n = ::pwrite(fd_, region + done, size_ - done, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return Error{sys_error(path_, "write")};
        done += static_cast<std::uint64_t>(n);
    }
    if (::fdatasync(fd_) != 0) return Error{sys_error(path_, "fdatasync")};
    return ok_status();
}

} // namespace tandem
