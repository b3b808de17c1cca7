// Host randomness for the guest, from getrandom(2).
#include "entropy.h"

#include <sys/random.h>

#include <cerrno>

#include "device_registry.h"

namespace tandem {

const DeviceSpec kEntropySpec{"entropy", TANDEM_DEV_ENTROPY, TANDEM_PORT_ENTROPY, 0};

namespace {
const DeviceRegistration registration(kEntropySpec);
} // namespace

std::optional<std::uint32_t> EntropyDevice::in(std::uint16_t offset, std::uint8_t) {
    if (offset != 0) return std::nullopt;
    std::uint32_t value = 0;
    std::size_t done = 0;
    auto* p = reinterpret_cast<unsigned char*>(&value);
    while (done < sizeof value) {
        ssize_t n = ::getrandom(p + done, sizeof value - done, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // no entropy source: the guest gets what we have
        done += static_cast<std::size_t>(n);
    }
    return value;
}

} // namespace tandem
