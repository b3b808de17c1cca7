// The channel device (TANDEM_DEV_CHANNEL, `--channel NAME`, platform.h
// section 3a): the guest's mailbox ops performed on the connection to the
// peer VM process, never blocking; and a thread that watches the
// connection for what the guest waits for, so that a guest sleeping in
// read(), write() or poll() is woken by interrupt TANDEM_VEC_CHANNEL.
#pragma once

#include <tandem/platform.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>

#include "device.h"
#include "supervise/channel_link.h"

namespace tandem {

extern const DeviceSpec kChannelSpec;

class ChannelDevice : public Device {
public:
    // The mailbox lies at `mailbox_phys` of guest memory [guest, guest+size)
    // (vmproc's own copy of where: the guest cannot move it).
    ChannelDevice(std::uint8_t* guest, std::uint64_t guest_size, std::uint64_t mailbox_phys, ChannelLink& link);
    ~ChannelDevice() override;
    ChannelDevice(const ChannelDevice&) = delete;
    ChannelDevice& operator=(const ChannelDevice&) = delete;

    const DeviceSpec& spec() const override { return kChannelSpec; }
    bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) override;
    std::optional<std::uint32_t> in(std::uint16_t, std::uint8_t) override { return std::nullopt; }

    // Starts the watch thread; `notify` runs on it when something the guest
    // waits for happened (it raises the channel's line; any thread).
    void start(std::function<void()> notify);
    // Stops and joins it (idempotent).
    void stop();
    // True while something can still arrive from the peer (a halted guest
    // waiting only for the channel is not halted forever).
    bool may_wake() const { return !hung_up_.load(); }
    // The next guest (a restart) waits for nothing yet.
    void reset() { interest_.store(0); }

    // Messages moved each way, for --stats and tests.
    std::uint64_t sent() const { return sent_; }
    std::uint64_t received() const { return received_; }

private:
    std::int64_t send(std::uint32_t len);
    std::int64_t receive(std::uint32_t len);
    std::uint32_t status();
    void loop();
    void wake_watch();

    std::uint8_t* guest_;
    bool valid_;
    std::uint64_t mailbox_phys_;
    ChannelLink& link_;
    std::atomic<std::uint32_t> interest_{0}; // status bits the guest waits for (0: none)
    std::atomic<bool> hung_up_{false};
    std::atomic<bool> stopping_{false};
    int wake_fd_ = -1;
    std::function<void()> notify_;
    std::thread thread_;
    std::uint64_t sent_ = 0, received_ = 0;
};

} // namespace tandem
