// The entropy device: `inl` returns 32 random bits from the host.
#pragma once

#include <tandem/platform.h>

#include "device.h"

namespace tandem {

extern const DeviceSpec kEntropySpec;

class EntropyDevice : public Device {
public:
    const DeviceSpec& spec() const override { return kEntropySpec; }
    bool out(std::uint16_t, std::uint8_t, std::uint32_t) override { return false; }
    std::optional<std::uint32_t> in(std::uint16_t offset, std::uint8_t size) override;
};

} // namespace tandem
