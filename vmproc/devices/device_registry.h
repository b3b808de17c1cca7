// The machine's devices, each registered by the file that implements it: a
// namespace-scope DeviceRegistration beside the device's spec.  Adding a
// device therefore edits no central list; boot_info.devices (boot/boot_info.cpp)
// and the I/O bus (io_bus.h) both read the devices from here.
#pragma once

#include <cstdint>
#include <vector>

#include "device.h"

namespace tandem {

class DeviceRegistration {
public:
    // Adds `spec` (which must outlive the program) to the registry; runs
    // during static initialisation, before main.
    explicit DeviceRegistration(const DeviceSpec& spec);
    DeviceRegistration(const DeviceRegistration&) = delete;
    DeviceRegistration& operator=(const DeviceRegistration&) = delete;

private:
    friend std::vector<const DeviceSpec*> registered_devices();
    const DeviceSpec& spec_;
    const DeviceRegistration* next_;
    // Constant-initialised, so it is null before any registration runs,
    // whatever order the device files are initialised in.
    static inline constinit const DeviceRegistration* head_ = nullptr;
};

// Every registered device, ordered by type: the order of boot_info.devices.
std::vector<const DeviceSpec*> registered_devices();

} // namespace tandem
