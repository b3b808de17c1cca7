// Devices of the virtual machine as vmproc sees them: each has a spec (its
// type, port block and interrupt vector, taken from platform.h once, in the
// device's own file) and answers in/out exits for its block.
#pragma once

#include <cstdint>
#include <optional>

namespace tandem {

// Ports in a device's register block (docs/PLATFORM.md "Devices").
inline constexpr std::uint16_t kDevicePorts = 0x10;

// A device as boot_info.devices describes it to the guest.  Each device file
// defines its spec and registers it (device_registry.h).
struct DeviceSpec {
    const char* name;        // for messages and --stats
    std::uint32_t type;      // enum tandem_device_type
    std::uint16_t port_base; // first port of its kDevicePorts-port block
    std::uint8_t vector;     // its interrupt vector, 0 if none
};

class Device {
public:
    virtual ~Device() = default;
    // The registered spec this instance serves.
    virtual const DeviceSpec& spec() const = 0;
    // An `out` to port_base + offset.  False if the device has no such register.
    virtual bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) = 0;
    // An `in` from port_base + offset; nullopt if there is no such register.
    virtual std::optional<std::uint32_t> in(std::uint16_t offset, std::uint8_t size) = 0;
};

} // namespace tandem
