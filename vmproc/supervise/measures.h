// Measures `tandem stats` and `--stats` derive from counters rather than
// print as they are: guest system calls by name, the guest's interrupt-entry
// latency (count, median, max), and where the CPU time went (guest kernel,
// guest user, vmlib, vmproc), with how each is obtained stated beside it.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "backends/vcpu_backend.h"
#include "guest_view.h"
#include "json.h"

namespace tandem {

// The guest kernel's interrupt-entry probe (/proc/tandem_irq_entry): for
// timer interrupts that found user code running, the guest-clock time from
// the programmed deadline to the guest's handler.
struct IrqLatency {
    std::uint64_t count = 0;   // samples taken since boot
    std::uint64_t samples = 0; // the last ones, which the guest keeps and these figures describe
    std::uint64_t median_ns = 0;
    std::uint64_t max_ns = 0;
};

// Read from guest memory through the guest kernel's introspection record
// (copies, bounds-checked); nullopt if the guest publishes no probe.
std::optional<IrqLatency> read_irq_latency(const GuestView& guest, std::uint64_t introspect_va);

// The name of guest system call `nr` (Linux x86-64 numbering), or "syscall N".
std::string guest_syscall_name(std::uint64_t nr);

// vmlib's per-number counts as (name, count), most first; the last slot
// (numbers from TANDEM_SYSCALL_NRS - 1 up) is named "other numbers".
std::vector<std::pair<std::string, std::uint64_t>> syscalls_by_name(const tandem_stats& vmlib);

// Where the CPU time went.  The space processes' host CPU time (from /proc)
// is split between guest kernel, guest user and vmlib in the proportion of
// vmlib's timer-signal samples; their system time (the host kernel
// delivering vmlib's signals, mapping pages, handing the vCPU over) is
// vmlib's.  vmproc's is its own process time.
struct CpuSplit {
    std::uint64_t samples_kernel = 0, samples_user = 0, samples_vmlib = 0, samples_host = 0;
    std::uint64_t guest_kernel_ns = 0, guest_user_ns = 0, vmlib_ns = 0, vmproc_ns = 0;
    bool split = false; // false: no samples or no space times (composite mode)
};
CpuSplit cpu_split(const tandem_stats* vmlib, std::optional<GuestCpu> spaces, std::uint64_t vmproc_ns);

// The measures as named rows, for both outputs: `key` names the member of
// the stats reply, `heading` the section of --stats.
struct MeasureSection {
    const char* key;
    const char* heading;
    std::vector<std::pair<std::string, std::uint64_t>> rows;
};
// "system calls", "interrupt latency" (if the guest has a probe), "cpu".
std::vector<MeasureSection> measure_sections(const tandem_stats* vmlib, const std::optional<IrqLatency>& irq,
                                             const CpuSplit& cpu);

// The sections as members of a JSON object, one object each.
void write_measures(json::Writer& w, const std::vector<MeasureSection>& sections);

// vmproc's own CPU time (user + system), all threads.
std::uint64_t vmproc_cpu_ns();

} // namespace tandem
