// Power-off handling; the run loop stops as soon as off_status() is set.
#include "power.h"

namespace tandem {

bool PowerDevice::out(std::uint16_t offset, std::uint8_t, std::uint32_t value) {
    if (offset != TANDEM_POWER_OFF) return false;
    if (!status_) status_ = static_cast<int>(value & 0xff);
    return true;
}

} // namespace tandem
