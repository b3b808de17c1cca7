// The power device: an `outl` to its port powers the machine off with the
// written value as tandem's exit status.
#pragma once

#include <tandem/platform.h>

#include <optional>

#include "device.h"

namespace tandem {

class PowerDevice : public Device {
public:
    const char* name() const override { return "power"; }
    std::uint16_t port_base() const override { return TANDEM_PORT_POWER; }
    bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) override;
    std::optional<std::uint32_t> in(std::uint16_t, std::uint8_t) override { return std::nullopt; }
    // Set once the guest has powered off: the exit status (0-255).
    std::optional<int> off_status() const { return status_; }

private:
    std::optional<int> status_;
};

} // namespace tandem
