// User-only mode: the guest (vmlib, the guest kernel and its programs) runs in
// space processes started from the tandem-space stub under a seccomp
// allow-list (docs/PLATFORM.md "User-only mode: processes and trust"), one
// per live guest address space, from a pool started with the VM.  This
// process never runs guest code: it hands the vCPU over through the
// switchboard in guest memory and reads every exit record as hostile.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "space_process.h"
#include "vcpu_backend.h"
#include "vmlib_records.h"

namespace tandem {

class UserOnlyBackend : public VcpuBackend {
public:
    // `vmlib` holds vmproc's validated copy of vmlib's descriptor: guest code
    // may rewrite the one in guest memory once it runs.
    explicit UserOnlyBackend(VmlibRecords vmlib) : vmlib_(vmlib), desc_(vmlib.desc()) {}
    ~UserOnlyBackend() override;

    const char* name() const override { return "user-only"; }
    // Writes vmlib's configuration into the switchboard and starts the spaces.
    Status setup(const VcpuStart& start) override;
    // Hands the vCPU to the space that exited last and waits for the next
    // exit (from whichever space then holds it), a refused host system call
    // (exit ISOLATION), a space's death (INTERNAL) or a stop signal to this
    // process (HOST_SIGNAL; the spaces are ended).
    void run() override;
    // ORs the lines into the guest's run record and sends the space holding
    // the vCPU its timer signal.
    void inject(std::uint64_t lines) override;
    // vmproc's own copy of the last exit record, taken once per exit.
    tandem_run& run_state() override { return run_; }
    std::optional<tandem_stats> vmlib_stats() const override { return vmlib_.stats(); }
    std::vector<tandem_site> sites() const override { return vmlib_.sites(); }
    // The spaces' utime and stime from /proc (10 ms units on most hosts).
    std::optional<GuestCpu> guest_cpu() const override;
    void teardown() override;
    // Called on this thread while run() waits: at each wake (an exit, or
    // every kWatchIntervalMs) and once after handing the vCPU over; the
    // guest may be running meanwhile (--profile drains its ring here).
    void set_wait_hook(std::function<void()> hook) { wait_hook_ = std::move(hook); }

    // How often run() looks at the space and at stop requests while it waits.
    static constexpr int kWatchIntervalMs = 20;

private:
    // Ends the run with `reason` and `message` (the spaces are gone or stopped).
    void stop_with(std::uint32_t reason, const std::string& message);
    // Forgets the spaces' pids for inject(), then kills and reaps them.
    void end_spaces();
    // A refused call or a dead space, as the reason to end the run; none: false.
    bool space_failed();
    tandem_run& guest_run() const { return vmlib_.run(); }
    tandem_switchboard& board() const { return vmlib_.switchboard(); }

    VmlibRecords vmlib_;
    const tandem_vmlib_desc desc_;
    std::vector<SpaceProcess> spaces_;
    tandem_run run_{};
    // The spaces' pids for inject() from another thread; cleared under the
    // lock before the spaces are reaped, so no signal can reach a reused pid.
    mutable std::mutex pid_lock_;
    std::vector<pid_t> space_pids_;
    int timer_signal_ = 0;
    bool stopped_ = false;
    std::function<void()> wait_hook_;
};

} // namespace tandem
