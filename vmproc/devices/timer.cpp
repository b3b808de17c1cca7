// The timer's place in the machine: its spec, registered.
#include "timer.h"

#include <tandem/platform.h>

#include "device_registry.h"

namespace tandem {

const DeviceSpec kTimerSpec{"timer", TANDEM_DEV_TIMER, TANDEM_PORT_TIMER, TANDEM_VEC_TIMER};

namespace {
const DeviceRegistration registration(kTimerSpec);
} // namespace

} // namespace tandem
