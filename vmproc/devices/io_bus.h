// Routes port accesses to devices and counts them per port.  The port
// blocks come from the device registry; each block is served by the device
// instance attached for its spec.  Unknown ports and blocks without an
// instance behave like an empty ISA bus: `out` is dropped, `in` reads all ones.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "device.h"
#include "result.h"

namespace tandem {

class IoBus {
public:
    // Takes the port blocks of every registered device.
    IoBus();

    // Serves the block of `device.spec()` with `device`; an error if that
    // spec is not registered or its block already has a device.
    Status attach(Device& device);
    // Performs one access; for `in` returns the value to give the guest
    // (masked to the access size).
    std::uint32_t access(std::uint16_t port, std::uint8_t size, bool is_in, std::uint32_t value);

    const std::map<std::uint16_t, std::uint64_t>& port_counts() const { return port_counts_; }
    std::uint64_t unknown_count() const { return unknown_; }
    // Name of the device attached for a port, or nullptr.
    const char* owner_name(std::uint16_t port) const;

private:
    struct Block {
        const DeviceSpec* spec;
        Device* device = nullptr;
    };
    Device* owner(std::uint16_t port) const;
    std::vector<Block> blocks_;
    std::map<std::uint16_t, std::uint64_t> port_counts_;
    std::uint64_t unknown_ = 0;
};

} // namespace tandem
