// Reading guest memory from outside the guest, as copies, through direct-map
// addresses.  The guest may change the memory at any moment and may have
// written anything into it: every read is bounds-checked and returns a copy
// (never a pointer into guest memory), and a failed read is a value.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <cstring>
#include <optional>

namespace tandem {

class GuestView {
public:
    GuestView(const std::uint8_t* base, std::uint64_t size) : base_(base), size_(size) {}

    // Copies len bytes at direct-map address va into out; false if any of
    // them lies outside guest memory.
    bool read(std::uint64_t va, void* out, std::uint64_t len) const {
        if (va < TANDEM_DIRECT_MAP_BASE) return false;
        return read_phys(va - TANDEM_DIRECT_MAP_BASE, out, len);
    }
    // The same at a guest-physical address.
    bool read_phys(std::uint64_t phys, void* out, std::uint64_t len) const {
        if (phys > size_ || len > size_ - phys) return false;
        std::memcpy(out, base_ + phys, len);
        return true;
    }
    template <typename T> std::optional<T> get(std::uint64_t va) const {
        T v;
        if (!read(va, &v, sizeof v)) return std::nullopt;
        return v;
    }
    template <typename T> std::optional<T> get_phys(std::uint64_t phys) const {
        T v;
        if (!read_phys(phys, &v, sizeof v)) return std::nullopt;
        return v;
    }
    std::uint64_t size() const { return size_; }

private:
    const std::uint8_t* base_;
    std::uint64_t size_;
};

} // namespace tandem
