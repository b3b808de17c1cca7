// The host side of the guest's address layout: the two reserved ranges and
// guest-physical memory, a memfd mapped at the direct map.
#pragma once

#include <cstdint>

#include "result.h"

namespace tandem {

// Reserves [TANDEM_USER_BASE, TANDEM_USER_TOP) and [TANDEM_DIRECT_MAP_BASE,
// TANDEM_DIRECT_MAP_TOP) with PROT_NONE so that the host never places a
// mapping there.  Must run before anything is loaded.
Status reserve_guest_ranges();

class GuestMemory {
public:
    // Creates the memfd, sizes it and maps it over the reserved direct map.
    static Result<GuestMemory> create(std::uint64_t size);

    GuestMemory(GuestMemory&& other) noexcept;
    GuestMemory& operator=(GuestMemory&&) = delete;
    ~GuestMemory();

    // Host pointer to guest-physical 0 (== TANDEM_DIRECT_MAP_BASE).
    std::uint8_t* base() const { return base_; }
    std::uint64_t size() const { return size_; }
    int memfd() const { return fd_; }
    // Host pointer of a guest-physical address known to be in range.
    template <typename T>
    T* at(std::uint64_t phys) const { return reinterpret_cast<T*>(base_ + phys); }

private:
    GuestMemory(int fd, std::uint8_t* base, std::uint64_t size) : fd_(fd), base_(base), size_(size) {}
    int fd_ = -1;
    std::uint8_t* base_ = nullptr;
    std::uint64_t size_ = 0;
};

} // namespace tandem
