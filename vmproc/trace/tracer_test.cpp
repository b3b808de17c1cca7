// The trace against a ring in fake guest memory written as vmlib writes it
// and as a hostile guest might: events are taken once, vmlib's slots are
// handed back, impossible heads and invalid events are counted and left
// out, a full ring's drops reach the file, sessions belong to their owner,
// and the file is the JSON object format with the events expected.
#include "tracer.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "boot/clock.h"
#include "testing/temp_dir.h"

using namespace tandem;

namespace {

struct FakeRing {
    std::unique_ptr<tandem_trace_ring> ring = std::make_unique<tandem_trace_ring>();
    FakeRing() { std::memset(ring.get(), 0, sizeof *ring); }
    // As vmlib's trace_record: refuses (counts a drop) when the ring is full.
    bool push(std::uint16_t kind, std::uint16_t code, std::uint64_t a0, std::uint64_t a1, std::uint64_t tsc,
              std::uint32_t duration = 0) {
        if (ring->head - ring->tail >= TANDEM_TRACE_EVENTS) {
            ring->dropped = ring->dropped + 1;
            return false;
        }
        tandem_trace_event& e = ring->events[ring->head % TANDEM_TRACE_EVENTS];
        e = tandem_trace_event{tsc, duration, kind, code, a0, a1};
        ring->head = ring->head + 1;
        return true;
    }
};

// A clock that started a little while ago at 1 GHz (mult 1 << 24, shift 24).
tandem_clock test_clock() {
    tandem_clock c{};
    c.tsc_at_boot = read_tsc() - 1000000;
    c.tsc_to_ns_mult = 1u << 24;
    c.tsc_to_ns_shift = 24;
    c.tsc_hz = 1000000000ull;
    return c;
}

std::string slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) n++;
    return n;
}

class TracerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(tmp_.ok());
        subject_.vm_id = "abc123";
        subject_.host_pid = 42;
        subject_.mode = "user-only";
        subject_.clock = test_clock();
    }
    tandem::test_support::TempDir tmp_{"tracer-test"};
    std::string dir_ = tmp_.path(), path_ = dir_ + "/t.json";
    TraceSubject subject_;
    FakeRing r_;
};

TEST_F(TracerTest, WritesGuestAndVmprocEvents) {
    Tracer t(subject_, r_.ring.get(), nullptr);
    int owner;
    ASSERT_TRUE(t.start(path_, &owner, "test").ok());
    EXPECT_TRUE(t.active());
    EXPECT_EQ(r_.ring->enabled, 1u);
    const std::uint64_t now = read_tsc();
    r_.push(TANDEM_TRACE_SYSCALL, 0, 0, 0x401000, now);           // read
    r_.push(TANDEM_TRACE_SYSCALL, 60, 60, 0x401010, now + 10);    // exit
    r_.push(TANDEM_TRACE_INTERRUPT, TANDEM_VEC_TIMER, 0x401020, 3, now + 20);
    r_.push(TANDEM_TRACE_EXCEPTION, TANDEM_EXC_PF, 0x401030, 6, now + 30);
    r_.push(TANDEM_TRACE_PAGE_FAULT, 0, 0x7000, 2, now + 40, 500);
    r_.push(TANDEM_TRACE_ADDRESS_SPACE, 0, 0x5000, 0x4000, now + 50);
    r_.push(TANDEM_TRACE_ADDRESS_SPACE, 0, 0x6000, 0x5000, now + 60);
    t.drain();
    EXPECT_EQ(r_.ring->tail, r_.ring->head); // every slot handed back
    tandem_run exit{};
    exit.exit_reason = TANDEM_EXIT_IO;
    exit.io_port = TANDEM_PORT_CONSOLE;
    t.exit_event(exit, read_tsc(), "console");
    t.request("file service", "read", read_tsc(), 12, 4096);
    auto s = t.stop(&owner);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_FALSE(t.active());
    EXPECT_EQ(r_.ring->enabled, 0u);
    EXPECT_EQ(s->invalid, 0u);
    EXPECT_EQ(s->dropped, 0u);
    const std::string text = slurp(path_);
    EXPECT_EQ(text.rfind("{\"traceEvents\":[", 0), 0u) << text;
    EXPECT_NE(text.find("\"otherData\":{"), std::string::npos);
    EXPECT_NE(text.find("\"name\":\"read\",\"cat\":\"syscall\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"exit\",\"cat\":\"syscall\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"interrupt 32 (timer)\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"#PF\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"page fault: reflected\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"port i/o: console\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"name\":\"file service: read\""), std::string::npos) << text;
    // Two CR3 loads: the first address space's slice ends at the second,
    // the second's at the end of the trace.
    EXPECT_EQ(occurrences(text, "\"cat\":\"context switch\""), 2u) << text;
    EXPECT_NE(text.find("\"name\":\"cr3 0x5000\""), std::string::npos) << text;
    EXPECT_EQ(occurrences(text, "\"ph\":\"M\""), 9u);
}

// What a hostile guest can write: unknown kinds, vectors out of range,
// times before boot or far ahead, a head far beyond the tail.
TEST_F(TracerTest, HostileEventsAreCountedAndLeftOut) {
    Tracer t(subject_, r_.ring.get(), nullptr);
    int owner;
    ASSERT_TRUE(t.start(path_, &owner, "test").ok());
    const std::uint64_t now = read_tsc();
    r_.push(99, 0, 0, 0, now);                                        // unknown kind
    r_.push(TANDEM_TRACE_INTERRUPT, 200, 0, 0, now);                  // not an interrupt line
    r_.push(TANDEM_TRACE_EXCEPTION, 40, 0, 0, now);                   // not an exception vector
    r_.push(TANDEM_TRACE_SYSCALL, 1, 1, 0, subject_.clock.tsc_at_boot - 1); // before boot
    r_.push(TANDEM_TRACE_SYSCALL, 1, 1, 0, now + 100 * subject_.clock.tsc_hz); // 100 s ahead
    r_.push(TANDEM_TRACE_SPACE_SWITCH, 3, TANDEM_SPACE_MAX, 0, now);   // no such space
    r_.push(TANDEM_TRACE_SYSCALL, 1, 1, 0, now);                      // the one good event
    t.drain();
    r_.ring->head = r_.ring->head + 5 * TANDEM_TRACE_EVENTS;           // impossible
    t.drain();
    EXPECT_EQ(r_.ring->tail, r_.ring->head); // vmproc starts again from the head
    auto s = t.stop(&owner);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->invalid, 6u);
    EXPECT_EQ(s->lost, 5u * TANDEM_TRACE_EVENTS);
    const std::string text = slurp(path_);
    EXPECT_EQ(occurrences(text, "\"cat\":\"syscall\""), 1u) << text;
    EXPECT_NE(text.find("\"tandem_invalid_events\":6"), std::string::npos) << text;
}

// A full ring drops new events (vmlib counts them) and the trace says so.
TEST_F(TracerTest, DropsAreReported) {
    Tracer t(subject_, r_.ring.get(), nullptr);
    int owner;
    ASSERT_TRUE(t.start(path_, &owner, "test").ok());
    const std::uint64_t now = read_tsc();
    for (std::uint32_t i = 0; i < TANDEM_TRACE_EVENTS + 3; i++) r_.push(TANDEM_TRACE_SYSCALL, 0, 0, 0, now);
    t.drain();
    auto s = t.stop(&owner);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->dropped, 3u);
    const std::string text = slurp(path_);
    EXPECT_EQ(occurrences(text, "\"cat\":\"syscall\""), std::size_t{TANDEM_TRACE_EVENTS});
    EXPECT_NE(text.find("\"tandem_dropped_events\":3"), std::string::npos);
    EXPECT_NE(text.find("events dropped (vmlib's ring was full)"), std::string::npos);
}

// Events left in the ring before a session (the guest can turn recording
// on itself) are not part of it; one session at a time, closed by its owner.
TEST_F(TracerTest, SessionsBelongToTheirOwner) {
    r_.push(TANDEM_TRACE_SYSCALL, 0, 0, 0, read_tsc());
    Tracer t(subject_, r_.ring.get(), nullptr);
    int a, b;
    ASSERT_TRUE(t.start(path_, &a, "test").ok());
    EXPECT_FALSE(t.start(dir_ + "/other.json", &b, "test").ok());
    EXPECT_FALSE(t.stop(&b).ok());
    EXPECT_TRUE(t.owned_by(&a));
    EXPECT_FALSE(t.owned_by(&b));
    auto s = t.stop(&a);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(occurrences(slurp(path_), "\"cat\":\"syscall\""), 0u);
    EXPECT_FALSE(t.stop(&a).ok());
}

TEST_F(TracerTest, UnwritableFileIsAnError) {
    Tracer t(subject_, r_.ring.get(), nullptr);
    int owner;
    auto started = t.start("/nonexistent/dir/t.json", &owner, "test");
    ASSERT_FALSE(started.ok());
    EXPECT_NE(started.error().message.find("cannot write"), std::string::npos);
    EXPECT_FALSE(t.active());
}

// Without a ring (an image whose vmlib has none) vmproc's own events still come.
TEST_F(TracerTest, WorksWithoutARing) {
    Tracer t(subject_, nullptr, nullptr);
    int owner;
    ASSERT_TRUE(t.start(path_, &owner, "test").ok());
    t.request("console", "output", read_tsc(), 0, 3);
    auto s = t.stop(&owner);
    ASSERT_TRUE(s.ok());
    EXPECT_NE(slurp(path_).find("\"name\":\"console: output\""), std::string::npos);
}

} // namespace
