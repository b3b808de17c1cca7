// Port dispatch: one lookup in the registered blocks per I/O exit, one
// counter per port.
#include "io_bus.h"

#include <string>

#include "device_registry.h"

namespace tandem {

IoBus::IoBus() {
    for (const DeviceSpec* spec : registered_devices()) blocks_.push_back(Block{spec});
}

Status IoBus::attach(Device& device) {
    for (Block& b : blocks_) {
        if (b.spec != &device.spec()) continue;
        if (b.device) return Error{std::string("device '") + b.spec->name + "' attached twice"};
        b.device = &device;
        return ok_status();
    }
    return Error{std::string("device '") + device.spec().name + "' is not registered"};
}

Device* IoBus::owner(std::uint16_t port) const {
    for (const Block& b : blocks_)
        if (port >= b.spec->port_base && port - b.spec->port_base < kDevicePorts) return b.device;
    return nullptr;
}

const char* IoBus::owner_name(std::uint16_t port) const {
    Device* d = owner(port);
    return d ? d->spec().name : nullptr;
}

std::uint32_t IoBus::access(std::uint16_t port, std::uint8_t size, bool is_in, std::uint32_t value) {
    port_counts_[port]++;
    const std::uint32_t mask = size >= 4 ? 0xffffffffu : (1u << (8 * size)) - 1;
    Device* d = owner(port);
    std::uint16_t offset = d ? static_cast<std::uint16_t>(port - d->spec().port_base) : 0;
    if (is_in) {
        std::optional<std::uint32_t> v;
        if (d) v = d->in(offset, size);
        if (!v) {
            unknown_++;
            return 0xffffffffu & mask;
        }
        return *v & mask;
    }
    if (!d || !d->out(offset, size, value & mask)) unknown_++;
    return 0;
}

} // namespace tandem
