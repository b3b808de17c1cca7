// The power device: an `outl` to its port powers the machine off with the
// written value as tandem's exit status; before that the guest may hand over
// a report of its own counts for --stats (TANDEM_POWER_REPORT) and, when it
// panics, where and why (TANDEM_POWER_PANIC).
#pragma once

#include <tandem/platform.h>

#include <optional>

#include "device.h"

namespace tandem {

extern const DeviceSpec kPowerSpec;

class PowerDevice : public Device {
public:
    const DeviceSpec& spec() const override { return kPowerSpec; }
    bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) override;
    std::optional<std::uint32_t> in(std::uint16_t, std::uint8_t) override { return std::nullopt; }
    // Set once the guest has powered off: the exit status (0-255).
    std::optional<int> off_status() const { return status_; }
    // Forgets the last guest's power-off, report and panic (--restart).
    void reset() {
        status_.reset();
        report_.reset();
        panic_.reset();
    }
    // Guest memory, for copying the report (without it reports are ignored).
    void set_memory(const std::uint8_t* base, std::uint64_t size) {
        base_ = base;
        size_ = size;
    }
    // The guest's last report, if it sent a well-formed one.
    const std::optional<tandem_guest_report>& report() const { return report_; }
    // The guest kernel's panic report, if it sent a well-formed one.
    const std::optional<tandem_panic_report>& panic() const { return panic_; }

private:
    std::optional<int> status_;
    std::optional<tandem_guest_report> report_;
    std::optional<tandem_panic_report> panic_;
    const std::uint8_t* base_ = nullptr;
    std::uint64_t size_ = 0;
};

} // namespace tandem
