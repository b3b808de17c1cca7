// The user-only backend's side in vmproc: space processes run the guest (one
// per guest address space, moving the vCPU among themselves), and the vCPU
// passes between them and vmproc through the switchboard's owner word (a
// futex in guest memory, waited on with one bit per party).  Everything read back from guest memory is
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
#include <cstdio>
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

// Waits while *word == expected, for a wake with this process's bit, at
// most timeout_ms.
long futex_wait_host(std::uint32_t* word, std::uint32_t expected, int timeout_ms) {
    timespec t{};
    ::clock_gettime(CLOCK_MONOTONIC, &t); // FUTEX_WAIT_BITSET's timeout is absolute
    t.tv_nsec += (timeout_ms % 1000) * 1000000L;
    t.tv_sec += timeout_ms / 1000 + t.tv_nsec / 1000000000L;
    t.tv_nsec %= 1000000000L;
    return ::syscall(SYS_futex, word, FUTEX_WAIT_BITSET, expected, &t, nullptr, TANDEM_SWITCH_BIT(TANDEM_SWITCH_HOST));
}

// Wakes the party `owner` names (its bit only).
void futex_wake_owner(std::uint32_t* word, std::uint32_t owner) {
    ::syscall(SYS_futex, word, FUTEX_WAKE_BITSET, 1, nullptr, nullptr, TANDEM_SWITCH_BIT(owner));
}

std::string wait_status_text(int status) {
    if (status == -1) return "ended";
    if (WIFSIGNALED(status)) return std::string("killed by signal ") + strsignal(WTERMSIG(status));
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    return "ended";
}

} // namespace

UserOnlyBackend::~UserOnlyBackend() { teardown(); }

Status UserOnlyBackend::setup(const VcpuStart& start) {
    if (start.spaces < 1 || start.spaces > TANDEM_SPACE_MAX)
        return Error{"user-only mode: " + std::to_string(start.spaces) + " space processes asked for (1 to " +
                     std::to_string(TANDEM_SPACE_MAX) + ")"};
    timer_signal_ = timer_signal();
    stopped_ = false; // a restart sets up again after a run that ended
    run_ = tandem_run{};
    tandem_switchboard& sb = board();
    std::memset(&sb, 0, sizeof sb);
    sb.owner = TANDEM_SWITCH_HOST;
    sb.exited = 0; // slot 0 boots the guest
    sb.space_count = start.spaces;
    sb.config.boot_info_phys = start.boot_info_phys;
    sb.config.entry_rip = start.rip;
    sb.config.entry_rsp = start.rsp;
    sb.config.timer_signal = static_cast<std::uint32_t>(timer_signal_);
    sb.config.memory_size = start.memory_size;
    sb.config.profile_interval_ns = start.profile_interval_ns;

    tandem_space_config c{};
    c.memory_size = start.memory_size;
    c.entry = desc_.space_entry;
    c.signal_handler = desc_.signal_handler;
    c.signal_restorer = desc_.signal_restorer;
    c.dispatch_start = desc_.text_start;
    c.dispatch_len = desc_.text_end - desc_.text_start;
    c.dispatch_selector = desc_.dispatch_selector;
    c.timer_signal = static_cast<std::uint32_t>(timer_signal_);
    const std::string stub = space_stub_beside_self();
    // All spaces start at once, then each is waited for: their set-ups overlap.
    for (unsigned slot = 0; slot < start.spaces; slot++) {
        c.slot = slot;
        auto space = SpaceProcess::spawn(stub, start.memfd, c);
        if (!space) {
            end_spaces();
            spaces_.clear();
            return space.error();
        }
        spaces_.push_back(std::move(space.value()));
    }
    for (SpaceProcess& space : spaces_) {
        Status ready = space.finish_start();
        if (!ready) {
            end_spaces();
            spaces_.clear();
            return ready.error();
        }
        std::lock_guard<std::mutex> hold(pid_lock_);
        space_pids_.push_back(space.pid());
    }

    struct sigaction sa {};
    sa.sa_handler = on_stop_request;
    sigemptyset(&sa.sa_mask);
    for (int sig : kStopSignals) ::sigaction(sig, &sa, nullptr);
    return ok_status();
}

void UserOnlyBackend::end_spaces() {
    {
        std::lock_guard<std::mutex> hold(pid_lock_);
        space_pids_.clear();
    }
    for (SpaceProcess& space : spaces_) space.kill_and_reap();
}

void UserOnlyBackend::stop_with(std::uint32_t reason, const std::string& message) {
    end_spaces();
    stopped_ = true;
    run_.exit_reason = reason;
    std::size_t n = std::min(message.size(), sizeof run_.message - 1);
    std::memcpy(run_.message, message.data(), n);
    run_.message[n] = 0;
}

bool UserOnlyBackend::space_failed() {
    for (const SpaceProcess& space : spaces_) {
        auto v = space.next_violation(0);
        if (v) {
            stop_with(TANDEM_EXIT_ISOLATION, describe(v.value()));
            return true;
        }
    }
    for (std::size_t slot = 0; slot < spaces_.size(); slot++) {
        pollfd p{spaces_[slot].pidfd(), POLLIN, 0};
        if (::poll(&p, 1, 0) != 1) continue;
        // A refused call may still be queued behind the death.
        auto late = spaces_[slot].next_violation(0);
        if (late) {
            stop_with(TANDEM_EXIT_ISOLATION, describe(late.value()));
            return true;
        }
        {
            std::lock_guard<std::mutex> hold(pid_lock_);
            space_pids_[slot] = -1;
        }
        int status = spaces_[slot].wait();
        stop_with(TANDEM_EXIT_INTERNAL,
                  "the guest's space process " + std::to_string(slot) + " " + wait_status_text(status));
        return true;
    }
    return false;
}

void UserOnlyBackend::run() {
    if (stopped_ || spaces_.empty()) return; // the same exit again: the spaces are gone
    tandem_run& g = guest_run();
    g.io_value = run_.io_value;
    __atomic_fetch_or(&g.irq_raise, run_.irq_raise, __ATOMIC_SEQ_CST);
    run_.irq_raise = 0;
    tandem_switchboard& sb = board();
    // The vCPU goes back to the space that exited; the guest can write this
    // word, so anything but a started space ends the run.
    std::uint32_t resume = __atomic_load_n(&sb.exited, __ATOMIC_RELAXED);
    if (resume >= spaces_.size())
        return stop_with(TANDEM_EXIT_INTERNAL, "the switchboard names no space process (" + std::to_string(resume) + ")");
    std::uint32_t* owner = &sb.owner;
    __atomic_store_n(owner, resume, __ATOMIC_RELEASE);
    futex_wake_owner(owner, resume);
    for (;;) {
        if (wait_hook_) wait_hook_();
        std::uint32_t now = __atomic_load_n(owner, __ATOMIC_ACQUIRE);
        if (now == TANDEM_SWITCH_HOST) break;
        if (int sig = g_stop_signal.exchange(0)) {
            stop_with(TANDEM_EXIT_HOST_SIGNAL, "stopped by a host signal");
            run_.host_signal = static_cast<std::uint32_t>(sig);
            return;
        }
        if (space_failed()) return;
        futex_wait_host(owner, now, kWatchIntervalMs);
    }
    std::memcpy(&run_, &g, sizeof run_);
    run_.message[sizeof run_.message - 1] = 0;
}

void UserOnlyBackend::inject(std::uint64_t lines) {
    std::lock_guard<std::mutex> hold(pid_lock_);
    if (!lines || space_pids_.empty()) return;
    __atomic_fetch_or(&guest_run().irq_async, lines, __ATOMIC_SEQ_CST);
    // Kick the holder.  A space that takes the vCPU after this point finds
    // the lines itself; one that took it before is the owner read here, so
    // the loop ends once the owner stays put across the kick.
    const std::uint32_t* owner = &board().owner;
    for (int tries = 0; tries < 4; tries++) {
        std::uint32_t holder = __atomic_load_n(owner, __ATOMIC_SEQ_CST);
        if (holder >= space_pids_.size() || space_pids_[holder] <= 0) return; // vmproc's: taken on resume
        ::kill(space_pids_[holder], timer_signal_);
        if (__atomic_load_n(owner, __ATOMIC_SEQ_CST) == holder) return;
    }
}

// Fields 14 and 15 of /proc/PID/stat, after the command name (which may
// hold spaces and parentheses: the last ')' ends it).
static bool read_process_cpu(pid_t pid, std::uint64_t& user_ticks, std::uint64_t& system_ticks) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
    std::FILE* f = std::fopen(path, "re");
    if (!f) return false;
    char buf[1024];
    std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    const char* p = std::strrchr(buf, ')');
    if (!p) return false;
    unsigned long long utime = 0, stime = 0;
    // state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
    if (std::sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &utime, &stime) != 2)
        return false;
    user_ticks += utime;
    system_ticks += stime;
    return true;
}

std::optional<GuestCpu> UserOnlyBackend::guest_cpu() const {
    std::uint64_t user = 0, system = 0;
    {
        std::lock_guard<std::mutex> hold(pid_lock_);
        if (space_pids_.empty()) return std::nullopt;
        for (pid_t pid : space_pids_)
            if (pid > 0) read_process_cpu(pid, user, system);
    }
    const long hz = ::sysconf(_SC_CLK_TCK);
    if (hz <= 0) return std::nullopt;
    GuestCpu cpu;
    cpu.user_ns = user * 1000000000ull / static_cast<std::uint64_t>(hz);
    cpu.system_ns = system * 1000000000ull / static_cast<std::uint64_t>(hz);
    return cpu;
}

void UserOnlyBackend::teardown() {
    end_spaces();
    spaces_.clear();
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int sig : kStopSignals) ::sigaction(sig, &dfl, nullptr);
}

} // namespace tandem
