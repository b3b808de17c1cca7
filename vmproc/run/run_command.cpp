// Start-up order matters: the guest ranges are reserved before anything is
// loaded (so no host mapping can land in them), the image and modules are
// validated and the layout planned before guest memory exists, and only
// then is memory created, filled and handed to the backend.
#include "run_command.h"

#include <tandem/platform.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <unistd.h>

#include <sys/resource.h>
#include <sys/sysinfo.h>

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

#include "backends/composite_backend.h"
#include "backends/user_only_backend.h"
#include "backends/vmlib_records.h"
#include "boot/boot_info.h"
#include "boot/boot_modules.h"
#include "boot/clock.h"
#include "boot/elf_image.h"
#include "boot/guest_memory.h"
#include "cli/kernel_path.h"
#include "devices/console.h"
#include "devices/channel.h"
#include "devices/console_input.h"
#include "devices/entropy.h"
#include "devices/power.h"
#include "fs/file_service.h"
#include "fs/fs_exports.h"
#include "halt_wait.h"
#include "profile.h"
#include "profile_drain.h"
#include "run_loop.h"
#include "stats.h"
#include "supervise/channel_link.h"
#include "supervise/control_paths.h"
#include "supervise/control_server.h"
#include "supervise/core_writer.h"
#include "supervise/cpu_share.h"
#include "supervise/failure.h"
#include "supervise/pmem_store.h"
#include "supervise/restart.h"
#include "supervise/watchdog.h"
#include "trace/tracer.h"

namespace tandem {

// Chooses the backend for --mode: `auto` is composite when /dev/tandem is
// there and speaks our ABI, user-only otherwise; `composite` explains in
// one line why it cannot run.
static Result<Mode> choose_mode(Mode requested) {
    if (requested == Mode::User) return Mode::User;
    Status composite = CompositeBackend::probe();
    if (requested == Mode::Composite) {
        if (!composite) return composite.error();
        return Mode::Composite;
    }
    return composite ? Mode::Composite : Mode::User;
}

// Every node and open handle of the file service holds a host fd: allow as
// many as the hard limit permits.
static void raise_fd_limit() {
    struct rlimit rl;
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &rl);
    }
}

// Guest memory is a memfd the host fills on demand, so more than the host
// has is allowed (most guests never touch it all), but a user who asked for
// it should know that a guest using it will meet the host's OOM killer, not
// its own.  The default size never warns (small hosts and VMs run it).
static void warn_if_beyond_host_memory(std::uint64_t memory_size) {
    struct sysinfo si;
    if (::sysinfo(&si) != 0) return;
    std::uint64_t host = static_cast<std::uint64_t>(si.totalram) * si.mem_unit;
    if (memory_size <= host) return;
    std::fprintf(stderr, "tandem: warning: --memory %s is more than this host's memory (%lluM)\n",
                 format_size(memory_size).c_str(), static_cast<unsigned long long>(host >> 20));
}

// What `tandem ps` shows about this VM.
static VmInfo vm_info(const RunOptions& o, const std::string& kernel, const char* mode) {
    VmInfo info;
    info.id = new_vm_id();
    info.pid = static_cast<int>(::getpid());
    info.mode = mode;
    char resolved[PATH_MAX];
    info.kernel = ::realpath(kernel.c_str(), resolved) ? resolved : kernel;
    info.memory_size = o.memory_size;
    info.pmem_size = o.supervisor.pmem_size;
    info.nice = current_nice();
    info.cpu_weight = o.supervisor.cpu_weight ? o.supervisor.cpu_weight : cpu_weight_for_nice(info.nice);
    info.channel = o.supervisor.channel;
    info.start_realtime_s = static_cast<std::uint64_t>(std::time(nullptr));
    info.start_monotonic_ns = monotonic_ns();
    for (const std::string& word : o.program) info.command += (info.command.empty() ? "" : " ") + word;
    return info;
}

// Starts the control socket; a VM that cannot have one still runs (with a warning).
static void start_control(ControlServer& server, const VmInfo& info) {
    auto dir = control_dir(true);
    Status s = dir ? server.start(socket_path(*dir, info.id, info.pid)) : Status(dir.error());
    if (!s) std::fprintf(stderr, "tandem: warning: no control socket (%s)\n", s.error().message.c_str());
}

// Whether a failed guest gets a core file: never with --no-core; always
// with --core-dir; otherwise as the host decides for its own processes,
// by RLIMIT_CORE (`ulimit -c`, 0 on many systems: no core).
static bool core_wanted(const RunOptions& o) {
    if (!o.core) return false;
    if (!o.core_dir.empty()) return true;
    struct rlimit rl;
    return ::getrlimit(RLIMIT_CORE, &rl) == 0 && rl.rlim_cur != 0;
}

// Writes the failed guest's core if wanted; what to tell the user about it
// ("core written to PATH", "no core: why"), or "" when none was wanted.
static std::string dump_core(const RunOptions& o, const Failure& f, const GuestMemory& memory, unsigned failure_number) {
    if (!core_wanted(o)) return "";
    CoreInput in;
    in.memory = memory.base();
    in.memory_size = memory.size();
    in.memfd = memory.memfd();
    in.regs = f.regs;
    in.fs_base = f.fs_base;
    in.gs_base = f.gs_base;
    in.signal = f.signal;
    in.reason = f.reason;
    in.pid = static_cast<int>(::getpid());
    std::string path = core_path(o.core_dir, in.pid, failure_number);
    Status s = write_core(path, in);
    return s ? "core written to " + path : "no core: " + s.error().message;
}

// Reports a failed guest in one line: the run's own error line (printed by
// main) gets the core's whereabouts appended; a run that ended with a
// status (a panic powers off with 125) gets a line of its own.
static void report_failure(const RunOptions& o, const Failure& f, const GuestMemory& memory, Result<int>& result,
                           unsigned failure_number) {
    std::string core = dump_core(o, f, memory, failure_number);
    if (!result) {
        Error e = result.error();
        if (!core.empty()) e.message += "; " + core;
        result = e;
        return;
    }
    std::fprintf(stderr, "tandem: %s%s%s\n", f.reason.c_str(), core.empty() ? "" : "; ", core.c_str());
}

// The run's failure, if any: the guest kernel's panic report, the run's end,
// what the watchdog saw.  A hang becomes the run's error.
static std::optional<Failure> failure_of(const PowerDevice& power, VcpuBackend& backend, const VmlibRecords& vmlib,
                                         const Watchdog& watchdog, Result<int>& result) {
    const std::optional<tandem_vcpu_state> vcpu = vmlib.vcpu_state();
    RunEnd end;
    if (power.panic()) end.panic = &*power.panic();
    end.run = &backend.run_state();
    if (vcpu) end.vcpu = &*vcpu;
    end.stopped_by_error = !result;
    if (watchdog.fired()) end.watchdog_fired_s = watchdog.seconds();
    std::optional<Failure> failure = detect_failure(end);
    if (failure && failure->kind == FailureKind::Hang) result = Error{failure->reason};
    return failure;
}

// CLOCK_REALTIME in nanoseconds (the failure record's time).
static std::uint64_t realtime_ns() {
    timespec t{};
    ::clock_gettime(CLOCK_REALTIME, &t);
    return static_cast<std::uint64_t>(t.tv_sec) * 1000000000ull + static_cast<std::uint64_t>(t.tv_nsec);
}

// What a restart re-creates, and what it keeps (docs/SUPERVISOR.md,
// "Restarting a failed guest"): the parsed image, the boot modules, the
// exports and their file service, the devices' host sides, the control
// socket and the channel stay; guest memory below the --pmem region, the
// vCPU (the space processes), the devices' guest-facing state and the
// clock's start are made anew.
struct Restart {
    const RunOptions& o;
    const ElfImage& image;
    GuestMemory& memory;
    BootInput& boot;
    BootPlan& plan;
    Machine& machine;
    FileService& files;
    ChannelDevice* channel;
    ProfileCollector& profile;
    const VcpuStart& start;
};

// Boots a fresh guest kernel in this VM process after a failure.
static Status restart_guest(Restart& r, const tandem_failure_record& record) {
    r.machine.backend.teardown();
    r.profile.drain(); // what the failed guest sampled last, before its ring goes
    TANDEM_CHECK(r.memory.wipe_below(r.o.memory_size));
    r.profile.restarted();
    r.image.load_into(r.memory.base(), r.o.memory_size);
    r.boot.clock = restart_guest_clock(r.boot.clock);
    r.plan.info.clock = r.boot.clock;
    r.plan.info.last_failure = record;
    write_boot(r.plan, r.boot, r.memory.base());
    r.machine.clock = r.boot.clock;
    r.machine.power.reset();
    r.machine.irqs.take();
    r.machine.input.carry_over_eof();
    r.files.reset();
    if (r.channel) r.channel->reset();
    if (r.machine.tracer) r.machine.tracer->guest_restarted();
    return r.machine.backend.setup(r.start);
}

// One line about --trace's file when something went wrong with it.
static void report_trace(Result<TraceSummary> summary) {
    if (!summary) {
        std::fprintf(stderr, "tandem: %s\n", summary.error().message.c_str());
        return;
    }
    if (summary->dropped || summary->invalid || summary->lost)
        std::fprintf(stderr, "tandem: trace: %s: %llu events dropped (vmlib's ring was full), %llu invalid, %llu lost\n",
                     summary->path.c_str(), static_cast<unsigned long long>(summary->dropped),
                     static_cast<unsigned long long>(summary->invalid), static_cast<unsigned long long>(summary->lost));
}

Result<int> run_command(const RunOptions& o) {
    const SupervisorOptions& sup = o.supervisor;
    // Before any thread or space process exists: they all inherit it.
    if (sup.cpu_weight) TANDEM_CHECK(apply_cpu_weight(sup.cpu_weight));
    if (o.memory_given) warn_if_beyond_host_memory(o.memory_size);
    Mode mode = TANDEM_TRY(choose_mode(o.mode));
    if (!o.profile.empty()) TANDEM_CHECK(ProfileCollector::create_outputs(o.profile));
    std::string kernel = TANDEM_TRY(resolve_kernel(o.kernel, executable_dir()));

    // Only composite mode runs guest code (vmlib's cp_setup) in this process
    // and hands the module guest memory at the direct map; user-only mode
    // runs it in space processes and leaves the fixed ranges alone here.
    const GuestPlacement placement = mode == Mode::Composite ? GuestPlacement::DirectMap : GuestPlacement::Anywhere;
    if (placement == GuestPlacement::DirectMap) TANDEM_CHECK(reserve_guest_ranges());
    ElfImage image = TANDEM_TRY(ElfImage::open(kernel, o.memory_size));
    BootInput boot;
    boot.memory_size = o.memory_size;
    // Always: a trace taken from outside (`tandem trace`) names address spaces by program too.
    boot.program_names = true;
    boot.pmem_size = sup.pmem_size;
    boot.kernel_phys_end = image.kernel_phys_end();
    boot.cmdline = o.cmdline;
    // The guest's console is a terminal exactly when tandem's is (programs
    // then behave as they would natively: line buffering, ls columns).
    if (isatty(0) && isatty(1)) boot.cmdline += boot.cmdline.empty() ? "console=tty" : " console=tty";
    if (o.verbose) boot.cmdline += boot.cmdline.empty() ? "verbose" : " verbose";
    boot.modules = program_modules(o.program);
    if (!o.program.empty())
        for (BootModule& m : process_modules(o.env, o.workdir)) boot.modules.push_back(std::move(m));
    FsExports exports = TANDEM_TRY(FsExports::open(mount_order(o.root, o.binds)));
    std::optional<PmemStore> pmem_file;
    if (!sup.pmem_file.empty()) pmem_file.emplace(TANDEM_TRY(PmemStore::open(sup.pmem_file, sup.pmem_size)));
    std::optional<ChannelLink> link;
    if (!sup.channel.empty()) link.emplace(TANDEM_TRY(ChannelLink::join(TANDEM_TRY(control_dir(true)), sup.channel)));
    boot.channel = link.has_value();
    raise_fd_limit();
    boot.clock = TANDEM_TRY(start_guest_clock());
    BootPlan plan = TANDEM_TRY(plan_boot(boot));

    // The --pmem region is guest memory after RAM.
    GuestMemory memory = TANDEM_TRY(GuestMemory::create(o.memory_size + sup.pmem_size, placement));
    std::uint8_t* const pmem_region = memory.base() + o.memory_size;
    image.load_into(memory.base(), o.memory_size);
    if (pmem_file) TANDEM_CHECK(pmem_file->load(pmem_region));
    write_boot(plan, boot, memory.base());
    if (!sup.restarts) boot.modules.clear(); // copied into the guest; free the host copies (a restart copies them again)

    boost::asio::io_context io;
    IrqLines irqs;
    RingView out_ring(memory.at<tandem_ring>(plan.console_out.phys), plan.console_out.data_size);
    RingView in_ring(memory.at<tandem_ring>(plan.console_in.phys), plan.console_in.data_size);
    ConsoleInput input(io, 0, in_ring, irqs, kConsoleSpec.vector);
    ConsoleDevice console(out_ring, &input);
    RingView err_ring(memory.at<tandem_ring>(plan.console_err.phys), plan.console_err.data_size);
    ConsoleDevice err_console(err_ring, nullptr, 2, kErrorConsoleSpec);
    EntropyDevice entropy;
    PowerDevice power;
    power.set_memory(memory.base(), memory.size());
    FileService files(memory.base(), memory.size(), plan.fs_queue.phys, plan.fs_queue.slot_count,
                      std::move(exports));
    IoBus bus;
    for (Device* device : std::initializer_list<Device*>{&console, &err_console, &entropy, &power, &files})
        TANDEM_CHECK(bus.attach(*device));
    std::unique_ptr<ChannelDevice> channel;
    if (link) {
        channel = std::make_unique<ChannelDevice>(memory.base(), memory.size(), plan.channel_mailbox, *link);
        TANDEM_CHECK(bus.attach(*channel));
    }
    HaltWaiter waiter(io);
    std::signal(SIGPIPE, SIG_IGN); // a closed stdout is an error value, not death

    VmlibRecords vmlib = TANDEM_TRY(VmlibRecords::locate(image.vmlib_desc(), memory.base(), memory.size()));
    ProfileCollector profile(vmlib.profile_ring());
    if (!o.profile.empty() && !vmlib.profile_ring()) return Error{"--profile: the guest image's vmlib has no profile ring"};
    std::unique_ptr<VcpuBackend> chosen;
    UserOnlyBackend* user_only_backend = nullptr;
    if (mode == Mode::Composite) {
        chosen = std::make_unique<CompositeBackend>(vmlib);
    } else {
        auto user_only = std::make_unique<UserOnlyBackend>(vmlib);
        user_only_backend = user_only.get();
        chosen = std::move(user_only);
    }
    VcpuBackend& backend = *chosen;
    LiveSources live;
    live.info = vm_info(o, kernel, backend.name());
    TraceSubject subject{live.info.id, live.info.pid, live.info.mode, boot.clock, memory.base(), memory.size(),
                         plan.program_names};
    Tracer tracer(subject, vmlib.trace_ring(), &backend);
    files.set_trace(&tracer);
    console.set_trace(&tracer);
    err_console.set_trace(&tracer);
    if (user_only_backend) {
        const bool profiling = !o.profile.empty();
        user_only_backend->set_wait_hook([&profile, &tracer, profiling] {
            if (profiling) profile.drain();
            tracer.drain();
        });
    }
    if (!o.trace.empty()) TANDEM_CHECK(tracer.start(o.trace, &o, "tandem run --trace"));
    VcpuStart start;
    start.boot_info_phys = TANDEM_PHYS_BOOT_INFO;
    start.rip = image.entry();
    start.rsp = TANDEM_PHYS_TO_VIRT(TANDEM_PHYS_BOOT_STACK_TOP);
    start.memfd = memory.memfd();
    start.memory_size = memory.size();
    start.spaces = o.spaces;
    if (!o.profile.empty()) start.profile_interval_ns = TANDEM_PROFILE_INTERVAL_NS;
    start.program_names_phys = plan.program_names;
    TANDEM_CHECK(backend.setup(start));
    input.start();
    RunGate gate;
    InputWatch watch(gate, input, irqs, backend);
    watch.start();

    Machine machine{backend, bus, power, console, input, waiter, irqs, io, boot.clock, {}, &gate, channel.get(), &tracer};
    if (channel) {
        // From the channel's thread: the line reaches a running guest through
        // the backend, and a halted one through the io_context it sleeps in.
        channel->start([&backend, &io, &irqs] {
            backend.inject(TANDEM_IRQ_LINE_BIT(TANDEM_VEC_CHANNEL));
            boost::asio::post(io, [&irqs] { irqs.raise(TANDEM_VEC_CHANNEL); });
        });
    }
    // Composite mode: the module fills the ring during RUN, which may not
    // return for longer than the ring holds; user-only mode drains in its wait hook.
    ProfileDrain profile_drain(profile, std::chrono::milliseconds(100));
    if (!o.profile.empty() && !user_only_backend) profile_drain.start();
    std::atomic<unsigned> restarts{0};
    live.backend = &backend;
    live.tracer = &tracer;
    live.exits = &machine.counters;
    live.fs = &files.counters();
    live.memory = memory.base();
    live.memory_size = memory.size();
    live.introspect_va = image.symbols().address_of(TANDEM_INTROSPECT_SYMBOL);
    live.restarts = &restarts;
    ControlServer control(live);
    start_control(control, live.info);
    Restart again{o, image, memory, boot, plan, machine, files, channel.get(), profile, start};
    Result<int> result = 0;
    for (unsigned failures = 0;;) {
        Watchdog watchdog(o.watchdog_s, vmlib, boot.clock, gate, pthread_self());
        watchdog.start();
        result = run_guest(machine);
        watchdog.stop();
        const std::uint64_t ended_ns = realtime_ns();
        std::optional<Failure> failure = failure_of(power, backend, vmlib, watchdog, result);
        if (failure) report_failure(o, *failure, memory, result, sup.restarts ? ++failures : 0);
        if (pmem_file) {
            Status saved = pmem_file->save(pmem_region);
            if (!saved) std::fprintf(stderr, "tandem: %s\n", saved.error().message.c_str());
        }
        if (!failure || !sup.restarts || failures > sup.restarts) break;
        if (!restartable(failure->kind)) {
            std::fprintf(stderr, "tandem: not restarting: a guest that broke the isolation rules is not restarted\n");
            break;
        }
        // A failure that ended the run with an error (a hang, a fatal stop)
        // has its line printed here, as main would print the last one.
        if (!result) std::fprintf(stderr, "tandem: %s\n", result.error().message.c_str());
        std::fprintf(stderr, "tandem: restarting the guest (restart %u of %u)\n", failures, sup.restarts);
        restarts.store(failures);
        Status booted = restart_guest(again, make_failure_record(failure->reason, failures, ended_ns));
        if (!booted) {
            result = booted.error();
            break;
        }
    }
    if (channel) channel->stop();
    watch.stop();
    profile_drain.stop();
    control.stop();
    if (!o.trace.empty()) report_trace(tracer.stop(&o));
    machine.counters.input_injections = watch.injections();

    if (o.stats) {
        const std::optional<tandem_stats> vmlib_stats = backend.vmlib_stats();
        const std::optional<tandem_stats> module_stats = backend.module_stats();
        const std::vector<tandem_site> sites = backend.sites();
        StatsInput s;
        s.mode = backend.name();
        if (vmlib_stats) s.vmlib = &*vmlib_stats;
        if (module_stats) s.module = &*module_stats;
        s.sites_begin = sites.data();
        s.sites_end = sites.data() + sites.size();
        s.exits = &machine.counters;
        s.bus = &bus;
        s.symbols = &image.symbols();
        s.console_bytes_out = console.bytes_written();
        s.console_bytes_dropped = console.bytes_dropped();
        s.fs = &files.counters();
        if (power.report()) s.guest = &*power.report();
        s.guest_memory_bytes = memory.size();
        s.host_memory_bytes = memory.host_bytes();
        s.measures = measure_sections(s.vmlib, read_irq_latency(GuestView(memory.base(), memory.size()), live.introspect_va),
                                      cpu_split(s.vmlib, backend.guest_cpu(), vmproc_cpu_ns()));
        print_stats(stderr, s);
    }
    backend.teardown();
    if (!o.profile.empty()) {
        profile.drain();
        Status written = profile.write(o.profile, image.symbols(), TANDEM_PROFILE_INTERVAL_NS);
        if (!written) std::fprintf(stderr, "tandem: %s\n", written.error().message.c_str());
    }
    return result;
}

} // namespace tandem
