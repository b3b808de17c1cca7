// The host side of the guest's address layout: the two reserved ranges and
// guest-physical memory, a memfd vmproc maps at the direct map when it runs
// guest code itself (composite mode) and anywhere otherwise.
#pragma once

#include <cstdint>

#include "result.h"

namespace tandem {

// Reserves [TANDEM_DIRECT_MAP_BASE, TANDEM_DIRECT_MAP_TOP) with PROT_NONE so
// that the host never places a mapping there.  Must run before anything is
// loaded.  The user window is not reserved: it is Linux's whole user space,
// vmproc's own included, and the guest never runs on vmproc's page tables
// (composite mode's guest runs on the module's, user-only mode's in space
// processes).
Status reserve_guest_ranges();

// Where vmproc maps guest memory in its own address space.
enum class GuestPlacement {
    // Over the reserved direct map, at TANDEM_DIRECT_MAP_BASE: composite mode,
    // where the module and vmlib's cp_setup (run in vmproc) address guest
    // memory there.  reserve_guest_ranges() must have run.
    DirectMap,
    // Wherever the host kernel puts it: user-only mode, where guest code runs
    // only in space processes and vmproc reaches guest memory through base().
    // The guest's fixed ranges then stay free in vmproc (ASan keeps its
    // shadow memory in them: README.md, "Build tiers").
    Anywhere,
};

class GuestMemory {
public:
    // Creates the memfd, sizes it and maps it where `where` says.
    static Result<GuestMemory> create(std::uint64_t size, GuestPlacement where);

    GuestMemory(GuestMemory&& other) noexcept;
    GuestMemory& operator=(GuestMemory&&) = delete;
    ~GuestMemory();

    // Host pointer to guest-physical 0 (TANDEM_DIRECT_MAP_BASE with DirectMap).
    std::uint8_t* base() const { return base_; }
    std::uint64_t size() const { return size_; }
    int memfd() const { return fd_; }
    // Bytes of the memory file the host has allocated (pages the guest or
    // a space touched since they were last given back), for --stats.
    std::uint64_t host_bytes() const;
    // Gives back the pages of guest-physical [0, end) so that they read as
    // zero (a restart: the next guest must not see the old one's memory;
    // what lies above `end`, the --pmem region, is kept).
    Status wipe_below(std::uint64_t end);
    // Host pointer of a guest-physical address known to be in range.
    template <typename T>
    T* at(std::uint64_t phys) const { return reinterpret_cast<T*>(base_ + phys); }

private:
    GuestMemory(int fd, std::uint8_t* base, std::uint64_t size, GuestPlacement where)
        : fd_(fd), base_(base), size_(size), where_(where) {}
    int fd_ = -1;
    std::uint8_t* base_ = nullptr;
    std::uint64_t size_ = 0;
    GuestPlacement where_ = GuestPlacement::Anywhere;
};

} // namespace tandem
