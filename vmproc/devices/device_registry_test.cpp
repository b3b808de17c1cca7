// The registry holds each platform device once, with the port block and
// vector platform.h gives it, in type order, and no two blocks overlap.
#include "device_registry.h"

#include <gtest/gtest.h>

#include <tandem/platform.h>

#include <string>

using namespace tandem;

namespace {

TEST(DeviceRegistry, EveryPlatformDeviceOnce) {
    struct Want {
        std::uint32_t type;
        std::uint16_t port;
        std::uint8_t vector;
        const char* name;
    };
    const Want want[] = {
        {TANDEM_DEV_CONSOLE, TANDEM_PORT_CONSOLE, TANDEM_VEC_CONSOLE, "console"},
        {TANDEM_DEV_TIMER, TANDEM_PORT_TIMER, TANDEM_VEC_TIMER, "timer"},
        {TANDEM_DEV_ENTROPY, TANDEM_PORT_ENTROPY, 0, "entropy"},
        {TANDEM_DEV_POWER, TANDEM_PORT_POWER, 0, "power"},
        {TANDEM_DEV_FILE, TANDEM_PORT_FILE, TANDEM_VEC_FILE, "file"},
        {TANDEM_DEV_CONSOLE_ERR, TANDEM_PORT_CONSOLE_ERR, 0, "error console"},
        {TANDEM_DEV_CHANNEL, TANDEM_PORT_CHANNEL, TANDEM_VEC_CHANNEL, "channel"},
    };
    std::vector<const DeviceSpec*> got = registered_devices();
    ASSERT_EQ(got.size(), std::size(want));
    for (std::size_t i = 0; i < got.size(); i++) {
        SCOPED_TRACE(want[i].name);
        EXPECT_EQ(got[i]->type, want[i].type);
        EXPECT_EQ(got[i]->port_base, want[i].port);
        EXPECT_EQ(got[i]->vector, want[i].vector);
        EXPECT_EQ(std::string(got[i]->name), want[i].name);
    }
}

TEST(DeviceRegistry, PortBlocksAreDisjoint) {
    std::vector<const DeviceSpec*> got = registered_devices();
    for (const DeviceSpec* a : got) {
        for (const DeviceSpec* b : got) {
            if (a != b) {
                EXPECT_TRUE(a->port_base + kDevicePorts <= b->port_base || b->port_base + kDevicePorts <= a->port_base)
                    << a->name << " and " << b->name;
            }
        }
    }
}

} // namespace
