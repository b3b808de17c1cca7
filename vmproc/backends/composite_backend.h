// Composite mode: the guest runs on the tandem kernel module (/dev/tandem).
// vmlib, loaded with the guest image, still emulates the virtual CPU; this
// backend opens the device, creates the VM over guest memory, describes
// vmlib to the module (platform.h section 8b) and turns RUN into exits.
#pragma once

#include "vcpu_backend.h"
#include "vmlib_records.h"

namespace tandem {

class CompositeBackend : public VcpuBackend {
public:
    // Whether composite mode can run here; the error is one line saying why not.
    static Status probe(const char* device = "/dev/tandem");

    explicit CompositeBackend(VmlibRecords vmlib) : vmlib_(vmlib) {}
    ~CompositeBackend() override;

    const char* name() const override { return "composite"; }
    Status setup(const VcpuStart& start) override;
    void run() override;
    // TANDEM_IOC_INJECT_IRQ: the module kicks the vCPU out of the guest if it runs.
    void inject(std::uint64_t lines) override;
    // vmlib's own exit record: the module's exits are copied into it.
    tandem_run& run_state() override { return vmlib_.run(); }
    std::optional<tandem_stats> vmlib_stats() const override { return vmlib_.stats(); }
    // TANDEM_IOC_GET_STATS.
    std::optional<tandem_stats> module_stats() override;
    std::vector<tandem_site> sites() const override { return vmlib_.sites(); }
    void teardown() override;

private:
    // Turns a RUN that failed (not a signal) into an internal exit naming the error.
    void fail_run(int err);
    // TANDEM_IOC_SET_PROFILE for --profile.
    Status set_profile(const VcpuStart& start);

    VmlibRecords vmlib_;
    int fd_ = -1;
    bool handlers_ = false;
};

} // namespace tandem
