// Composite mode: the guest runs on the tandem kernel module (/dev/tandem).
// Not implemented yet; this backend only explains why it cannot run.
#pragma once

#include "backend.h"

namespace tandem {

class CompositeBackend : public Backend {
public:
    // Whether composite mode can run here; the error says why not.
    static Status probe(const char* device = "/dev/tandem");

    const char* name() const override { return "composite"; }
    Status setup(const VcpuStart&) override;
    void run() override {}
    tandem_run& run_state() override { return run_; }
    const tandem_stats* stats() const override { return nullptr; }
    const tandem_site* sites_begin() const override { return nullptr; }
    const tandem_site* sites_end() const override { return nullptr; }
    void teardown() override {}

private:
    tandem_run run_{};
};

} // namespace tandem
