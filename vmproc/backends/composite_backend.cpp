// Composite mode on /dev/tandem.  vmlib's composite set-up runs here, in
// vmproc (it only computes), then the
// module runs the guest; every exit vmlib makes arrives as a RUN that
// returned TANDEM_EXIT_VMLIB with vmlib's own exit record filled in.
#define TANDEM_WANT_IOCTLS
#include "composite_backend.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include "stop_signals.h"

namespace tandem {

namespace {

volatile std::sig_atomic_t g_stop_signal = 0;

// A stop signal while the guest runs: RUN returns EINTR and the loop sees it.
extern "C" void on_composite_stop(int sig) { g_stop_signal = sig; }

struct sigaction g_saved[kStopSignalCount];

using CpSetupFn = int (*)(const tandem_vcpu_entry*, tandem_cp_config*);

} // namespace

Status CompositeBackend::probe(const char* device) {
    struct stat st;
    if (::stat(device, &st) != 0)
        return Error{std::string("composite mode: not available (") + device +
                     " not found; the kernel module is not loaded)"};
    int fd = ::open(device, O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error{std::string("composite mode: not available (") + device + ": " + std::strerror(errno) + ")"};
    long v = ::ioctl(fd, TANDEM_IOC_API_VERSION);
    ::close(fd);
    if (v != long(TANDEM_ABI_VERSION))
        return Error{"composite mode: not available (" + std::string(device) + " speaks ABI " + std::to_string(v) +
                     ", this tandem needs ABI " + std::to_string(TANDEM_ABI_VERSION) + ")"};
    return ok_status();
}

CompositeBackend::~CompositeBackend() { teardown(); }

Status CompositeBackend::setup(const VcpuStart& start) {
    TANDEM_CHECK(probe());
    fd_ = ::open(TANDEM_DEVICE_PATH, O_RDWR | O_CLOEXEC);
    if (fd_ < 0) return Error{std::string("composite mode: /dev/tandem: ") + std::strerror(errno)};
    tandem_create_vm vm{TANDEM_DIRECT_MAP_BASE, start.memory_size, 0};
    if (::ioctl(fd_, TANDEM_IOC_CREATE_VM, &vm) != 0)
        return Error{std::string("composite mode: CREATE_VM: ") + std::strerror(errno)};

    tandem_vcpu_entry in{};
    in.boot_info_phys = start.boot_info_phys;
    in.entry_rip = start.rip;
    in.entry_rsp = start.rsp;
    in.memory_size = start.memory_size;
    tandem_cp_config cp{};
    int rc = reinterpret_cast<CpSetupFn>(vmlib_.desc().cp_setup)(&in, &cp);
    if (rc != 0) return Error{std::string("vmlib composite setup failed: ") + std::strerror(rc < 0 ? -rc : rc)};
    if (::ioctl(fd_, TANDEM_IOC_SET_VMLIB, &cp) != 0)
        return Error{std::string("composite mode: SET_VMLIB: ") + std::strerror(errno)};
    if (start.profile_interval_ns) TANDEM_CHECK(set_profile(start));

    tandem_vcpu_state st{};
    st.regs.rip = cp.boot_rip;
    st.regs.gpr[TANDEM_RSP] = cp.boot_rsp;
    st.regs.rflags = TANDEM_RFLAGS_FIXED;
    if (::ioctl(fd_, TANDEM_IOC_SET_STATE, &st) != 0)
        return Error{std::string("composite mode: SET_STATE: ") + std::strerror(errno)};

    struct sigaction sa{};
    sa.sa_handler = on_composite_stop; // no SA_RESTART: RUN must return EINTR
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < kStopSignalCount; i++) ::sigaction(kStopSignals[i], &sa, &g_saved[i]);
    handlers_ = true;
    return ok_status();
}

// --profile: the module samples into vmlib's ring (platform.h section 11),
// whose address comes from the descriptor vmproc validated, and names
// programs from the table vmproc itself placed.
Status CompositeBackend::set_profile(const VcpuStart& start) {
    if (!vmlib_.profile_ring()) return Error{"--profile: the guest image's vmlib has no profile ring"};
    tandem_profile_config p{};
    p.ring_va = vmlib_.desc().profile;
    p.names_va = start.program_names_phys ? TANDEM_PHYS_TO_VIRT(start.program_names_phys) : 0;
    p.interval_ns = start.profile_interval_ns;
    if (::ioctl(fd_, TANDEM_IOC_SET_PROFILE, &p) != 0)
        return Error{std::string("composite mode: SET_PROFILE: ") + std::strerror(errno)};
    return ok_status();
}

void CompositeBackend::fail_run(int err) {
    tandem_run& run = run_state();
    run.exit_reason = TANDEM_EXIT_INTERNAL;
    std::string msg = std::string("composite mode: RUN failed: ") + std::strerror(err);
    std::strncpy(run.message, msg.c_str(), sizeof run.message - 1);
    run.message[sizeof run.message - 1] = 0;
}

void CompositeBackend::run() {
    tandem_run& run = run_state();
    for (;;) {
        if (g_stop_signal) {
            run.exit_reason = TANDEM_EXIT_HOST_SIGNAL;
            run.host_signal = std::uint32_t(g_stop_signal);
            return;
        }
        tandem_run kr{};
        if (::ioctl(fd_, TANDEM_IOC_RUN, &kr) != 0) {
            if (errno == EINTR) continue;
            return fail_run(errno);
        }
        if (kr.exit_reason == TANDEM_EXIT_VMLIB) return; // vmlib filled in its record
        // The module stopped the guest itself: give vmproc its account.
        run.exit_reason = kr.exit_reason;
        run.fault_rip = kr.fault_rip;
        run.fault_addr = kr.fault_addr;
        run.fault_vector = kr.fault_vector;
        run.fault_error = kr.fault_error;
        std::memcpy(run.message, kr.message, sizeof run.message);
        if (run.exit_reason != TANDEM_EXIT_SHUTDOWN && run.exit_reason != TANDEM_EXIT_INTERNAL) {
            std::string msg = "composite mode: unexpected exit from the module (" +
                              std::to_string(kr.exit_reason) + ")";
            std::strncpy(run.message, msg.c_str(), sizeof run.message - 1);
            run.exit_reason = TANDEM_EXIT_INTERNAL;
        }
        return;
    }
}

void CompositeBackend::inject(std::uint64_t lines) {
    if (!lines || fd_ < 0) return;
    tandem_irq irq{lines};
    if (::ioctl(fd_, TANDEM_IOC_INJECT_IRQ, &irq) != 0)
        std::fprintf(stderr, "tandem: composite mode: INJECT_IRQ: %s\n", std::strerror(errno));
}

std::optional<tandem_stats> CompositeBackend::module_stats() {
    tandem_stats s{};
    if (fd_ < 0 || ::ioctl(fd_, TANDEM_IOC_GET_STATS, &s) != 0) return std::nullopt;
    return s;
}

void CompositeBackend::teardown() {
    if (handlers_) {
        for (int i = 0; i < kStopSignalCount; i++) ::sigaction(kStopSignals[i], &g_saved[i], nullptr);
        handlers_ = false;
    }
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

} // namespace tandem
