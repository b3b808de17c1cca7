// User-only mode: the guest (vmlib, the guest kernel and its programs) runs in
// a space process started from the tandem-space stub under a seccomp
// allow-list (docs/PLATFORM.md "User-only mode: processes and trust").  This
// process never runs guest code: it hands the vCPU over through the
// switchboard in guest memory and reads every exit record as hostile.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>

#include "backend.h"
#include "space_process.h"

namespace tandem {

class UserOnlyBackend : public Backend {
public:
    // desc points at the loaded descriptor in guest memory, validated and not
    // yet run: it is copied here, since guest code may rewrite the original.
    explicit UserOnlyBackend(const tandem_vmlib_desc* desc) : desc_(*desc) {}
    ~UserOnlyBackend() override;

    const char* name() const override { return "user-only"; }
    // Writes vmlib's configuration into the switchboard and starts the space.
    Status setup(const VcpuStart& start) override;
    // Hands the vCPU to the space and waits for its next exit, a refused host
    // system call (exit ISOLATION), the space's death (INTERNAL) or a stop
    // signal to this process (HOST_SIGNAL; the space is ended).
    void run() override;
    // ORs the lines into the guest's run record and sends the space its timer signal.
    void inject(std::uint64_t lines) override;
    // vmproc's own copy of the last exit record, taken once per exit.
    tandem_run& run_state() override { return run_; }
    const tandem_stats* stats() const override;
    const tandem_site* sites_begin() const override {
        return reinterpret_cast<const tandem_site*>(desc_.sites_start);
    }
    const tandem_site* sites_end() const override {
        return reinterpret_cast<const tandem_site*>(desc_.sites_end);
    }
    void teardown() override;

    // How often run() looks at the space and at stop requests while it waits.
    static constexpr int kWatchIntervalMs = 20;

private:
    // Ends the run with `reason` and `message` (the space is gone or stopped).
    void stop_with(std::uint32_t reason, const std::string& message);
    // Forgets the space's pid for inject(), then kills and reaps the space.
    void end_space();
    tandem_run& guest_run() const { return *reinterpret_cast<tandem_run*>(desc_.run); }
    tandem_switchboard& board() const { return *reinterpret_cast<tandem_switchboard*>(desc_.switchboard); }

    const tandem_vmlib_desc desc_;
    std::optional<SpaceProcess> space_;
    tandem_run run_{};
    mutable tandem_stats stats_{};
    // The space's pid for inject() from another thread; cleared under the
    // lock before the space is reaped, so no signal can reach a reused pid.
    std::mutex pid_lock_;
    pid_t space_pid_ = -1;
    int timer_signal_ = 0;
    bool stopped_ = false;
};

} // namespace tandem
