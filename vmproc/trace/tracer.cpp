// The session, vmproc's events, and the guest's events from vmlib's ring
// turned into trace events.  Where each goes in the trace:
//   pid 1 (vmproc)  tid 1 exits (X, reason and device),  tid 2 device requests (X),
//                   counters of the kernel module (C, composite mode)
//   pid 2 (guest)   tid 1 system calls (i),  tid 2 interrupts and exceptions (i),
//                   tid 3 page faults (X reflected, i delivered),
//                   tid 4 address spaces (X from one CR3 load to the next, named by program),
//                   tid 5 vCPU moves between space processes (X, user-only mode)
#include "tracer.h"

#include <cstring>

#include "boot/clock.h"
#include "run/run_loop.h"
#include "run/stats.h"
#include "supervise/json.h"
#include "supervise/measures.h"

namespace tandem {

namespace {

constexpr int kVmprocPid = 1, kGuestPid = 2;
constexpr int kExitsTid = 1, kDevicesTid = 2;
constexpr int kSyscallsTid = 1, kInterruptsTid = 2, kFaultsTid = 3, kAddressSpacesTid = 4, kSpacesTid = 5;

std::string hex(std::uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

// "#PF" for vector 14, "vector 9" for one without a mnemonic.
std::string exception_name(unsigned vector) {
    std::string label = exception_label(vector);
    std::size_t space = label.find(" (");
    if (space != std::string::npos) return label.substr(0, space);
    if (!label.empty() && label.back() == ':') label.pop_back();
    return label;
}

std::string interrupt_name(unsigned vector) {
    std::string name = "interrupt " + std::to_string(vector);
    if (vector == TANDEM_VEC_TIMER) name += " (timer)";
    else if (vector == TANDEM_VEC_CONSOLE) name += " (console)";
    else if (vector == TANDEM_VEC_FILE) name += " (file service)";
    return name;
}

} // namespace

Tracer::Tracer(TraceSubject subject, tandem_trace_ring* ring, VcpuBackend* backend)
    : subject_(std::move(subject)), ring_(ring), backend_(backend) {}

Tracer::~Tracer() {
    ring_.stop();
}

std::uint64_t Tracer::ns_at(std::uint64_t tsc) const { return clock_ns(subject_.clock, tsc); }

std::uint64_t Tracer::ns_of(std::uint64_t ticks) const {
    unsigned __int128 t = ticks;
    return static_cast<std::uint64_t>((t * subject_.clock.tsc_to_ns_mult) >> subject_.clock.tsc_to_ns_shift);
}

Status Tracer::start(const std::string& path, const void* owner, const std::string& source) {
    std::lock_guard<std::mutex> hold(lock_);
    if (file_) return Error{"this VM is already being traced (to " + file_->path() + ")"};
    file_ = TANDEM_TRY(TraceJsonFile::create(path));
    owner_ = owner;
    invalid_ = 0;
    dropped_seen_ = 0;
    as_open_ = false;
    source_ = source;
    write_metadata();
    ring_.start();
    on_.store(true, std::memory_order_relaxed);
    return ok_status();
}

void Tracer::write_metadata() {
    file_->name_process(kVmprocPid, "tandem VM " + subject_.vm_id + ": vmproc (host pid " +
                                        std::to_string(subject_.host_pid) + ")");
    file_->name_thread(kVmprocPid, kExitsTid, "vCPU exits");
    file_->name_thread(kVmprocPid, kDevicesTid, "device requests");
    file_->name_process(kGuestPid, "tandem VM " + subject_.vm_id + ": guest (" + subject_.mode + ", vCPU 0)");
    file_->name_thread(kGuestPid, kSyscallsTid, "system calls");
    file_->name_thread(kGuestPid, kInterruptsTid, "interrupts and exceptions");
    file_->name_thread(kGuestPid, kFaultsTid, "page faults");
    file_->name_thread(kGuestPid, kAddressSpacesTid, "address spaces (CR3 loads)");
    file_->name_thread(kGuestPid, kSpacesTid, "space processes");
}

bool Tracer::owned_by(const void* owner) {
    std::lock_guard<std::mutex> hold(lock_);
    return file_ && owner_ == owner;
}

Result<TraceSummary> Tracer::stop(const void* owner) {
    std::lock_guard<std::mutex> hold(lock_);
    if (!file_ || owner_ != owner) return Error{"no trace of this client is running"};
    on_.store(false, std::memory_order_relaxed);
    ring_.stop();
    drain_locked();
    const std::uint64_t end_ns = ns_at(read_tsc());
    if (as_open_) end_address_space(end_ns);
    TraceSummary s;
    s.path = file_->path();
    s.dropped = ring_.dropped();
    s.invalid = invalid_;
    s.lost = ring_.lost();
    std::vector<std::pair<std::string, std::string>> text = {
        {"tandem_vm", subject_.vm_id}, {"tandem_mode", subject_.mode}, {"tandem_source", source_}};
    std::vector<std::pair<std::string, std::uint64_t>> numbers = {
        {"tandem_dropped_events", s.dropped},
        {"tandem_invalid_events", s.invalid},
        {"tandem_lost_events", s.lost},
        {"tandem_tsc_hz", subject_.clock.tsc_hz},
        {"tandem_vmlib_ring_events", ring_.present() ? TANDEM_TRACE_EVENTS : 0u}};
    s.events = file_->events();
    Status written = file_->finish(text, numbers);
    file_.reset();
    owner_ = nullptr;
    if (!written) return written.error();
    return s;
}

void Tracer::drain() {
    if (!on()) return;
    std::lock_guard<std::mutex> hold(lock_);
    if (file_) drain_locked();
}

void Tracer::drain_locked() {
    batch_.clear();
    ring_.take(batch_);
    const std::uint64_t now = read_tsc();
    for (const tandem_trace_event& e : batch_) convert(e, now);
    // A full ring is a fact of the trace: shown where it was noticed.
    const std::uint32_t dropped = ring_.dropped();
    if (dropped != dropped_seen_) {
        json::Writer w;
        w.begin_object().member("dropped", std::uint64_t{dropped - dropped_seen_}).end_object();
        file_->instant(kGuestPid, kSyscallsTid, "trace: events dropped (vmlib's ring was full)", "trace", ns_at(now),
                       w.text());
        dropped_seen_ = dropped;
    }
}

void Tracer::guest_restarted() {
    std::lock_guard<std::mutex> hold(lock_);
    if (!file_) return;
    const std::uint64_t now = ns_at(read_tsc());
    if (as_open_) end_address_space(now);
    file_->instant(kGuestPid, kSyscallsTid, "guest restarted", "trace", now, "");
    dropped_seen_ = 0;
    ring_.start();
}

void Tracer::convert(const tandem_trace_event& e, std::uint64_t now_tsc) {
    // Times vmlib can have taken: after boot, before this drain (with a
    // second of slack for a TSC that differs between CPUs).
    const std::uint64_t slack = subject_.clock.tsc_hz;
    if (e.tsc < subject_.clock.tsc_at_boot || e.tsc > now_tsc + slack || e.tsc + e.duration > now_tsc + slack) {
        invalid_++;
        return;
    }
    const std::uint64_t ts = ns_at(e.tsc);
    json::Writer args;
    args.begin_object();
    switch (e.kind) {
    case TANDEM_TRACE_SYSCALL:
        args.member("nr", std::uint64_t{e.arg0}).member("rip", hex(e.arg1)).end_object();
        file_->instant(kGuestPid, kSyscallsTid, guest_syscall_name(e.arg0), "syscall", ts, args.text());
        return;
    case TANDEM_TRACE_INTERRUPT:
        if (e.code < TANDEM_VEC_FIRST_IRQ || e.code >= TANDEM_VEC_FIRST_IRQ + TANDEM_IRQ_LINES || e.arg1 > 3) break;
        args.member("vector", std::uint64_t{e.code}).member("rip", hex(e.arg0)).member("cpl", std::uint64_t{e.arg1});
        args.end_object();
        file_->instant(kGuestPid, kInterruptsTid, interrupt_name(e.code), "interrupt", ts, args.text());
        return;
    case TANDEM_TRACE_EXCEPTION:
        if (e.code >= 32) break;
        args.member("vector", std::uint64_t{e.code}).member("rip", hex(e.arg0)).member("error", hex(e.arg1));
        args.end_object();
        file_->instant(kGuestPid, kInterruptsTid, exception_name(e.code), "exception", ts, args.text());
        return;
    case TANDEM_TRACE_PAGE_FAULT:
        if (e.code > 1) break;
        args.member("address", hex(e.arg0)).member("error", hex(e.arg1)).end_object();
        if (e.code == 0)
            file_->complete(kGuestPid, kFaultsTid, "page fault: reflected", "page fault", ts, ns_of(e.duration),
                            args.text());
        else
            file_->instant(kGuestPid, kFaultsTid, "page fault: to the guest kernel", "page fault", ts, args.text());
        return;
    case TANDEM_TRACE_ADDRESS_SPACE:
        if (as_open_) end_address_space(ts);
        as_open_ = true;
        as_root_ = e.arg0 & TANDEM_CR3_ADDR_MASK;
        as_start_ns_ = ts;
        return;
    case TANDEM_TRACE_SPACE_SWITCH:
        if (e.code >= TANDEM_SPACE_MAX || e.arg0 >= TANDEM_SPACE_MAX) break;
        args.member("from", std::uint64_t{e.code}).member("to", std::uint64_t{e.arg0}).end_object();
        file_->complete(kGuestPid, kSpacesTid,
                        "space " + std::to_string(e.code) + " -> " + std::to_string(e.arg0), "space switch", ts,
                        ns_of(e.duration), args.text());
        return;
    default:
        break;
    }
    invalid_++;
}

// The slice of the address space that ran since its CR3 load.
void Tracer::end_address_space(std::uint64_t ts_ns) {
    json::Writer args;
    args.begin_object().member("cr3", hex(as_root_)).end_object();
    const std::uint64_t dur = ts_ns > as_start_ns_ ? ts_ns - as_start_ns_ : 0;
    file_->complete(kGuestPid, kAddressSpacesTid, program_of(as_root_), "context switch", as_start_ns_, dur,
                    args.text());
    as_open_ = false;
}

// The program in address space `root`, from the guest kernel's name table
// (guest memory: every entry copied, the name cut at its array and cleaned).
std::string Tracer::program_of(std::uint64_t root) const {
    const std::uint64_t phys = subject_.program_names_phys;
    if (root && phys && phys <= subject_.memory_size &&
        subject_.memory_size - phys >= sizeof(tandem_program_names)) {
        for (unsigned i = 0; i < TANDEM_PROGRAM_NAMES; i++) {
            tandem_program_name e;
            std::memcpy(&e, subject_.memory + phys + i * sizeof e, sizeof e);
            if (e.root != root) continue;
            std::string name;
            for (char c : e.name) {
                if (c == 0) break;
                name += c > ' ' && c < 0x7f ? c : '_';
            }
            if (!name.empty()) return name;
        }
    }
    return root ? "cr3 " + hex(root) : "the guest kernel (no user address space)";
}

void Tracer::exit_event(const tandem_run& exit, std::uint64_t start_tsc, const char* device) {
    if (!on()) return;
    std::lock_guard<std::mutex> hold(lock_);
    if (!file_) return;
    drain_locked();
    const std::uint64_t now = read_tsc();
    std::string name = exit_reason_name(exit.exit_reason);
    json::Writer args;
    args.begin_object();
    if (exit.exit_reason == TANDEM_EXIT_IO) {
        name += std::string(": ") + (device ? device : "no device");
        args.member("port", hex(exit.io_port))
            .member("size", std::uint64_t{exit.io_size})
            .member("direction", exit.io_in ? "in" : "out")
            .member("value", hex(exit.io_value));
    } else if (exit.exit_reason == TANDEM_EXIT_HALT) {
        args.member("deadline_ns", std::uint64_t{exit.halt_deadline_ns});
    }
    args.end_object();
    const std::uint64_t ts = ns_at(start_tsc);
    file_->complete(kVmprocPid, kExitsTid, name, "exit", ts, ns_of(now > start_tsc ? now - start_tsc : 0), args.text());
    module_counters(ts);
}

// Composite mode: the module's world switches and in-module events happen
// without vmlib, so the trace shows its counters at every exit.
void Tracer::module_counters(std::uint64_t ts_ns) {
    if (!backend_) return;
    const std::optional<tandem_stats> m = backend_->module_stats();
    if (!m) return;
    json::Writer args;
    args.begin_object()
        .member("world switches", std::uint64_t{m->events[TANDEM_STAT_WORLD_SWITCH]})
        .member("system calls entered by the module", std::uint64_t{m->events[TANDEM_STAT_DIRECT_SYSCALL] +
                                                                     m->events[TANDEM_STAT_FAST_SYSCALL]})
        .member("shadow fills", std::uint64_t{m->events[TANDEM_STAT_SHADOW_FILL]})
        .end_object();
    file_->counter(kVmprocPid, "kernel module", ts_ns, args.text());
}

void Tracer::request(const char* device, const char* what, std::uint64_t start_tsc, std::int64_t result,
                     std::uint64_t bytes) {
    if (!on()) return;
    std::lock_guard<std::mutex> hold(lock_);
    if (!file_) return;
    const std::uint64_t now = read_tsc();
    json::Writer args;
    args.begin_object().member("result", std::int64_t{result}).member("bytes", std::uint64_t{bytes}).end_object();
    file_->complete(kVmprocPid, kDevicesTid, std::string(device) + ": " + what, "device", ns_at(start_tsc),
                    ns_of(now > start_tsc ? now - start_tsc : 0), args.text());
}

} // namespace tandem
