// The vCPU backend interface: the run loop does not care whether the guest
// runs in this process (user-only mode, through vmlib's entry points) or on
// the kernel module (composite mode, through /dev/tandem); both exit with
// the same struct tandem_run.
#pragma once

#include <tandem/platform.h>

#include <cstdint>

#include "result.h"

namespace tandem {

// Where the vCPU starts (docs/PLATFORM.md "Boot").
struct VcpuStart {
    std::uint64_t boot_info_phys = TANDEM_PHYS_BOOT_INFO;
    std::uint64_t rip = 0;
    std::uint64_t rsp = 0;
    int memfd = -1;
    std::uint64_t memory_size = 0;
};

class Backend {
public:
    virtual ~Backend() = default;
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
    // The backend's counters, or nullptr if it keeps none.
    virtual const tandem_stats* stats() const = 0;
    // The kernel module's counters (composite mode), or nullptr.
    virtual const tandem_stats* module_stats() { return nullptr; }
    // Rewritten-site records with their counts (may be empty).
    virtual const tandem_site* sites_begin() const = 0;
    virtual const tandem_site* sites_end() const = 0;
    // Undoes setup (idempotent).
    virtual void teardown() = 0;
};

} // namespace tandem
