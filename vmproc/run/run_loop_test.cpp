// The run loop against a scripted backend: every exit reason, I/O results
// handed back, interrupts raised, halts woken by the timer and by console
// input, and the ways a run ends.
#include "run_loop.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <thread>
#include <string>
#include <vector>

#include "boot/clock.h"
#include "devices/entropy.h"
#include "fs/fs_test_support.h"

using namespace tandem;

namespace {

// Each run() plays the next step; a step may check what vmproc handed back.
class FakeBackend : public VcpuBackend {
public:
    using StepFn = std::function<void(tandem_run&)>;
    std::vector<StepFn> steps;
    std::size_t next = 0;
    std::vector<std::uint64_t> irq_seen;
    tandem_run run_{};

    const char* name() const override { return "fake"; }
    Status setup(const VcpuStart&) override { return ok_status(); }
    void run() override {
        irq_seen.push_back(run_.irq_raise);
        ASSERT_LT(next, steps.size()) << "run loop resumed the guest after the script ended";
        run_.exit_reason = TANDEM_EXIT_NONE;
        steps[next++](run_);
    }
    void inject(std::uint64_t lines) override { injected.fetch_or(lines); }
    std::atomic<std::uint64_t> injected{0};
    tandem_run& run_state() override { return run_; }
    std::optional<tandem_stats> vmlib_stats() const override { return std::nullopt; }
    std::vector<tandem_site> sites() const override { return {}; }
    void teardown() override {}
};

FakeBackend::StepFn out(std::uint16_t port, std::uint32_t value, std::uint8_t size = 4) {
    return [=](tandem_run& r) {
        r.exit_reason = TANDEM_EXIT_IO;
        r.io_port = port;
        r.io_size = size;
        r.io_in = 0;
        r.io_value = value;
    };
}
FakeBackend::StepFn in(std::uint16_t port) {
    return [=](tandem_run& r) {
        r.exit_reason = TANDEM_EXIT_IO;
        r.io_port = port;
        r.io_size = 4;
        r.io_in = 1;
        r.io_value = 0;
    };
}
FakeBackend::StepFn halt(std::uint64_t deadline) {
    return [=](tandem_run& r) {
        r.exit_reason = TANDEM_EXIT_HALT;
        r.halt_deadline_ns = deadline;
    };
}

// A machine around the fake backend: console output to a pipe, console
// input from another pipe (or a given fd).
struct Rig {
    FakeBackend backend;
    boost::asio::io_context io;
    IrqLines irqs;
    std::vector<std::uint8_t> out_mem = std::vector<std::uint8_t>(16 + 4096);
    std::vector<std::uint8_t> in_mem = std::vector<std::uint8_t>(16 + 4096);
    int out_pipe[2];
    int in_pipe[2] = {-1, -1};
    std::unique_ptr<ConsoleInput> input;
    std::unique_ptr<ConsoleDevice> console;
    EntropyDevice entropy;
    PowerDevice power;
    IoBus bus;
    std::unique_ptr<HaltWaiter> waiter;
    tandem_clock clock{};

    explicit Rig(int input_fd = -2) {
        EXPECT_EQ(pipe2(out_pipe, O_NONBLOCK), 0);
        if (input_fd == -2) {
            EXPECT_EQ(pipe(in_pipe), 0);
            input_fd = in_pipe[0];
        }
        auto* oh = reinterpret_cast<tandem_ring*>(out_mem.data());
        auto* ih = reinterpret_cast<tandem_ring*>(in_mem.data());
        RingView::init(oh, 4096);
        RingView::init(ih, 4096);
        input = std::make_unique<ConsoleInput>(io, input_fd, RingView(ih, 4096), irqs, TANDEM_VEC_CONSOLE);
        console = std::make_unique<ConsoleDevice>(RingView(oh, 4096), input.get(), out_pipe[1]);
        EXPECT_TRUE(bus.attach(*console).ok());
        EXPECT_TRUE(bus.attach(entropy).ok());
        EXPECT_TRUE(bus.attach(power).ok());
        waiter = std::make_unique<HaltWaiter>(io);
        clock = start_guest_clock(5).value();
        input->start();
    }
    ~Rig() {
        for (int fd : {out_pipe[0], out_pipe[1], in_pipe[0], in_pipe[1]})
            if (fd >= 0) close(fd);
    }
    RingView in_ring() { return RingView(reinterpret_cast<tandem_ring*>(in_mem.data()), 4096); }
    RingView out_ring() { return RingView(reinterpret_cast<tandem_ring*>(out_mem.data()), 4096); }
    std::string output() {
        std::string s;
        char buf[512];
        ssize_t n;
        while ((n = read(out_pipe[0], buf, sizeof buf)) > 0) s.append(buf, static_cast<std::size_t>(n));
        return s;
    }
    Result<int> go(RunGate* gate = nullptr) {
        Machine m{backend, bus, power, *console, *input, *waiter, irqs, io, clock, {}, gate};
        auto r = run_guest(m);
        counters = m.counters;
        return r;
    }
    ExitCounters counters;
};

TEST(RunLoop, PowerOffStatusBecomesTheExitStatus) {
    Rig rig;
    rig.backend.steps = {out(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_PUTC, 'h', 1),
                         out(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_PUTC, 'i', 1),
                         out(TANDEM_PORT_POWER, 0x107)};
    auto r = rig.go();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value(), 7);
    EXPECT_EQ(rig.output(), "hi");
    EXPECT_EQ(rig.counters.by_reason[TANDEM_EXIT_IO], 3u);
}

TEST(RunLoop, InResultsGoBackInIoValue) {
    Rig rig;
    std::uint32_t seen_unknown = 0;
    rig.backend.steps = {in(0x1234),
                         [&](tandem_run& r) {
                             seen_unknown = r.io_value; // what vmproc stored for the previous in
                             out(TANDEM_PORT_POWER, 0)(r);
                         }};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_EQ(seen_unknown, 0xffffffffu);
    EXPECT_EQ(rig.bus.unknown_count(), 1u);
}

TEST(RunLoop, OutputRingIsDrainedOnKickAndAtTheEnd) {
    Rig rig;
    RingView ring = rig.out_ring();
    rig.backend.steps = {[&](tandem_run& r) {
                             ring.write("first\n", 6);
                             out(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_KICK_OUT, 0)(r);
                         },
                         [&](tandem_run& r) {
                             ring.write("unkicked\n", 9); // never kicked: drained at power-off
                             out(TANDEM_PORT_POWER, 0)(r);
                         }};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_EQ(rig.output(), "first\nunkicked\n");
}

TEST(RunLoop, HaltWakesAtTheTimerDeadline) {
    Rig rig;
    std::uint64_t deadline = 0;
    std::uint64_t woke_at = 0;
    rig.backend.steps = {[&](tandem_run& r) {
                             deadline = clock_ns(rig.clock, read_tsc()) + 20000000; // 20 ms
                             halt(deadline)(r);
                         },
                         [&](tandem_run& r) {
                             woke_at = clock_ns(rig.clock, read_tsc());
                             out(TANDEM_PORT_POWER, 0)(r);
                         }};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_GE(woke_at, deadline);
    EXPECT_LT(woke_at, deadline + 200000000);
    ASSERT_EQ(rig.backend.irq_seen.size(), 2u);
    EXPECT_EQ(rig.backend.irq_seen[1], 1u << 0); // timer line
    EXPECT_EQ(rig.counters.halt_woken_by_timer, 1u);
}

TEST(RunLoop, PastDeadlineWakesImmediately) {
    Rig rig;
    rig.backend.steps = {halt(1), out(TANDEM_PORT_POWER, 0)};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_EQ(rig.backend.irq_seen[1], 1u);
}

TEST(RunLoop, HaltWakesOnConsoleInputAndKickInRefills) {
    Rig rig;
    RingView ring = rig.in_ring();
    std::string got;
    rig.backend.steps = {halt(0),
                         [&](tandem_run& r) {
                             char buf[64];
                             std::size_t n = ring.read(buf, sizeof buf);
                             got.append(buf, n);
                             out(TANDEM_PORT_CONSOLE + TANDEM_CONSOLE_KICK_IN, 0)(r);
                         },
                         halt(0),
                         [&](tandem_run& r) {
                             char buf[64];
                             std::size_t n = ring.read(buf, sizeof buf);
                             got.append(buf, n);
                             out(TANDEM_PORT_POWER, 0)(r);
                         }};
    // Feed input from another thread after the guest has halted.
    std::thread feeder([&] {
        usleep(20000);
        EXPECT_EQ(write(rig.in_pipe[1], "abc", 3), 3);
        usleep(20000);
        EXPECT_EQ(write(rig.in_pipe[1], "de", 2), 2);
    });
    auto r = rig.go();
    feeder.join();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(got, "abcde");
    EXPECT_EQ(rig.backend.irq_seen[1], 1u << 1); // console line
    EXPECT_EQ(rig.backend.irq_seen[3], 1u << 1);
}

// Input typed while the guest runs (and never exits): the watch thread moves
// it into the ring and injects the console line; a halt right after the
// injection resumes the guest at once, because the line is already pending.
TEST(RunLoop, InputWatchInjectsTheConsoleLineWhileTheGuestRuns) {
    Rig rig;
    RingView ring = rig.in_ring();
    RunGate gate;
    InputWatch watch(gate, *rig.input, rig.irqs, rig.backend);
    watch.start();
    std::string got;
    auto wait_injected = [&] {
        for (int i = 0; i < 5000 && !rig.backend.injected.load(); i++) usleep(1000);
    };
    rig.backend.steps = {[&](tandem_run& r) {
                             EXPECT_EQ(write(rig.in_pipe[1], "xyz", 3), 3);
                             wait_injected(); // the guest "spins" until the line arrives
                             halt(0)(r);
                         },
                         [&](tandem_run& r) {
                             char buf[64];
                             got.append(buf, ring.read(buf, sizeof buf));
                             out(TANDEM_PORT_POWER, 0)(r);
                         }};
    auto r = rig.go(&gate);
    watch.stop();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(got, "xyz");
    EXPECT_EQ(rig.backend.injected.load(), 1u << 1); // the console line
    EXPECT_EQ(watch.injections(), 1u);
    EXPECT_EQ(rig.counters.halt_immediate, 1u);
}

TEST(RunLoop, EndOfInputSetsEofAndThenHaltingForeverIsAnError) {
    Rig rig;
    close(rig.in_pipe[1]);
    rig.in_pipe[1] = -1;
    RingView ring = rig.in_ring();
    bool eof_seen = false;
    rig.backend.steps = {halt(0), [&](tandem_run& r) {
                             eof_seen = ring.eof();
                             halt(0)(r);
                         }};
    auto r = rig.go();
    EXPECT_TRUE(eof_seen);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("guest halted forever"), std::string::npos);
    EXPECT_EQ(r.error().exit_code, kExitError);
}

TEST(RunLoop, RegularFileInputIsReadSynchronously) {
    char path[] = "/tmp/tandem-input-XXXXXX";
    int fd = mkstemp(path);
    ASSERT_EQ(write(fd, "from a file", 11), 11);
    lseek(fd, 0, SEEK_SET);
    unlink(path);
    Rig rig(fd);
    EXPECT_FALSE(rig.input->async());
    RingView ring = rig.in_ring();
    std::string got;
    bool eof = false;
    rig.backend.steps = {[&](tandem_run& r) {
        char buf[64];
        got.append(buf, ring.read(buf, sizeof buf));
        eof = ring.eof();
        out(TANDEM_PORT_POWER, 0)(r);
    }};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_EQ(got, "from a file");
    EXPECT_TRUE(eof);
    EXPECT_EQ(rig.backend.irq_seen[0], 1u << 1);
    close(fd);
}

TEST(RunLoop, DevNullInputIsEofAtOnce) {
    int fd = open("/dev/null", O_RDONLY);
    Rig rig(fd);
    EXPECT_FALSE(rig.input->async());
    EXPECT_TRUE(rig.input->finished());
    rig.backend.steps = {out(TANDEM_PORT_POWER, 0)};
    ASSERT_TRUE(rig.go().ok());
    close(fd);
}

TEST(RunLoop, PipeInputDoesNotBecomeNonBlocking) {
    Rig rig;
    EXPECT_TRUE(rig.input->async());
    rig.backend.steps = {halt(1), out(TANDEM_PORT_POWER, 0)};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_EQ(fcntl(rig.in_pipe[0], F_GETFL) & O_NONBLOCK, 0);
}

TEST(RunLoop, ShutdownIsReportedWithItsDetails) {
    Rig rig;
    rig.backend.steps = {[](tandem_run& r) {
        r.exit_reason = TANDEM_EXIT_SHUTDOWN;
        std::snprintf(r.message, sizeof r.message, "triple fault");
        r.fault_rip = 0x100000201234;
        r.fault_vector = 14;
        r.fault_error = 2;
        r.fault_addr = 0xdead000;
    }};
    auto r = rig.go();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              "guest stopped: triple fault (rip 0x100000201234, vector 14, error 0x2, addr 0xdead000)");
}

TEST(RunLoop, HostSignals) {
    Rig rig;
    rig.backend.steps = {[](tandem_run& r) {
                             r.exit_reason = TANDEM_EXIT_HOST_SIGNAL;
                             r.host_signal = SIGWINCH;
                         },
                         [](tandem_run& r) {
                             r.exit_reason = TANDEM_EXIT_HOST_SIGNAL;
                             r.host_signal = SIGTERM;
                         }};
    auto r = rig.go();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), 128 + SIGTERM);
    EXPECT_EQ(rig.counters.host_signals_ignored, 1u);
}

TEST(RunLoop, StopSignalDuringAHaltEndsTheRun) {
    Rig rig;
    rig.backend.steps = {halt(0)};
    std::thread killer([] {
        usleep(30000);
        kill(getpid(), SIGHUP);
    });
    auto r = rig.go();
    killer.join();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value(), 128 + SIGHUP);
    // The previous disposition is back afterwards.
    struct sigaction sa;
    sigaction(SIGHUP, nullptr, &sa);
    EXPECT_EQ(sa.sa_handler, SIG_DFL);
}

TEST(RunLoop, BogusExitReasonIsAnError) {
    Rig rig;
    rig.backend.steps = {[](tandem_run&) {}};
    auto r = rig.go();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("exit reason"), std::string::npos);
}

// The file device on the bus: a kick is performed synchronously, so the
// reply is in guest memory when the guest resumes after its `out`.
TEST(RunLoop, FileServiceKickCompletesBeforeTheGuestResumes) {
    Rig rig;
    fstest::TempTree tree;
    tree.write("hello", "x");
    fstest::FakeGuest guest({fstest::ro_export(tree.path())});
    std::uint64_t root = guest.root();
    EXPECT_TRUE(rig.bus.attach(*guest.service).ok());
    tandem_fs_queue* q = guest.queue();
    tandem_fs_slot* slots = guest.slots();
    std::int64_t result = 1;
    std::uint32_t completed = 0;
    rig.backend.steps = {[&](tandem_run& r) {
                             slots[q->submitted % fstest::FakeGuest::kSlots].req = guest.req(TANDEM_FS_LOOKUP, root, "hello");
                             q->submitted = q->submitted + 1;
                             out(TANDEM_PORT_FILE + TANDEM_FS_KICK, 0)(r);
                         },
                         [&](tandem_run& r) {
                             completed = q->completed;
                             result = slots[(q->completed - 1) % fstest::FakeGuest::kSlots].rep.result;
                             out(TANDEM_PORT_POWER, 0)(r);
                         }};
    ASSERT_TRUE(rig.go().ok());
    EXPECT_EQ(completed, q->submitted);
    EXPECT_EQ(result, 0);
    EXPECT_EQ(rig.bus.unknown_count(), 0u);
    EXPECT_STREQ(rig.bus.owner_name(TANDEM_PORT_FILE), "file");
}

} // namespace
