// Port dispatch: one table lookup per I/O exit, one counter per port.
#include "device.h"

namespace tandem {

Device* IoBus::owner(std::uint16_t port) const {
    for (Device* d : devices_)
        if (port >= d->port_base() && port - d->port_base() < kBlockSize) return d;
    return nullptr;
}

const char* IoBus::owner_name(std::uint16_t port) const {
    Device* d = owner(port);
    return d ? d->name() : nullptr;
}

std::uint32_t IoBus::access(std::uint16_t port, std::uint8_t size, bool is_in, std::uint32_t value) {
    port_counts_[port]++;
    const std::uint32_t mask = size >= 4 ? 0xffffffffu : (1u << (8 * size)) - 1;
    Device* d = owner(port);
    std::uint16_t offset = d ? static_cast<std::uint16_t>(port - d->port_base()) : 0;
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
