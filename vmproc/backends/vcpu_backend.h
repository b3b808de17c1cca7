// The vCPU backend interface: how vmproc runs the guest's one virtual CPU.
// The run loop does not care where the guest runs: inside this process on
// vmlib's entry points (user-only mode), on the kernel module through
// /dev/tandem (composite mode), or in other host processes.  So nothing
// here assumes the guest runs on the caller's thread or in its address
// space: run() blocks until the next exit, inject() may come from another
// thread, counters come back as copies, and teardown() ends whatever
// setup() started.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "result.h"

namespace tandem {

// Where the vCPU starts (docs/PLATFORM.md "Boot").
struct VcpuStart {
    std::uint64_t boot_info_phys = TANDEM_PHYS_BOOT_INFO;
    std::uint64_t rip = 0;
    std::uint64_t rsp = 0;
    int memfd = -1;
    std::uint64_t memory_size = 0;
    // User-only mode: how many space processes hold guest address spaces.
    unsigned spaces = 1;
    // --profile: nanoseconds between samples (0 = off), and the guest
    // kernel's program-name table (guest-physical, 0 = none) that names
    // composite mode's samples (user-only mode's vmlib finds it in the boot info).
    std::uint64_t profile_interval_ns = 0;
    std::uint64_t program_names_phys = 0;
};

// Host CPU time of the processes that run guest code (user-only mode's
// spaces): user time is the guest kernel, its programs and vmlib; system
// time is the host kernel working for vmlib (signals, mmap, hand-offs).
struct GuestCpu {
    std::uint64_t user_ns = 0;
    std::uint64_t system_ns = 0;
};

class VcpuBackend {
public:
    virtual ~VcpuBackend() = default;
    // "user-only" or "composite", for messages and --stats.
    virtual const char* name() const = 0;
    // Prepares the vCPU; no guest code has run when this returns.
    virtual Status setup(const VcpuStart& start) = 0;
    // Runs the guest until its next exit, described by run_state().
    virtual void run() = 0;
    // Raises interrupt lines (bit n = vector 32+n) from another thread while
    // run() may be running the guest; it sees them at once.  Thread-safe.
    virtual void inject(std::uint64_t lines) = 0;
    // The exit record; vmproc fills io_value and irq_raise before run().
    virtual tandem_run& run_state() = 0;
    // A copy of vmlib's counters, if the backend has them.
    virtual std::optional<tandem_stats> vmlib_stats() const = 0;
    // A copy of the kernel module's counters (composite mode).
    virtual std::optional<tandem_stats> module_stats() { return std::nullopt; }
    // The CPU time of the host processes that run guest code, if they are
    // others than this one (user-only mode's spaces; any thread).
    virtual std::optional<GuestCpu> guest_cpu() const { return std::nullopt; }
    // A copy of the rewritten-site records with their counts (may be empty).
    virtual std::vector<tandem_site> sites() const = 0;
    // Undoes setup (idempotent).
    virtual void teardown() = 0;
};

} // namespace tandem
