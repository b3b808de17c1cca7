// Port routing: devices by block, unknown ports, per-port counts, power,
// entropy and the console's output path.
#include "io_bus.h"
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "console.h"
#include "entropy.h"
#include "power.h"

using namespace tandem;

namespace {

TEST(IoBus, UnknownPortsReadOnesAndDropWrites) {
    IoBus bus;
    EXPECT_EQ(bus.access(0x80, 1, false, 0x12), 0u);
    EXPECT_EQ(bus.access(0x60, 1, true, 0), 0xffu);
    EXPECT_EQ(bus.access(0x60, 2, true, 0), 0xffffu);
    EXPECT_EQ(bus.access(0x60, 4, true, 0), 0xffffffffu);
    EXPECT_EQ(bus.unknown_count(), 4u);
    EXPECT_EQ(bus.port_counts().at(0x60), 3u);
    EXPECT_EQ(bus.port_counts().at(0x80), 1u);
}

// Only a registered device can be attached, and only once: the bus serves
// the registry's port blocks, not whatever a device claims.
TEST(IoBus, AttachesRegisteredDevicesOnce) {
    IoBus bus;
    PowerDevice power;
    EXPECT_TRUE(bus.attach(power).ok());
    PowerDevice second;
    Status twice = bus.attach(second);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().message, "device 'power' attached twice");

    static const DeviceSpec stray{"stray", 99, 0x600, 0};
    struct StrayDevice : Device {
        const DeviceSpec& spec() const override { return stray; }
        bool out(std::uint16_t, std::uint8_t, std::uint32_t) override { return true; }
        std::optional<std::uint32_t> in(std::uint16_t, std::uint8_t) override { return 7; }
    } dev;
    Status unregistered = bus.attach(dev);
    ASSERT_FALSE(unregistered.ok());
    EXPECT_EQ(unregistered.error().message, "device 'stray' is not registered");
    EXPECT_EQ(bus.access(0x600, 4, true, 0), 0xffffffffu); // not routed
}

TEST(IoBus, PowerOff) {
    IoBus bus;
    PowerDevice power;
    EXPECT_TRUE(bus.attach(power).ok());
    EXPECT_FALSE(power.off_status());
    bus.access(TANDEM_PORT_POWER + 0xc, 4, false, 7); // no such register
    EXPECT_FALSE(power.off_status());
    EXPECT_EQ(bus.unknown_count(), 1u);
    bus.access(TANDEM_PORT_POWER + TANDEM_POWER_OFF, 4, false, 0x12345603);
    ASSERT_TRUE(power.off_status());
    EXPECT_EQ(*power.off_status(), 3); // value & 0xff
    EXPECT_EQ(bus.owner_name(TANDEM_PORT_POWER), std::string("power"));
    EXPECT_EQ(bus.owner_name(TANDEM_PORT_POWER + 0x10), nullptr);
}

// The report is copied from guest memory only when it is whole and marked.
TEST(IoBus, PowerReport) {
    std::vector<std::uint8_t> mem(64 * 1024);
    PowerDevice power;
    power.set_memory(mem.data(), mem.size());
    IoBus bus;
    EXPECT_TRUE(bus.attach(power).ok());
    bus.access(TANDEM_PORT_POWER + TANDEM_POWER_REPORT, 4, false, 0x1000); // no magic
    EXPECT_FALSE(power.report());
    tandem_guest_report r{};
    r.magic = TANDEM_REPORT_MAGIC;
    r.syscalls = 42;
    r.enosys_used = 1000; // clamped
    std::memcpy(mem.data() + 0x1000, &r, sizeof r);
    bus.access(TANDEM_PORT_POWER + TANDEM_POWER_REPORT, 4, false, 0x1000);
    ASSERT_TRUE(power.report());
    EXPECT_EQ(power.report()->syscalls, 42u);
    EXPECT_EQ(power.report()->enosys_used, TANDEM_REPORT_MAX_ENOSYS);
    PowerDevice other;
    other.set_memory(mem.data(), mem.size());
    other.out(TANDEM_POWER_REPORT, 4, std::uint32_t(mem.size() - 8)); // runs off the end
    EXPECT_FALSE(other.report());
}

// The panic report is copied once, checked: inside memory, the magic, a terminated message.
TEST(IoBus, PowerPanicReport) {
    std::vector<std::uint8_t> mem(64 * 1024);
    PowerDevice power;
    power.set_memory(mem.data(), mem.size());
    IoBus bus;
    EXPECT_TRUE(bus.attach(power).ok());
    bus.access(TANDEM_PORT_POWER + TANDEM_POWER_PANIC, 4, false, 0x2000); // no magic
    EXPECT_FALSE(power.panic());
    tandem_panic_report r{};
    r.magic = TANDEM_PANIC_MAGIC;
    r.regs.rip = 0x100000201234ull;
    std::memset(r.message, 'x', sizeof r.message); // unterminated
    std::memcpy(mem.data() + 0x2000, &r, sizeof r);
    bus.access(TANDEM_PORT_POWER + TANDEM_POWER_PANIC, 4, false, 0x2000);
    ASSERT_TRUE(power.panic());
    EXPECT_EQ(power.panic()->regs.rip, 0x100000201234ull);
    EXPECT_EQ(power.panic()->message[sizeof r.message - 1], 0);
    EXPECT_EQ(bus.unknown_count(), 0u);
    PowerDevice other;
    other.set_memory(mem.data(), mem.size());
    other.out(TANDEM_POWER_PANIC, 4, std::uint32_t(mem.size() - 16)); // runs off the end
    EXPECT_FALSE(other.panic());
}

TEST(IoBus, EntropyReturnsVaryingValues) {
    IoBus bus;
    EntropyDevice e;
    EXPECT_TRUE(bus.attach(e).ok());
    std::uint32_t a = bus.access(TANDEM_PORT_ENTROPY, 4, true, 0);
    std::uint32_t b = bus.access(TANDEM_PORT_ENTROPY, 4, true, 0);
    std::uint32_t c = bus.access(TANDEM_PORT_ENTROPY, 4, true, 0);
    EXPECT_FALSE(a == b && b == c); // 2^-64 chance of a false failure
    EXPECT_EQ(bus.access(TANDEM_PORT_ENTROPY + 4, 4, true, 0), 0xffffffffu);
    EXPECT_EQ(bus.unknown_count(), 1u);
}

// Reads everything currently in a pipe.
std::string slurp(int fd) {
    std::string s;
    char buf[256];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<std::size_t>(n));
    return s;
}

TEST(Console, KickOutDrainsTheRingAndPutcWritesOneByte) {
    int p[2];
    ASSERT_EQ(pipe2(p, O_NONBLOCK), 0);
    std::vector<std::uint8_t> mem(16 + 64);
    auto* h = reinterpret_cast<tandem_ring*>(mem.data());
    RingView::init(h, 64);
    RingView guest_side(h, 64);
    ConsoleDevice con(RingView(h, 64), nullptr, p[1]);
    IoBus bus;
    EXPECT_TRUE(bus.attach(con).ok());
    bus.access(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_PUTC, 1, false, 'E');
    guest_side.write("hello, ", 7);
    bus.access(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_KICK_OUT, 4, false, 0);
    // Force a wrap-around before the next drain.
    for (int i = 0; i < 8; i++) {
        guest_side.write("0123456789", 10);
        bus.access(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_KICK_OUT, 4, false, 0);
    }
    guest_side.write("world\n", 6);
    bus.access(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_KICK_OUT, 4, false, 0);
    std::string want = "Ehello, ";
    for (int i = 0; i < 8; i++) want += "0123456789";
    want += "world\n";
    EXPECT_EQ(slurp(p[0]), want);
    EXPECT_EQ(guest_side.used(), 0u);
    EXPECT_EQ(con.bytes_written(), want.size());
    EXPECT_EQ(bus.unknown_count(), 0u);
    close(p[0]);
    // A closed stdout drops output instead of killing tandem.
    signal(SIGPIPE, SIG_IGN);
    guest_side.write("lost", 4);
    con.drain();
    EXPECT_EQ(con.bytes_dropped(), 4u);
    EXPECT_EQ(guest_side.used(), 0u);
    // ... and tells the guest why, so its writers get EPIPE.
    EXPECT_EQ(h->flags & TANDEM_RING_BROKEN, TANDEM_RING_BROKEN);
    EXPECT_EQ(h->flags >> TANDEM_RING_ERRNO_SHIFT, static_cast<std::uint32_t>(EPIPE));
    close(p[1]);
}

} // namespace
