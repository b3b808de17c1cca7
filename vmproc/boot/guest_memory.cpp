// Reservation of the guest ranges and creation of guest-physical memory
// (docs/PLATFORM.md "Address layout").
#include "guest_memory.h"

#include <tandem/platform.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

namespace tandem {

static std::string hex(std::uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

// One PROT_NONE reservation; fails if anything is already mapped there (or an
// old kernel ignored MAP_FIXED_NOREPLACE and placed it elsewhere).
static Status reserve(std::uint64_t start, std::uint64_t end, const char* what) {
    void* want = reinterpret_cast<void*>(start);
    void* got = ::mmap(want, end - start, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (got == MAP_FAILED) {
        int err = errno;
        std::string why = err == EEXIST ? "something is already mapped there" : std::strerror(err);
        return Error{std::string("cannot reserve the guest ") + what + " [" + hex(start) + ", " +
                     hex(end) + "): " + why};
    }
    if (got != want) {
        ::munmap(got, end - start);
        return Error{std::string("cannot reserve the guest ") + what + " [" + hex(start) + ", " +
                     hex(end) + "): the host kernel lacks MAP_FIXED_NOREPLACE"};
    }
    return ok_status();
}

Status reserve_guest_ranges() {
    TANDEM_CHECK(reserve(TANDEM_DIRECT_MAP_BASE, TANDEM_DIRECT_MAP_TOP, "direct map"));
    return ok_status();
}

Result<GuestMemory> GuestMemory::create(std::uint64_t size, GuestPlacement where) {
    int fd = ::memfd_create("tandem-guest", MFD_CLOEXEC);
    if (fd < 0) return Error{std::string("guest memory: memfd_create: ") + std::strerror(errno)};
    if (::ftruncate(fd, static_cast<off_t>(size)) != 0) {
        int err = errno;
        ::close(fd);
        return Error{"guest memory: cannot size it to " + std::to_string(size) + " bytes: " +
                     std::strerror(err)};
    }
    void* got;
    if (where == GuestPlacement::DirectMap) {
        void* want = reinterpret_cast<void*>(TANDEM_DIRECT_MAP_BASE);
        got = ::mmap(want, size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_SHARED | MAP_FIXED, fd, 0);
    } else {
        got = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    }
    if (got == MAP_FAILED) {
        int err = errno;
        ::close(fd);
        return Error{std::string("guest memory: cannot map it: ") + std::strerror(err)};
    }
    return GuestMemory(fd, static_cast<std::uint8_t*>(got), size, where);
}

GuestMemory::GuestMemory(GuestMemory&& other) noexcept
    : fd_(other.fd_), base_(other.base_), size_(other.size_), where_(other.where_) {
    other.fd_ = -1;
    other.base_ = nullptr;
    other.size_ = 0;
}

std::uint64_t GuestMemory::host_bytes() const {
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return 0;
    return static_cast<std::uint64_t>(st.st_blocks) * 512;
}

// Punching a hole frees the memfd's pages, which is faster than writing
// zeros over them and returns the memory to the host; every mapping of the
// memfd (ours, the space processes') then reads zeros there.
Status GuestMemory::wipe_below(std::uint64_t end) {
    if (end > size_) end = size_;
    if (::fallocate(fd_, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, static_cast<off_t>(end)) == 0)
        return ok_status();
    int err = errno;
    if (err != EOPNOTSUPP) return Error{std::string("guest memory: cannot wipe it: ") + std::strerror(err)};
    std::memset(base_, 0, end);
    return ok_status();
}

// At the direct map, puts the reservation back rather than unmapping, so the
// direct map stays off limits to the host for the rest of the process's life.
GuestMemory::~GuestMemory() {
    if (base_ && where_ == GuestPlacement::DirectMap)
        ::mmap(base_, size_, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    else if (base_)
        ::munmap(base_, size_);
    if (fd_ >= 0) ::close(fd_);
}

} // namespace tandem
