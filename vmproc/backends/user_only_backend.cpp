// The user-only backend's side in vmproc: one space process runs the guest,
// and the vCPU passes between it and vmproc through the switchboard's owner
// word (a futex in guest memory).  Everything read back from guest memory is
// the guest's to change at any moment, so each exit record is copied once
// and only the copy is used.
#include "user_only_backend.h"

#include "stop_signals.h"

#include <linux/futex.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

namespace tandem {

namespace {

// The host signal of the space's guest timer (also how vmproc kicks it).
int timer_signal() { return SIGRTMIN + 4; }

// The stop signal this process received while the guest ran, or 0.
std::atomic<int> g_stop_signal{0};

// Async-signal-safe: records the request; run() ends the space.  Installed
// without SA_RESTART so that run()'s futex wait returns at once.
extern "C" void on_stop_request(int sig) { g_stop_signal.store(sig); }

long futex_wait(std::uint32_t* word, std::uint32_t expected, int timeout_ms) {
    timespec t{timeout_ms / 1000, (timeout_ms % 1000) * 1000000L};
    return ::syscall(SYS_futex, word, FUTEX_WAIT, expected, &t, nullptr, 0);
}

void futex_wake(std::uint32_t* word) { ::syscall(SYS_futex, word, FUTEX_WAKE, 0x7fffffff, nullptr, nullptr, 0); }

std::string wait_status_text(int status) {
    if (status == -1) return "ended";
    if (WIFSIGNALED(status)) return std::string("killed by signal ") + strsignal(WTERMSIG(status));
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    return "ended";
}

} // namespace

UserOnlyBackend::~UserOnlyBackend() { teardown(); }

Status UserOnlyBackend::setup(const VcpuStart& start) {
    timer_signal_ = timer_signal();
    tandem_switchboard& sb = board();
    std::memset(&sb, 0, sizeof sb);
    sb.owner = TANDEM_SWITCH_HOST;
    sb.config.boot_info_phys = start.boot_info_phys;
    sb.config.entry_rip = start.rip;
    sb.config.entry_rsp = start.rsp;
    sb.config.timer_signal = static_cast<std::uint32_t>(timer_signal_);
    sb.config.memory_size = start.memory_size;

    tandem_space_config c{};
    c.slot = 0;
    c.memory_size = start.memory_size;
    c.entry = desc_.space_entry;
    c.signal_handler = desc_.signal_handler;
    c.signal_restorer = desc_.signal_restorer;
    c.dispatch_start = desc_.text_start;
    c.dispatch_len = desc_.text_end - desc_.text_start;
    c.dispatch_selector = desc_.dispatch_selector;
    c.timer_signal = static_cast<std::uint32_t>(timer_signal_);
    auto space = SpaceProcess::start(space_stub_beside_self(), start.memfd, c);
    if (!space) return space.error();
    space_.emplace(std::move(space.value()));
    {
        std::lock_guard<std::mutex> hold(pid_lock_);
        space_pid_ = space_->pid();
    }

    struct sigaction sa {};
    sa.sa_handler = on_stop_request;
    sigemptyset(&sa.sa_mask);
    for (int sig : kStopSignals) ::sigaction(sig, &sa, nullptr);
    return ok_status();
}

void UserOnlyBackend::end_space() {
    {
        std::lock_guard<std::mutex> hold(pid_lock_);
        space_pid_ = -1;
    }
    if (space_) space_->kill_and_reap();
}

void UserOnlyBackend::stop_with(std::uint32_t reason, const std::string& message) {
    end_space();
    stopped_ = true;
    run_.exit_reason = reason;
    std::size_t n = std::min(message.size(), sizeof run_.message - 1);
    std::memcpy(run_.message, message.data(), n);
    run_.message[n] = 0;
}

void UserOnlyBackend::run() {
    if (stopped_ || !space_) return; // the same exit again: the space is gone
    tandem_run& g = guest_run();
    g.io_value = run_.io_value;
    __atomic_fetch_or(&g.irq_raise, run_.irq_raise, __ATOMIC_SEQ_CST);
    run_.irq_raise = 0;
    std::uint32_t* owner = &board().owner;
    __atomic_store_n(owner, 0u, __ATOMIC_RELEASE); // slot 0 holds the vCPU
    futex_wake(owner);
    for (;;) {
        std::uint32_t now = __atomic_load_n(owner, __ATOMIC_ACQUIRE);
        if (now == TANDEM_SWITCH_HOST) break;
        if (int sig = g_stop_signal.exchange(0)) {
            stop_with(TANDEM_EXIT_HOST_SIGNAL, "stopped by a host signal");
            run_.host_signal = static_cast<std::uint32_t>(sig);
            return;
        }
        auto v = space_->next_violation(0);
        if (v) return stop_with(TANDEM_EXIT_ISOLATION, describe(v.value()));
        pollfd p{space_->pidfd(), POLLIN, 0};
        if (::poll(&p, 1, 0) == 1) {
            // A refused call may still be queued behind the death.
            auto late = space_->next_violation(0);
            if (late) return stop_with(TANDEM_EXIT_ISOLATION, describe(late.value()));
            {
                std::lock_guard<std::mutex> hold(pid_lock_);
                space_pid_ = -1;
            }
            int status = space_->wait();
            return stop_with(TANDEM_EXIT_INTERNAL, "the guest's space process " + wait_status_text(status));
        }
        futex_wait(owner, now, kWatchIntervalMs);
    }
    std::memcpy(&run_, &g, sizeof run_);
    run_.message[sizeof run_.message - 1] = 0;
}

void UserOnlyBackend::inject(std::uint64_t lines) {
    std::lock_guard<std::mutex> hold(pid_lock_);
    if (!lines || space_pid_ <= 0) return;
    __atomic_fetch_or(&guest_run().irq_async, lines, __ATOMIC_SEQ_CST);
    ::kill(space_pid_, timer_signal_);
}

void UserOnlyBackend::teardown() {
    end_space();
    space_.reset();
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int sig : kStopSignals) ::sigaction(sig, &dfl, nullptr);
}

} // namespace tandem
