// Console input that arrives while the guest runs.  vmproc's devices are
// served on the vCPU thread, between two runs of the guest; a guest that is
// busy (a process spinning in user mode, or in composite mode anything that
// never needs the VM process) would never see keys typed meanwhile.  The
// watch is a second thread that waits for the console's input descriptor
// while the vCPU is inside VcpuBackend::run(), moves what arrived into the
// input ring and raises the console line with VcpuBackend::inject, as a device
// thread of a hardware VMM raises an interrupt.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "backends/vcpu_backend.h"
#include "devices/console_input.h"
#include "devices/irq_lines.h"

namespace tandem {

// What the vCPU thread and the watch share.  The vCPU thread holds `lock`
// at all times except inside VcpuBackend::run(), so devices are only ever
// touched by one thread at a time.
struct RunGate {
    std::mutex lock;
    std::condition_variable changed; // the vCPU entered run(), or the watch must stop
    bool in_run = false;
    std::uint64_t injected = 0; // lines the watch injected during the current run()
};

class InputWatch {
public:
    InputWatch(RunGate& gate, ConsoleInput& input, IrqLines& irqs, VcpuBackend& backend);
    ~InputWatch();
    InputWatch(const InputWatch&) = delete;
    InputWatch& operator=(const InputWatch&) = delete;

    // Starts the thread if the input can be watched (a non-blocking source).
    void start();
    // Stops and joins the thread (idempotent).
    void stop();
    // Times the watch raised the console line, for --stats.
    std::uint64_t injections() const { return injections_; }

private:
    void loop();
    bool wait_for_run(int& fd);
    void take_input();

    RunGate& gate_;
    ConsoleInput& input_;
    IrqLines& irqs_;
    VcpuBackend& backend_;
    int stop_fd_ = -1;
    bool stopping_ = false; // guarded by gate_.lock
    std::uint64_t injections_ = 0;
    std::thread thread_;
};

} // namespace tandem
