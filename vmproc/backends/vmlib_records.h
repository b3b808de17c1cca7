// What the backends read from vmlib inside the guest image: its exit
// record, its counters, its rewritten-site table and (user-only mode) the
// switchboard.  The addresses come
// from the descriptor vmproc validated when it loaded the image
// (ElfImage::vmlib_desc(), a private copy), never from the copy in guest
// memory, which guest code can overwrite; they are direct-map addresses,
// turned into host pointers through vmproc's view of guest memory.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "result.h"

namespace tandem {

class VmlibRecords {
public:
    // `guest` is vmproc's pointer to guest-physical 0 (guest_size bytes).
    // An error if the exit record, counters or site table lie outside it.
    static Result<VmlibRecords> locate(const tandem_vmlib_desc& desc, std::uint8_t* guest, std::uint64_t guest_size);

    // The validated descriptor (entry points for user-only mode, cp_setup).
    const tandem_vmlib_desc& desc() const { return desc_; }
    // vmlib's exit record, in guest memory.
    tandem_run& run() const { return *run_; }
    // The user-only switchboard (section 10 of platform.h), in guest memory.
    tandem_switchboard& switchboard() const { return *switchboard_; }
    // A copy of vmlib's counters as they are now.
    tandem_stats stats() const;
    // A copy of the site table as it is now.
    std::vector<tandem_site> sites() const;
    // A copy of the virtual CPU's state as vmlib last stored it (registers of
    // the last event, control registers, timer deadline), for the supervisor
    // (watchdog, core files); nullopt if the descriptor's address lies outside
    // guest memory.  Never trusted for anything but reporting.
    std::optional<tandem_vcpu_state> vcpu_state() const;
    // vmlib's profile ring (platform.h section 11), in guest memory, or
    // nullptr if the descriptor puts it outside: read only through
    // ProfileCollector::drain, as hostile input.
    const std::uint8_t* profile_ring() const { return profile_; }
    // vmlib's trace ring (platform.h section 12), in guest memory, or nullptr
    // if the descriptor puts it outside: vmproc writes `enabled` and `tail`,
    // and reads the rest only through TraceRingReader, as hostile input.
    tandem_trace_ring* trace_ring() const { return trace_; }

private:
    VmlibRecords() = default;
    tandem_vmlib_desc desc_{};
    tandem_run* run_ = nullptr;
    tandem_switchboard* switchboard_ = nullptr;
    const std::uint8_t* stats_ = nullptr;
    const std::uint8_t* profile_ = nullptr;
    tandem_trace_ring* trace_ = nullptr;
    const std::uint8_t* sites_ = nullptr;
    const std::uint8_t* vcpu_ = nullptr;
    std::size_t site_count_ = 0;
};

} // namespace tandem
