// User-only mode: vmlib, loaded with the guest image, runs the guest inside
// this process; vmproc calls it through the descriptor in .tandem.vmlib.
#pragma once

#include "vcpu_backend.h"
#include "vmlib_records.h"

namespace tandem {

class UserOnlyBackend : public VcpuBackend {
public:
    explicit UserOnlyBackend(VmlibRecords vmlib) : vmlib_(vmlib) {}
    ~UserOnlyBackend() override;

    const char* name() const override { return "user-only"; }
    Status setup(const VcpuStart& start) override;
    void run() override;
    // ORs the lines into the run record and sends the vCPU thread vmlib's timer signal.
    void inject(std::uint64_t lines) override;
    tandem_run& run_state() override { return vmlib_.run(); }
    std::optional<tandem_stats> vmlib_stats() const override { return vmlib_.stats(); }
    std::vector<tandem_site> sites() const override { return vmlib_.sites(); }
    void teardown() override;

    static constexpr std::uint64_t kSignalStackSize = 256 * 1024;

private:
    VmlibRecords vmlib_;
    void* signal_stack_ = nullptr;
    bool set_up_ = false;
    int vcpu_tid_ = -1;  // the thread that calls run(), for inject()
    int timer_signal_ = 0;
};

} // namespace tandem
