// Power-off handling; the run loop stops as soon as off_status() is set.
#include "power.h"

#include <algorithm>
#include <cstring>

#include "device_registry.h"

namespace tandem {

const DeviceSpec kPowerSpec{"power", TANDEM_DEV_POWER, TANDEM_PORT_POWER, 0};

namespace {
const DeviceRegistration registration(kPowerSpec);
} // namespace

// OFF ends the run; REPORT copies the guest's counts (checked: inside guest
// memory, the magic, a sane entry count) for --stats; PANIC copies the panic
// report (checked the same way, its message terminated).
bool PowerDevice::out(std::uint16_t offset, std::uint8_t, std::uint32_t value) {
    if (offset == TANDEM_POWER_PANIC) {
        std::uint64_t phys = value;
        if (!base_ || phys > size_ || size_ - phys < sizeof(tandem_panic_report)) return true;
        tandem_panic_report r;
        std::memcpy(&r, base_ + phys, sizeof r);
        if (r.magic != TANDEM_PANIC_MAGIC) return true;
        r.message[sizeof r.message - 1] = 0;
        panic_ = r;
        return true;
    }
    if (offset == TANDEM_POWER_REPORT) {
        std::uint64_t phys = value;
        if (!base_ || phys > size_ || size_ - phys < sizeof(tandem_guest_report)) return true;
        tandem_guest_report r;
        std::memcpy(&r, base_ + phys, sizeof r);
        if (r.magic != TANDEM_REPORT_MAGIC) return true;
        r.enosys_used = std::min<std::uint32_t>(r.enosys_used, TANDEM_REPORT_MAX_ENOSYS);
        report_ = r;
        return true;
    }
    if (offset != TANDEM_POWER_OFF) return false;
    if (!status_) status_ = static_cast<int>(value & 0xff);
    return true;
}

} // namespace tandem
