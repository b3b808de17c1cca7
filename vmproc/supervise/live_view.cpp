// Replies are built from copies taken at the moment of the request; the
// names are the ones `--stats` prints, so both outputs can be compared.
#include "live_view.h"

#include <sys/resource.h>
#include <time.h>

#include <atomic>

#include "guest_processes.h"
#include "measures.h"
#include "run/stats.h"

namespace tandem {

std::uint64_t monotonic_ns() {
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

namespace {

// A counter the vCPU thread increments, read once without tearing.
std::uint64_t load(const std::uint64_t& counter) {
    return __atomic_load_n(&counter, __ATOMIC_RELAXED);
}

const char* const kEventNames[] = {
#define TANDEM_X_NAME(name, text) text,
    TANDEM_STATS(TANDEM_X_NAME)
#undef TANDEM_X_NAME
};

void write_tandem_stats(json::Writer& w, const tandem_stats& st) {
    w.key("events").begin_object();
    for (unsigned i = 0; i < TANDEM_STAT_COUNT; i++) w.member(kEventNames[i], std::uint64_t{st.events[i]});
    w.end_object();
    w.key("instructions").begin_object();
    for (unsigned k = 0; k < TANDEM_SITE_KIND_COUNT; k++)
        if (st.sites[k]) w.member(site_kind_name(k), std::uint64_t{st.sites[k]});
    w.end_object();
    w.key("exceptions").begin_object();
    for (unsigned v = 0; v < 32; v++) {
        if (!st.exceptions[v]) continue;
        std::string label = exception_label(v);
        if (!label.empty() && label.back() == ':') label.pop_back();
        w.member(label, std::uint64_t{st.exceptions[v]});
    }
    w.end_object();
}

std::uint64_t timeval_ns(const timeval& tv) {
    return static_cast<std::uint64_t>(tv.tv_sec) * 1000000000ull + static_cast<std::uint64_t>(tv.tv_usec) * 1000ull;
}

} // namespace

void write_info(json::Writer& w, const VmInfo& info) {
    w.member("id", info.id)
        .member("pid", info.pid)
        .member("mode", info.mode)
        .member("kernel", info.kernel)
        .member("memory", info.memory_size)
        .member("started", info.start_realtime_s)
        .member("uptime_ns", monotonic_ns() - info.start_monotonic_ns)
        .member("command", info.command)
        .member("pmem", info.pmem_size)
        .member("cpu_weight", static_cast<std::uint64_t>(info.cpu_weight))
        .member("nice", info.nice)
        .member("channel", info.channel);
}

std::string info_reply(const LiveSources& s) {
    json::Writer w;
    w.begin_object().member("ok", true);
    write_info(w, s.info);
    if (s.restarts) w.member("restarts", static_cast<std::uint64_t>(s.restarts->load()));
    w.end_object();
    return w.text();
}

std::string stats_reply(const LiveSources& s) {
    json::Writer w;
    w.begin_object().member("ok", true).member("id", s.info.id).member("mode", s.info.mode);
    w.member("uptime_ns", monotonic_ns() - s.info.start_monotonic_ns);
    if (s.exits) {
        w.key("exits").begin_object();
        for (unsigned r = 0; r < TANDEM_EXIT_REASON_COUNT; r++)
            w.member(exit_reason_name(r), load(s.exits->by_reason[r]));
        w.member("halts woken by the timer", load(s.exits->halt_woken_by_timer));
        w.member("halts woken by console input", load(s.exits->halt_woken_by_input));
        w.end_object();
    }
    if (s.backend) {
        if (auto st = s.backend->vmlib_stats()) {
            w.key("vmlib").begin_object();
            write_tandem_stats(w, *st);
            w.end_object();
        }
        if (auto st = s.backend->module_stats()) {
            w.key("module").begin_object();
            write_tandem_stats(w, *st);
            w.end_object();
        }
    }
    const std::optional<tandem_stats> vmlib = s.backend ? s.backend->vmlib_stats() : std::nullopt;
    const std::optional<GuestCpu> spaces = s.backend ? s.backend->guest_cpu() : std::nullopt;
    write_measures(w, measure_sections(vmlib ? &*vmlib : nullptr,
                                       read_irq_latency(GuestView(s.memory, s.memory_size), s.introspect_va),
                                       cpu_split(vmlib ? &*vmlib : nullptr, spaces, vmproc_cpu_ns())));
    if (s.fs) {
        w.key("file service").begin_object();
        for (std::uint32_t op = 1; op < TANDEM_FS_OP_COUNT; op++)
            if (std::uint64_t n = load(s.fs->requests[op])) w.member(fs_op_name(op), n);
        w.end_object();
    }
    rusage ru;
    if (::getrusage(RUSAGE_SELF, &ru) == 0) {
        w.key("vmproc cpu").begin_object();
        w.member("user_ns", timeval_ns(ru.ru_utime)).member("system_ns", timeval_ns(ru.ru_stime));
        w.end_object();
    }
    w.end_object();
    return w.text();
}

std::string processes_reply(const LiveSources& s) {
    if (!s.introspect_va) return error_reply("the guest kernel image has no introspection record (" TANDEM_INTROSPECT_SYMBOL ")");
    GuestView guest(s.memory, s.memory_size);
    auto list = read_guest_processes(guest, s.introspect_va);
    if (!list) return error_reply(list.error().message);
    json::Writer w;
    w.begin_object().member("ok", true).member("id", s.info.id).member("truncated", list->truncated);
    w.key("processes").begin_array();
    for (const GuestProcess& p : list->processes) {
        w.begin_object()
            .member("pid", p.pid)
            .member("ppid", p.ppid)
            .member("state", std::string(1, p.state))
            .member("command", p.name)
            .member("threads", std::uint64_t{p.threads})
            .member("utime_ns", p.utime_ns)
            .member("stime_ns", p.stime_ns)
            .member("resident_pages", p.resident_pages)
            .end_object();
    }
    w.end_array().end_object();
    return w.text();
}

std::string error_reply(const std::string& message) {
    json::Writer w;
    w.begin_object().member("ok", false).member("error", message).end_object();
    return w.text();
}

} // namespace tandem
