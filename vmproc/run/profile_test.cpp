// The profile collector against a ring in fake guest memory: samples are
// counted once, named by program and symbol, overwritten ones counted as
// lost, and a hostile ring (names without NUL, separators, unknown kinds,
// a head far ahead) yields well-formed output; composite mode's drain
// thread takes everything by the time it stops.
#include "profile.h"
#include "profile_drain.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <sstream>

using namespace tandem;

namespace {

struct FakeRing {
    std::unique_ptr<tandem_profile_ring> ring = std::make_unique<tandem_profile_ring>();
    FakeRing() { std::memset(ring.get(), 0, sizeof *ring); }
    void push(std::uint32_t where, std::uint64_t rip, const char* program) {
        tandem_profile_sample& s = ring->samples[ring->head % TANDEM_PROFILE_SAMPLES];
        std::memset(&s, 0, sizeof s);
        s.where = where;
        s.rip = rip;
        std::strncpy(s.program, program, sizeof s.program);
        ring->head = ring->head + 1;
    }
    const std::uint8_t* bytes() const { return reinterpret_cast<const std::uint8_t*>(ring.get()); }
};

SymbolTable kernel_symbols() {
    SymbolTable t;
    t.add(0x1000, 0x100, "_Z8hot_spotv", true);
    t.add(0x2000, 0x100, "vmlib_signal", true);
    t.finish();
    return t;
}

// Composite mode's drain thread: what the writer put in the ring while it
// ran is taken by the time stop() returns (it drains once more), in two
// rounds that together hold more than the ring; stopping twice is harmless.
// Each round stays below a full ring: a drain racing with the writer drops
// a sample whose slot the writer may be filling again (ring size ahead).
TEST(Profile, DrainThreadTakesEverySampleByStop) {
    FakeRing r;
    ProfileCollector p(r.bytes());
    ProfileDrain drain(p, std::chrono::milliseconds(1));
    drain.start();
    for (unsigned i = 0; i < TANDEM_PROFILE_SAMPLES / 2; i++) r.push(TANDEM_PROFILE_USER, 0x401000, "spin");
    drain.stop();
    drain.start();
    for (unsigned i = 0; i < TANDEM_PROFILE_SAMPLES - 1; i++) r.push(TANDEM_PROFILE_KERNEL, 0x1010, "spin");
    drain.stop();
    drain.stop();
    EXPECT_EQ(p.samples(), TANDEM_PROFILE_SAMPLES / 2 + TANDEM_PROFILE_SAMPLES - 1);
    EXPECT_EQ(p.lost(), 0u);
}

// --restart: the next guest's ring starts at 0 again; its samples add to
// the old guest's, none counted lost.
TEST(Profile, RestartedGuestStartsItsRingAgain) {
    FakeRing r;
    ProfileCollector p(r.bytes());
    for (int i = 0; i < 5; i++) r.push(TANDEM_PROFILE_KERNEL, 0x1010, "old");
    p.drain();
    std::memset(r.ring.get(), 0, sizeof *r.ring); // the wiped guest memory
    p.restarted();
    for (int i = 0; i < 2; i++) r.push(TANDEM_PROFILE_USER, 0x401000, "new");
    p.drain();
    EXPECT_EQ(p.samples(), 7u);
    EXPECT_EQ(p.lost(), 0u);
}

TEST(Profile, FoldsSamplesByProgramAndFunction) {
    FakeRing r;
    ProfileCollector p(r.bytes());
    for (int i = 0; i < 3; i++) r.push(TANDEM_PROFILE_KERNEL, 0x1010, "cc1");
    r.push(TANDEM_PROFILE_USER, 0x401000, "cc1");
    r.push(TANDEM_PROFILE_USER, 0x401008, "cc1");
    r.push(TANDEM_PROFILE_VMLIB, 0x2004, "make");
    r.push(TANDEM_PROFILE_HOST, TANDEM_EXIT_IO, "make");
    p.drain();
    p.drain(); // nothing new: nothing counted twice
    EXPECT_EQ(p.samples(), 7u);
    EXPECT_EQ(p.lost(), 0u);
    SymbolTable t = kernel_symbols();
    EXPECT_EQ(p.folded(t), "cc1;kernel;hot_spot() 3\n"
                           "cc1;user 2\n"
                           "make;vmlib;vmlib_signal 1\n"
                           "make;vmproc;port i/o 1\n");
    std::string top = p.top_list(t, TANDEM_PROFILE_INTERVAL_NS);
    EXPECT_NE(top.find("7 samples"), std::string::npos) << top;
    EXPECT_NE(top.find(" 42.86% 3  kernel  hot_spot()"), std::string::npos) << top;
    EXPECT_NE(top.find(" 71.43% 5  cc1"), std::string::npos) << top;
    EXPECT_NE(top.find("cc1  0x401000"), std::string::npos) << top;
}

// A late sample stands for the intervals it missed; a hostile count is capped.
TEST(Profile, LateSamplesCountForTheIntervalsTheyMissed) {
    FakeRing r;
    ProfileCollector p(r.bytes());
    r.push(TANDEM_PROFILE_KERNEL, 0x1010, "cc1");
    r.ring->samples[0].missed = 4;
    r.push(TANDEM_PROFILE_USER, 0x401000, "cc1");
    r.push(TANDEM_PROFILE_USER, 0x401000, "sh");
    r.ring->samples[2].missed = 0xffffffffu;
    p.drain();
    EXPECT_EQ(p.samples(), 5u + 1u + (1u + TANDEM_PROFILE_MISSED_MAX));
    SymbolTable t = kernel_symbols();
    std::string folded = p.folded(t);
    EXPECT_NE(folded.find("cc1;kernel;hot_spot() 5\n"), std::string::npos) << folded;
    EXPECT_NE(folded.find("sh;user " + std::to_string(1u + TANDEM_PROFILE_MISSED_MAX) + "\n"), std::string::npos) << folded;
}

TEST(Profile, CountsOverwrittenSamplesAsLost) {
    FakeRing r;
    ProfileCollector p(r.bytes());
    for (unsigned i = 0; i < TANDEM_PROFILE_SAMPLES + 5; i++) r.push(TANDEM_PROFILE_USER, 0x400000, "spin");
    p.drain();
    // The slot of index head - size may be half rewritten by the writer's
    // next sample: a full ring yields one sample fewer than it holds.
    EXPECT_EQ(p.samples(), TANDEM_PROFILE_SAMPLES - 1);
    EXPECT_EQ(p.lost(), 6u);
    r.push(TANDEM_PROFILE_USER, 0x400000, "spin");
    p.drain();
    EXPECT_EQ(p.samples(), TANDEM_PROFILE_SAMPLES);
}

TEST(Profile, HostileRingStaysWellFormed) {
    FakeRing r;
    ProfileCollector p(r.bytes());
    tandem_profile_sample& s = r.ring->samples[0];
    s.where = 77;
    s.rip = 0x1234;
    std::memset(s.program, ';', sizeof s.program); // no NUL, all separators
    r.ring->samples[1].where = TANDEM_PROFILE_HOST;
    r.ring->samples[1].rip = 0xffffffffffull; // no exit reason
    std::memcpy(r.ring->samples[1].program, "a b\n", 4);
    r.ring->head = 2;
    p.drain();
    r.ring->head = 1; // the guest moves head back: everything since is "new"
    p.drain();
    SymbolTable t = kernel_symbols();
    std::istringstream lines(p.folded(t));
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
        n++;
        auto space = line.rfind(' ');
        ASSERT_NE(space, std::string::npos) << line;
        for (char c : line.substr(0, space)) EXPECT_TRUE(c >= ' ' && c < 0x7f) << line;
        EXPECT_EQ(line.find('\n'), std::string::npos);
    }
    EXPECT_GE(n, 2);
    EXPECT_NE(p.folded(t).find("________________;unknown"), std::string::npos) << p.folded(t);
    EXPECT_NE(p.folded(t).find("a_b_;vmproc;unknown"), std::string::npos) << p.folded(t);
}

TEST(Profile, NoRingNoSamples) {
    ProfileCollector p(nullptr);
    p.drain();
    EXPECT_EQ(p.samples(), 0u);
}

} // namespace
