// The file device (TANDEM_DEV_FILE): a queue of request slots in guest
// memory, performed when the guest writes to TANDEM_PORT_FILE +
// TANDEM_FS_KICK (platform.h section 3b, docs/PLATFORM.md "File service").
#pragma once

#include <tandem/platform.h>

#include <cstdint>

#include "devices/device.h"
#include "devices/device_trace.h"
#include "fs_exports.h"
#include "fs_nodes.h"
#include "fs_ops.h"
#include "fs_request.h"

namespace tandem {

extern const DeviceSpec kFileSpec;

class FileService : public Device {
public:
    // `guest` points at guest-physical 0 (`guest_size` bytes); the queue of
    // `slot_count` slots is at `queue_phys` (vmproc's own copy of its
    // geometry: the guest cannot change it).  A queue that does not fit in
    // guest memory makes every kick a no-op.
    // At most `fd_budget` host fds stay open between requests.
    FileService(std::uint8_t* guest, std::uint64_t guest_size, std::uint64_t queue_phys, std::uint32_t slot_count,
                FsExports exports, std::size_t max_objects = 65536, std::size_t fd_budget = default_fd_budget());

    // Half of this process's RLIMIT_NOFILE: the file service's share of host
    // fds, well below the limit (the rest: tandem itself, the guest's memory,
    // the console), so a guest walking any tree never meets EMFILE.
    static std::size_t default_fd_budget();

    const DeviceSpec& spec() const override { return kFileSpec; }
    bool out(std::uint16_t offset, std::uint8_t size, std::uint32_t value) override;
    std::optional<std::uint32_t> in(std::uint16_t, std::uint8_t) override { return std::nullopt; }

    // Performs every slot in [completed, submitted), in order.
    void kick();
    // A restarted guest: no nodes or handles, and the queue as write_boot
    // left it (the exports stay open).
    void reset();

    const FsCounters& counters() const { return counters_; }
    // Each request performed is reported to `trace` while it is on (nullptr: never).
    void set_trace(DeviceTrace* trace) { trace_ = trace; }
    const FsNodes& nodes() const { return nodes_; }

private:
    void perform(tandem_fs_slot* slot);
    std::int64_t prepare(FsCall& call) const;
    std::int64_t dispatch(const FsCall& call, tandem_fs_reply& rep);
    std::int64_t read_name(std::uint64_t phys, std::uint32_t len, FsArg kind, std::string& out) const;

    GuestRange mem_;
    std::uint64_t queue_phys_;
    std::uint32_t slot_count_;
    bool valid_;
    std::uint32_t completed_ = 0;
    FsExports exports_;
    FsNodes nodes_;
    FsOps ops_;
    FsCounters counters_;
    DeviceTrace* trace_ = nullptr;
};

} // namespace tandem
