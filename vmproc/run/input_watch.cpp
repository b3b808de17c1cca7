#include "input_watch.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "quiet_thread.h"

namespace tandem {

InputWatch::InputWatch(RunGate& gate, ConsoleInput& input, IrqLines& irqs, VcpuBackend& backend)
    : gate_(gate), input_(input), irqs_(irqs), backend_(backend) {}

InputWatch::~InputWatch() { stop(); }

void InputWatch::start() {
    if (thread_.joinable() || input_.watch_fd() < 0) return;
    stop_fd_ = ::eventfd(0, EFD_CLOEXEC);
    if (stop_fd_ < 0) return; // input is then noticed at the guest's exits only
    thread_ = start_quiet_thread([this] { loop(); });
}

void InputWatch::stop() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard<std::mutex> lk(gate_.lock);
        stopping_ = true;
    }
    gate_.changed.notify_all();
    std::uint64_t one = 1;
    [[maybe_unused]] ssize_t n = ::write(stop_fd_, &one, sizeof one);
    thread_.join();
    ::close(stop_fd_);
    stop_fd_ = -1;
}

// Sleeps until the vCPU is inside run() and input is wanted; false = stop.
bool InputWatch::wait_for_run(int& fd) {
    std::unique_lock<std::mutex> lk(gate_.lock);
    gate_.changed.wait(lk, [&] {
        return stopping_ || input_.watch_fd() < 0 || (gate_.in_run && input_.wants_input());
    });
    fd = input_.watch_fd();
    return !stopping_ && fd >= 0;
}

// Input is ready: if the guest still runs, hand it over and raise the line.
// Otherwise the vCPU thread's own io_context reads it at this exit.
void InputWatch::take_input() {
    std::lock_guard<std::mutex> lk(gate_.lock);
    if (!gate_.in_run || stopping_) return;
    input_.read_ready();
    std::uint64_t lines = irqs_.take();
    if (!lines) return;
    backend_.inject(lines);
    gate_.injected |= lines;
    injections_++;
}

// Wait for the vCPU to run, wait for input, take it; until stop().
void InputWatch::loop() {
    int fd;
    while (wait_for_run(fd)) {
        pollfd p[2] = {{fd, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
        int r = ::poll(p, 2, -1);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 || (p[1].revents & POLLIN)) return;
        take_input();
    }
}

} // namespace tandem
