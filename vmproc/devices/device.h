// Devices of the virtual machine as vmproc sees them: each owns a block of
// ports (docs/PLATFORM.md "Devices") and answers in/out exits for it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace tandem {

class Device {
public:
    virtual ~Device() = default;
    virtual const char* name() const = 0;
    virtual std::uint16_t port_base() const = 0;
    // An `out` to port_base + offset.  False if the device has no such register.
    virtual bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) = 0;
    // An `in` from port_base + offset; nullopt if there is no such register.
    virtual std::optional<std::uint32_t> in(std::uint16_t offset, std::uint8_t size) = 0;
};

// Interrupt lines raised by devices, handed to the vCPU at the next resume
// (bit n = vector 32 + n).
class IrqLines {
public:
    void raise(unsigned vector) {
        if (vector >= 32 && vector < 96) pending_ |= 1ull << (vector - 32);
    }
    std::uint64_t pending() const { return pending_; }
    std::uint64_t take() {
        std::uint64_t p = pending_;
        pending_ = 0;
        return p;
    }

private:
    std::uint64_t pending_ = 0;
};

// Routes port accesses to devices and counts them per port.  Unknown ports
// behave like an empty ISA bus: `out` is dropped, `in` reads all ones.
class IoBus {
public:
    static constexpr std::uint16_t kBlockSize = 0x10;

    void attach(Device* device) { devices_.push_back(device); }
    // Performs one access; for `in` returns the value to give the guest
    // (masked to the access size).
    std::uint32_t access(std::uint16_t port, std::uint8_t size, bool is_in, std::uint32_t value);

    const std::map<std::uint16_t, std::uint64_t>& port_counts() const { return port_counts_; }
    std::uint64_t unknown_count() const { return unknown_; }
    // Name of the device owning a port, or nullptr.
    const char* owner_name(std::uint16_t port) const;

private:
    Device* owner(std::uint16_t port) const;
    std::vector<Device*> devices_;
    std::map<std::uint16_t, std::uint64_t> port_counts_;
    std::uint64_t unknown_ = 0;
};

} // namespace tandem
