// A VM's trace (docs/SUPERVISOR.md "Traces"): one session at a time, started
// by `tandem run --trace FILE` for the whole run or by `tandem trace VM`
// through the control socket for a while.  While a session is open, vmproc
// records its own events (exits and device requests, on the vCPU thread)
// and drains vmlib's ring (the guest's events) into the session's file.
// Everything taken from the ring is checked here: a kind, vector or time
// that vmlib cannot have written is counted as invalid and left out.
#pragma once

#include <tandem/platform.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "backends/vcpu_backend.h"
#include "devices/device_trace.h"
#include "result.h"
#include "trace_json.h"
#include "trace_ring.h"

namespace tandem {

// What a closed session wrote.
struct TraceSummary {
    std::string path;
    std::uint64_t events = 0;  // trace events in the file, metadata included
    std::uint64_t dropped = 0; // events vmlib could not record: its ring was full
    std::uint64_t invalid = 0; // ring events that failed the checks
    std::uint64_t lost = 0;    // ring events skipped because its indices were impossible
};

// Who the trace is about, for its metadata.
struct TraceSubject {
    std::string vm_id;
    int host_pid = 0;
    std::string mode;
    tandem_clock clock{};
    const std::uint8_t* memory = nullptr; // guest-physical 0, for the program-name table
    std::uint64_t memory_size = 0;
    std::uint64_t program_names_phys = 0; // 0: address spaces are named by their root
};

class Tracer : public DeviceTrace {
public:
    // `ring` may be null (then only vmproc's events are recorded); `backend`
    // gives the module's counters in composite mode (may be null).
    Tracer(TraceSubject subject, tandem_trace_ring* ring, VcpuBackend* backend);
    ~Tracer() override;

    // Opens a session writing `path` for `owner` (any token; stop() must
    // give the same one); `source` names what opened it, for the file.  An error if one is open or the file cannot be created.
    Status start(const std::string& path, const void* owner, const std::string& source);
    // Closes the session `owner` opened: takes what vmlib recorded, ends the
    // file.  An error if `owner` has none open or the file could not be written.
    Result<TraceSummary> stop(const void* owner);
    // The session's owner, if one is open (for a client that disconnects).
    bool owned_by(const void* owner);

    bool active() const { return on(); }
    // Moves what vmlib recorded into the file (vCPU thread, while the guest
    // runs or at an exit).
    void drain();
    // A fresh guest was booted in the same VM (--restart): vmlib's ring was
    // wiped with guest memory, so an open session takes it up anew, on the
    // same timeline.
    void guest_restarted();
    // One exit, from the moment vmproc took it (`start_tsc`) until now.
    // `exit` is the exit record as vmproc received it, `device` the owner
    // of its port (port i/o), or nullptr.
    void exit_event(const tandem_run& exit, std::uint64_t start_tsc, const char* device);
    void request(const char* device, const char* what, std::uint64_t start_tsc, std::int64_t result,
                 std::uint64_t bytes) override;

private:
    void write_metadata();
    void drain_locked();
    void convert(const tandem_trace_event& e, std::uint64_t now_tsc);
    void end_address_space(std::uint64_t ts_ns);
    void module_counters(std::uint64_t ts_ns);
    std::uint64_t ns_at(std::uint64_t tsc) const;
    std::uint64_t ns_of(std::uint64_t ticks) const;
    std::string program_of(std::uint64_t root) const;

    const TraceSubject subject_;
    TraceRingReader ring_;
    VcpuBackend* backend_;
    std::mutex lock_; // the session: the control thread opens and closes it, the vCPU thread writes
    std::unique_ptr<TraceJsonFile> file_;
    const void* owner_ = nullptr;
    std::string source_; // what opened the session: "tandem run --trace" or "tandem trace"
    std::vector<tandem_trace_event> batch_;
    std::uint64_t invalid_ = 0;
    std::uint32_t dropped_seen_ = 0;
    // The guest address space running since as_start_ns_ (its CR3 load).
    bool as_open_ = false;
    std::uint64_t as_root_ = 0;
    std::uint64_t as_start_ns_ = 0;
};

} // namespace tandem
