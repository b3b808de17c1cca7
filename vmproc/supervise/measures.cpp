// The guest's samples are hostile data: the count and every sample are
// copies, the ring length is the record's only if it is sane, and a sample
// is just a number (a lying guest gets a wrong median, never a crash).
#include "measures.h"

#include <sys/resource.h>

#include <algorithm>

#include "backends/space_process.h"

namespace tandem {

namespace {

// The probe keeps a few hundred samples; more than this is not a record we wrote.
constexpr std::uint32_t kMaxIrqSamples = 4096;

std::uint64_t share(std::uint64_t total, std::uint64_t part, std::uint64_t whole) {
    return whole ? static_cast<std::uint64_t>(static_cast<unsigned __int128>(total) * part / whole) : 0;
}

std::uint64_t timeval_ns(const timeval& tv) {
    return static_cast<std::uint64_t>(tv.tv_sec) * 1000000000ull + static_cast<std::uint64_t>(tv.tv_usec) * 1000ull;
}

} // namespace

std::optional<IrqLatency> read_irq_latency(const GuestView& guest, std::uint64_t introspect_va) {
    if (!introspect_va) return std::nullopt;
    auto record = guest.get<tandem_introspect>(introspect_va);
    if (!record || record->magic != TANDEM_INTROSPECT_MAGIC || !record->irq_entry) return std::nullopt;
    const std::uint32_t ring = record->irq_entry_samples;
    if (ring == 0 || ring > kMaxIrqSamples) return std::nullopt;
    auto count = guest.get<std::uint64_t>(record->irq_entry);
    if (!count) return std::nullopt;
    IrqLatency l;
    l.count = *count;
    l.samples = std::min<std::uint64_t>(*count, ring);
    std::vector<std::uint64_t> ns(ring);
    if (!guest.read(record->irq_entry + 8, ns.data(), ring * sizeof(std::uint64_t))) return std::nullopt;
    // The last `samples` of the ring, wherever its index stands.
    std::vector<std::uint64_t> taken;
    for (std::uint64_t i = 0; i < l.samples; i++) taken.push_back(ns[(*count - 1 - i) % ring]);
    if (!taken.empty()) {
        std::sort(taken.begin(), taken.end());
        l.median_ns = taken[taken.size() / 2];
        l.max_ns = taken.back();
    }
    return l;
}

std::string guest_syscall_name(std::uint64_t nr) {
    const char* name = nr < 4096 ? host_syscall_name(static_cast<int>(nr)) : nullptr;
    return name ? name : "syscall " + std::to_string(nr);
}

std::vector<std::pair<std::string, std::uint64_t>> syscalls_by_name(const tandem_stats& vmlib) {
    std::vector<std::pair<std::string, std::uint64_t>> rows;
    for (unsigned nr = 0; nr < TANDEM_SYSCALL_NRS; nr++) {
        if (!vmlib.syscalls[nr]) continue;
        rows.emplace_back(nr + 1 == TANDEM_SYSCALL_NRS ? "other numbers" : guest_syscall_name(nr), vmlib.syscalls[nr]);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return rows;
}

CpuSplit cpu_split(const tandem_stats* vmlib, std::optional<GuestCpu> spaces, std::uint64_t vmproc_ns) {
    CpuSplit c;
    c.vmproc_ns = vmproc_ns;
    if (!vmlib) return c;
    c.samples_kernel = vmlib->events[TANDEM_STAT_TICK_KERNEL];
    c.samples_user = vmlib->events[TANDEM_STAT_TICK_USER];
    c.samples_vmlib = vmlib->events[TANDEM_STAT_TICK_VMLIB];
    c.samples_host = vmlib->events[TANDEM_STAT_TICK_HOST];
    const std::uint64_t running = c.samples_kernel + c.samples_user + c.samples_vmlib;
    if (!spaces || running == 0) return c;
    c.split = true;
    c.guest_kernel_ns = share(spaces->user_ns, c.samples_kernel, running);
    c.guest_user_ns = share(spaces->user_ns, c.samples_user, running);
    c.vmlib_ns = spaces->user_ns - c.guest_kernel_ns - c.guest_user_ns + spaces->system_ns;
    return c;
}

std::vector<MeasureSection> measure_sections(const tandem_stats* vmlib, const std::optional<IrqLatency>& irq,
                                             const CpuSplit& cpu) {
    std::vector<MeasureSection> out;
    if (vmlib) out.push_back({"system calls", "vmlib: guest system calls by number (others: 0)", syscalls_by_name(*vmlib)});
    if (irq)
        out.push_back({"interrupt latency",
                       "guest kernel: interrupt entry latency (timer deadline to handler, user code interrupted)",
                       {{"samples taken", irq->count},
                        {"samples kept", irq->samples},
                        {"median_ns", irq->median_ns},
                        {"max_ns", irq->max_ns}}});
    MeasureSection c{"cpu", "cpu time (timer-signal samples split the space processes' host time)",
                     {{"timer samples: guest kernel", cpu.samples_kernel},
                      {"timer samples: guest user", cpu.samples_user},
                      {"timer samples: vmlib", cpu.samples_vmlib},
                      {"timer samples: vmproc holds the vCPU", cpu.samples_host}}};
    if (cpu.split) {
        c.rows.emplace_back("guest kernel_ns", cpu.guest_kernel_ns);
        c.rows.emplace_back("guest user_ns", cpu.guest_user_ns);
        c.rows.emplace_back("vmlib_ns", cpu.vmlib_ns);
    }
    c.rows.emplace_back("vmproc_ns", cpu.vmproc_ns);
    out.push_back(std::move(c));
    return out;
}

void write_measures(json::Writer& w, const std::vector<MeasureSection>& sections) {
    for (const MeasureSection& s : sections) {
        w.key(s.key).begin_object();
        for (const auto& [name, n] : s.rows) w.member(name, n);
        w.end_object();
    }
}

std::uint64_t vmproc_cpu_ns() {
    rusage ru;
    if (::getrusage(RUSAGE_SELF, &ru) != 0) return 0;
    return timeval_ns(ru.ru_utime) + timeval_ns(ru.ru_stime);
}

} // namespace tandem
