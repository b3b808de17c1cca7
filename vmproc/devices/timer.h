// The timer device (TANDEM_DEV_TIMER).  Its registers are emulated by vmlib
// inside the guest image in both modes, so no access to its ports reaches
// vmproc's bus; vmproc lists it in boot_info.devices and raises its line
// when a halted guest's deadline passes (run/run_loop.cpp).
#pragma once

#include "device.h"

namespace tandem {

extern const DeviceSpec kTimerSpec;

} // namespace tandem
