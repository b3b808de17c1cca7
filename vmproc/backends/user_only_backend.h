// User-only mode: vmlib, loaded with the guest image, runs the guest inside
// this process; vmproc calls it through the descriptor in .tandem.vmlib.
#pragma once

#include "backend.h"

namespace tandem {

class UserOnlyBackend : public Backend {
public:
    // desc points at the loaded descriptor in guest memory (already validated).
    explicit UserOnlyBackend(const tandem_vmlib_desc* desc) : desc_(desc) {}
    ~UserOnlyBackend() override;

    const char* name() const override { return "user-only"; }
    Status setup(const VcpuStart& start) override;
    void run() override;
    // ORs the lines into the run record and sends the vCPU thread vmlib's timer signal.
    void inject(std::uint64_t lines) override;
    tandem_run& run_state() override { return *reinterpret_cast<tandem_run*>(desc_->run); }
    const tandem_stats* stats() const override {
        return reinterpret_cast<const tandem_stats*>(desc_->stats);
    }
    const tandem_site* sites_begin() const override {
        return reinterpret_cast<const tandem_site*>(desc_->sites_start);
    }
    const tandem_site* sites_end() const override {
        return reinterpret_cast<const tandem_site*>(desc_->sites_end);
    }
    void teardown() override;

    static constexpr std::uint64_t kSignalStackSize = 256 * 1024;

private:
    const tandem_vmlib_desc* desc_;
    void* signal_stack_ = nullptr;
    bool set_up_ = false;
    int vcpu_tid_ = -1;  // the thread that calls run(), for inject()
    int timer_signal_ = 0;
};

} // namespace tandem
