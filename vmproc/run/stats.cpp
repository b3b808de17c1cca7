// Statistics report.  Event counters are printed in full; the per-kind and
// per-vector arrays only where non-zero, since most stay at zero.
#include "stats.h"

#include <algorithm>

namespace tandem {

std::string site_kind_name(unsigned kind) {
    static const char* const names[] = {
        "invalid",
#define TANDEM_X_NAME(name, text) text,
        TANDEM_SITE_KINDS(TANDEM_X_NAME)
#undef TANDEM_X_NAME
    };
    if (kind < TANDEM_SITE_KIND_COUNT) return names[kind];
    return "kind " + std::to_string(kind);
}

std::vector<const tandem_site*> top_sites(const tandem_site* begin, const tandem_site* end, std::size_t n) {
    std::vector<const tandem_site*> v;
    for (const tandem_site* s = begin; s && s < end; s++)
        if (s->count) v.push_back(s);
    auto by_count = [](const tandem_site* a, const tandem_site* b) {
        return a->count != b->count ? a->count > b->count : a->addr < b->addr;
    };
    std::size_t k = std::min(n, v.size());
    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end(), by_count);
    v.resize(k);
    return v;
}

// "#PF (vector 14):" -- the mnemonic for people and scripts, then the number.
std::string exception_label(unsigned vector) {
    static const char* const names[32] = {
        "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", nullptr, "#TS",
        "#NP", "#SS", "#GP", "#PF", nullptr, "#MF", "#AC", "#MC", "#XM", "#VE", "#CP"};
    std::string v = "vector " + std::to_string(vector);
    if (vector < 32 && names[vector]) return std::string(names[vector]) + " (" + v + "):";
    return v + ":";
}

static void line(std::FILE* out, const std::string& name, unsigned long long value) {
    std::fprintf(out, "  %-52s %12llu\n", name.c_str(), value);
}

void print_fs_stats(std::FILE* out, const FsCounters& fs) {
    for (std::uint32_t op = 1; op < TANDEM_FS_OP_COUNT; op++)
        if (fs.requests[op])
            std::fprintf(out, "file service: %s %llu (%llu errors)\n", fs_op_name(op),
                         static_cast<unsigned long long>(fs.requests[op]),
                         static_cast<unsigned long long>(fs.errors[op]));
    if (fs.unknown_ops)
        std::fprintf(out, "file service: unknown op %llu (%llu errors)\n",
                     static_cast<unsigned long long>(fs.unknown_ops), static_cast<unsigned long long>(fs.unknown_ops));
    if (fs.queue_resets)
        std::fprintf(out, "file service: corrupt queue %llu\n", static_cast<unsigned long long>(fs.queue_resets));
    if (fs.stale_nodes)
        std::fprintf(out, "file service: nodes of removed files whose inode number was reused %llu\n",
                     static_cast<unsigned long long>(fs.stale_nodes));
}

void print_stats(std::FILE* out, const StatsInput& in) {
    std::fprintf(out, "tandem statistics (%s mode)\n", in.mode);
    if (in.exits) {
        std::fprintf(out, "vmproc: exits by reason\n");
        for (unsigned r = 0; r < TANDEM_EXIT_REASON_COUNT; r++)
            line(out, exit_reason_name(r), in.exits->by_reason[r]);
        if (in.exits->by_reason[TANDEM_EXIT_REASON_COUNT])
            line(out, "unknown reason", in.exits->by_reason[TANDEM_EXIT_REASON_COUNT]);
        line(out, "halts: woken by the timer", in.exits->halt_woken_by_timer);
        line(out, "halts: woken by console input", in.exits->halt_woken_by_input);
        line(out, "halts: interrupt already pending", in.exits->halt_immediate);
        line(out, "host signals ignored", in.exits->host_signals_ignored);
        line(out, "console input raised while the guest ran", in.exits->input_injections);
    }
    if (in.bus) {
        std::fprintf(out, "vmproc: port i/o exits by port\n");
        for (const auto& [port, count] : in.bus->port_counts()) {
            char name[64];
            const char* dev = in.bus->owner_name(port);
            std::snprintf(name, sizeof name, "port 0x%x (%s)", port, dev ? dev : "no device");
            line(out, name, count);
        }
        line(out, "accesses to unknown ports/registers", in.bus->unknown_count());
        line(out, "console bytes written", in.console_bytes_out);
        if (in.console_bytes_dropped) line(out, "console bytes dropped (stdout failed)", in.console_bytes_dropped);
    }
    if (in.vmlib) {
        static const char* const events[] = {
#define TANDEM_X_NAME(name, text) text,
            TANDEM_STATS(TANDEM_X_NAME)
#undef TANDEM_X_NAME
        };
        std::fprintf(out, "vmlib: events\n");
        for (unsigned i = 0; i < TANDEM_STAT_COUNT; i++) line(out, events[i], in.vmlib->events[i]);
        std::fprintf(out, "vmlib: emulated instructions by kind (others: 0)\n");
        for (unsigned k = 0; k < TANDEM_SITE_KIND_COUNT; k++)
            if (in.vmlib->sites[k]) line(out, site_kind_name(k), in.vmlib->sites[k]);
        std::fprintf(out, "vmlib: exceptions delivered by vector (others: 0)\n");
        for (unsigned v = 0; v < 32; v++)
            if (in.vmlib->exceptions[v]) line(out, exception_label(v), in.vmlib->exceptions[v]);
    }
    if (in.module) {
        static const char* const events[] = {
#define TANDEM_X_NAME(name, text) text,
            TANDEM_STATS(TANDEM_X_NAME)
#undef TANDEM_X_NAME
        };
        std::fprintf(out, "module: events (others: 0)\n");
        for (unsigned i = 0; i < TANDEM_STAT_COUNT; i++)
            if (in.module->events[i]) line(out, std::string("module: ") + events[i], in.module->events[i]);
        std::fprintf(out, "module: traps taken from the guest by vector (others: 0)\n");
        for (unsigned v = 0; v < 32; v++)
            if (in.module->exceptions[v])
                line(out, "module: trap " + exception_label(v), in.module->exceptions[v]);
    }
    if (in.guest_memory_bytes) {
        std::fprintf(out, "vmproc: guest memory\n");
        line(out, "guest memory (KiB)", in.guest_memory_bytes / 1024);
        line(out, "of it allocated by the host at the end (KiB)", in.host_memory_bytes / 1024);
    }
    for (const MeasureSection& section : in.measures) {
        std::fprintf(out, "%s\n", section.heading);
        for (const auto& [name, n] : section.rows) line(out, name, n);
    }
    if (in.fs) print_fs_stats(out, *in.fs);
    if (in.guest) print_guest_report(out, *in.guest);
    auto top = top_sites(in.sites_begin, in.sites_end, 10);
    std::fprintf(out, "busiest rewritten sites (%zu shown)\n", top.size());
    for (const tandem_site* s : top) {
        std::string where = in.symbols ? in.symbols->describe(s->addr) : std::to_string(s->addr);
        std::fprintf(out, "  %12llu  %-14s 0x%llx  %s\n", static_cast<unsigned long long>(s->count),
                     site_kind_name(s->kind).c_str(), static_cast<unsigned long long>(s->addr), where.c_str());
    }
}

} // namespace tandem

namespace tandem {

void print_guest_report(std::FILE* out, const tandem_guest_report& r) {
    std::fprintf(out, "guest kernel: its own counts\n");
    line(out, "system calls", r.syscalls);
    line(out, "processes created", r.processes);
    line(out, "programs executed", r.execs);
    line(out, "page faults resolved", r.page_faults);
    line(out, "pages those faults mapped around the faulting one", r.fault_around_pages);
    line(out, "copy-on-write copies", r.cow_copies);
    line(out, "pages made writable beside a copy-on-write fault", r.cow_taken_around);
    line(out, "written pages copied beside a copy-on-write fault", r.cow_copied_around);
    line(out, "processes killed for memory", r.oom_kills);
    line(out, "context switches", r.context_switches);
    static const char* const kKindNames[TANDEM_FAULT_KINDS] = {
        "page faults: a file's cached page mapped",
        "page faults: a file's page copied (private write)",
        "page faults: one anonymous zero page",
        "page faults: a block of anonymous zero pages",
        "page faults: copy-on-write, copied",
        "page faults: copy-on-write, taken by the last user",
        "page faults: stale translation",
        "page faults: PROT_NONE entry restored",
    };
    for (std::uint32_t k = 0; k < TANDEM_FAULT_KINDS; k++) line(out, kKindNames[k], r.fault_kinds[k]);
    std::uint32_t n = std::min<std::uint32_t>(r.enosys_used, TANDEM_REPORT_MAX_ENOSYS);
    if (n == 0) {
        std::fprintf(out, "guest kernel: every system call made was implemented\n");
        return;
    }
    std::fprintf(out, "guest kernel: unimplemented system calls (answered ENOSYS)\n");
    for (std::uint32_t i = 0; i < n; i++)
        line(out, "system call " + std::to_string(r.enosys[i].nr), r.enosys[i].count);
}

} // namespace tandem
