// What the control socket can tell about the running VM, gathered from the
// other thread while the vCPU runs: every counter is read as a copy (vmlib's
// from guest memory, vmproc's own word by word), nothing is locked, and the
// guest's own structures are read through GuestView as hostile data.
#pragma once

#include <tandem/platform.h>

#include <atomic>
#include <cstdint>
#include <string>

#include "backends/vcpu_backend.h"
#include "fs/fs_request.h"
#include "guest_view.h"
#include "json.h"
#include "run/run_loop.h"

namespace tandem {

// Fixed at start-up; `tandem ps` prints it.
struct VmInfo {
    std::string id;
    int pid = 0;
    std::string mode;          // "user-only" or "composite"
    std::string kernel;        // path of the guest kernel image
    std::uint64_t memory_size = 0;
    std::uint64_t start_realtime_s = 0; // when the VM started (Unix time)
    std::uint64_t start_monotonic_ns = 0;
    std::string command;       // the first guest program and its arguments, or ""
    std::uint64_t pmem_size = 0; // --pmem (0: none)
    unsigned cpu_weight = 100;   // --cpu-weight, or the weight of the nice value it runs at
    int nice = 0;                // the nice value the VM's processes run at
    std::string channel;         // --channel NAME, or ""
};

class Tracer;

struct LiveSources {
    VmInfo info;
    VcpuBackend* backend = nullptr;
    const ExitCounters* exits = nullptr;
    const FsCounters* fs = nullptr;
    const std::uint8_t* memory = nullptr;
    std::uint64_t memory_size = 0;
    std::uint64_t introspect_va = 0; // the guest kernel's tandem_introspect (0: the image has none)
    const std::atomic<unsigned>* restarts = nullptr; // --restart: guests restarted so far
    Tracer* tracer = nullptr;        // the VM's trace sessions (nullptr: none)
};

// {"id":..,"pid":..,"mode":..,"kernel":..,"memory":..,"started":..,"uptime_ns":..,"command":..}
void write_info(json::Writer& w, const VmInfo& info);

// The reply to "stats": exits by reason, vmlib's events, emulated
// instructions by kind, exceptions by vector, the module's counters, file
// service requests, vmproc's CPU time.
std::string stats_reply(const LiveSources& s);

// The reply to "info".
std::string info_reply(const LiveSources& s);

// The reply to "top": the guest's processes.
std::string processes_reply(const LiveSources& s);

// {"ok":false,"error":message}
std::string error_reply(const std::string& message);

// Monotonic host clock in ns.
std::uint64_t monotonic_ns();

} // namespace tandem
