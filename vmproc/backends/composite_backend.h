// Composite mode: the guest runs on the tandem kernel module (/dev/tandem).
// vmlib, loaded with the guest image, still emulates the virtual CPU; this
// backend opens the device, creates the VM over guest memory, describes
// vmlib to the module (platform.h section 8b) and turns RUN into exits.
#pragma once

#include "backend.h"

namespace tandem {

class CompositeBackend : public Backend {
public:
    // Whether composite mode can run here; the error is one line saying why not.
    static Status probe(const char* device = "/dev/tandem");

    // desc points at the loaded vmlib descriptor in guest memory (already validated).
    explicit CompositeBackend(const tandem_vmlib_desc* desc) : desc_(desc) {}
    ~CompositeBackend() override;

    const char* name() const override { return "composite"; }
    Status setup(const VcpuStart& start) override;
    void run() override;
    // TANDEM_IOC_INJECT_IRQ: the module kicks the vCPU out of the guest if it runs.
    void inject(std::uint64_t lines) override;
    // vmlib's own exit record: the module's exits are copied into it.
    tandem_run& run_state() override { return *reinterpret_cast<tandem_run*>(desc_->run); }
    const tandem_stats* stats() const override { return reinterpret_cast<const tandem_stats*>(desc_->stats); }
    const tandem_stats* module_stats() override;
    const tandem_site* sites_begin() const override {
        return reinterpret_cast<const tandem_site*>(desc_->sites_start);
    }
    const tandem_site* sites_end() const override { return reinterpret_cast<const tandem_site*>(desc_->sites_end); }
    void teardown() override;

private:
    // Turns a RUN that failed (not a signal) into an internal exit naming the error.
    void fail_run(int err);

    const tandem_vmlib_desc* desc_;
    int fd_ = -1;
    bool handlers_ = false;
    tandem_stats module_stats_{};
};

} // namespace tandem
