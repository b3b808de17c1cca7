// Calls into vmlib.  Its entry points are plain SysV functions in the guest
// image, which is mapped at its link address (the direct map), so the
// descriptor's addresses are valid pointers in this process.
#include "user_only_backend.h"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <string>

namespace tandem {

using UoSetupFn = int (*)(const tandem_uo_config*);
using UoRunFn = void (*)();
using UoTeardownFn = void (*)();

UserOnlyBackend::~UserOnlyBackend() { teardown(); }

Status UserOnlyBackend::setup(const VcpuStart& start) {
    void* stack = ::mmap(nullptr, kSignalStackSize, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) return Error{std::string("vmlib signal stack: ") + std::strerror(errno)};
    signal_stack_ = stack;

    tandem_uo_config cfg{};
    cfg.boot_info_phys = start.boot_info_phys;
    cfg.entry_rip = start.rip;
    cfg.entry_rsp = start.rsp;
    cfg.host_signal_stack = reinterpret_cast<std::uint64_t>(stack); // lowest address
    cfg.host_stack_size = kSignalStackSize;
    timer_signal_ = SIGRTMIN + 4;
    vcpu_tid_ = static_cast<int>(::gettid());
    cfg.timer_signal = static_cast<std::uint32_t>(timer_signal_);
    cfg.memfd = static_cast<std::uint32_t>(start.memfd);
    cfg.memory_size = start.memory_size;

    int rc = reinterpret_cast<UoSetupFn>(vmlib_.desc().uo_setup)(&cfg);
    if (rc != 0) return Error{std::string("vmlib setup failed: ") + std::strerror(rc < 0 ? -rc : rc)};
    set_up_ = true;
    return ok_status();
}

void UserOnlyBackend::run() { reinterpret_cast<UoRunFn>(vmlib_.desc().uo_run)(); }

// vmlib's timer-signal handler takes the lines wherever the vCPU is: in the
// guest it delivers them at once, inside vmlib it retries shortly, in
// vmproc's own code it leaves them for the next entry.
void UserOnlyBackend::inject(std::uint64_t lines) {
    if (!lines || vcpu_tid_ < 0) return;
    __atomic_fetch_or(&run_state().irq_async, lines, __ATOMIC_SEQ_CST);
    ::tgkill(::getpid(), vcpu_tid_, timer_signal_);
}

void UserOnlyBackend::teardown() {
    if (set_up_) {
        reinterpret_cast<UoTeardownFn>(vmlib_.desc().uo_teardown)();
        set_up_ = false;
    }
    if (signal_stack_) {
        ::munmap(signal_stack_, kSignalStackSize);
        signal_stack_ = nullptr;
    }
}

} // namespace tandem
