// The console device: ring 0 carries guest output to the host's stdout,
// ring 1 carries the host's stdin to the guest (see ConsoleInput).
#pragma once

#include <tandem/platform.h>

#include "console_input.h"
#include "device.h"
#include "device_trace.h"
#include "ring.h"

namespace tandem {

// The console (TANDEM_DEV_CONSOLE) and the error console
// (TANDEM_DEV_CONSOLE_ERR): one device model, two registered devices.
extern const DeviceSpec kConsoleSpec;
extern const DeviceSpec kErrorConsoleSpec;

class ConsoleDevice : public Device {
public:
    // out_fd is normally 1; input may be null (then kick-in is a no-op).
    // The error console is another instance: out_fd 2, kErrorConsoleSpec.
    ConsoleDevice(RingView output, ConsoleInput* input, int out_fd = 1, const DeviceSpec& spec = kConsoleSpec)
        : output_(output), input_(input), out_fd_(out_fd), spec_(spec) {}

    const DeviceSpec& spec() const override { return spec_; }
    bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) override;
    std::optional<std::uint32_t> in(std::uint16_t, std::uint8_t) override { return std::nullopt; }

    // Writes everything in the output ring to the host.
    void drain();
    std::uint64_t bytes_written() const { return written_; }
    std::uint64_t bytes_dropped() const { return dropped_; }
    // Each output kick is reported to `trace` while it is on (nullptr: never).
    void set_trace(DeviceTrace* trace) { trace_ = trace; }

private:
    void emit(const std::uint8_t* p, std::size_t n);
    RingView output_;
    ConsoleInput* input_;
    int out_fd_;
    const DeviceSpec& spec_;
    int broken_ = 0; // errno of the failed host write (closed pipe, full disk): drop output
    std::uint64_t written_ = 0, dropped_ = 0;
    DeviceTrace* trace_ = nullptr;
};

// write(2) until every byte is out, retrying EINTR and partial writes.
// Returns false on any other error (errno says which; EIO for a 0-byte write).
bool write_fully(int fd, const void* data, std::size_t n);

} // namespace tandem
