// vmlib::translate: the software walk of the guest's 4-level page tables.
#include "fixture.h"

using namespace testenv;
using vmlib::kAccessFetch;
using vmlib::kAccessUser;
using vmlib::kAccessWrite;
using vmlib::translate;
using vmlib::Translation;

namespace {

constexpr u64 kP = TANDEM_PTE_P, kW = TANDEM_PTE_W, kU = TANDEM_PTE_U, kA = TANDEM_PTE_A, kD = TANDEM_PTE_D;
constexpr u64 kVa = 0x401123;          // PML4 0, PDPT 0, PD 2, PT 1
constexpr u64 kPage = kVa & ~0xfffull;
constexpr u64 kPa = kDataPhys + 0x5000;

class PageWalk : public VmlibTest {
protected:
    // A fully permissive 4K mapping of kVa, whose bits the tests then take away.
    void SetUp() override {
        VmlibTest::SetUp();
        map(kPage, kPa, kP | kW | kU);
    }
    // True if no entry on kVa's path has A or D set.
    void expect_untouched() {
        for (int level = 3; level >= 0; level--)
            EXPECT_EQ(*entry(kVa, level) & (kA | kD), 0u) << "level " << level;
    }
};

TEST_F(PageWalk, FourKPageUserWriteSetsAccessedEverywhereAndDirtyOnLeaf) {
    Translation t = translate(kVa, kAccessUser | kAccessWrite);
    EXPECT_TRUE(t.ok);
    EXPECT_TRUE(t.present);
    EXPECT_EQ(t.phys, kPa + 0x123);
    EXPECT_EQ(t.leaf, entry(kVa, 0));
    EXPECT_TRUE(t.writable);
    EXPECT_TRUE(t.user);
    EXPECT_TRUE(t.executable);
    for (int level = 3; level >= 1; level--) {
        EXPECT_EQ(*entry(kVa, level) & (kA | kD), kA) << "level " << level;
    }
    EXPECT_EQ(*entry(kVa, 0), kPa | kP | kW | kU | kA | kD);
}

TEST_F(PageWalk, ReadSetsAccessedButNotDirty) {
    Translation t = translate(kVa, kAccessUser);
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(*entry(kVa, 0), kPa | kP | kW | kU | kA);
}

TEST_F(PageWalk, SetAccessedFalseLeavesTablesAlone) {
    Translation t = translate(kVa, kAccessUser | kAccessWrite, false);
    EXPECT_TRUE(t.ok);
    EXPECT_EQ(t.phys, kPa + 0x123);
    expect_untouched();
}

TEST_F(PageWalk, TwoMegPage) {
    // Bit 12 of a 2M PDE is PAT, not address.
    map(0x600000, 0x200000 | (1ull << 12), kP | kW | kU, 1);
    Translation t = translate(0x6abcde, kAccessUser);
    EXPECT_TRUE(t.ok);
    EXPECT_EQ(t.phys, 0x2abcdeu);
    EXPECT_EQ(t.leaf, entry(0x6abcde, 1));
    EXPECT_EQ(*entry(0x6abcde, 1) & (kA | kD), kA);
    Translation w = translate(0x7fffff, kAccessWrite);
    EXPECT_TRUE(w.ok);
    EXPECT_EQ(w.phys, 0x3fffffu);
    EXPECT_EQ(*entry(0x6abcde, 1) & (kA | kD), kA | kD);
}

TEST_F(PageWalk, OneGigPage) {
    map(0x40000000, 0, kP | kW | kU, 2);
    Translation t = translate(0x40abcdef, kAccessUser | kAccessWrite);
    EXPECT_TRUE(t.ok);
    EXPECT_EQ(t.phys, 0xabcdefu);
    EXPECT_EQ(t.leaf, entry(0x40abcdef, 2));
    EXPECT_EQ(*entry(0x40abcdef, 2), kP | kW | kU | TANDEM_PTE_PS | kA | kD);
    EXPECT_EQ(*entry(0x40abcdef, 3) & kA, kA);
}

TEST_F(PageWalk, NotPresentAtEachLevelReportsPZero) {
    for (int level = 3; level >= 0; level--) {
        SCOPED_TRACE(level);
        *entry(kVa, level) &= ~kP;
        Translation t = translate(kVa, kAccessUser | kAccessWrite);
        EXPECT_FALSE(t.ok);
        EXPECT_FALSE(t.present);
        EXPECT_EQ(t.leaf, nullptr);
        EXPECT_EQ(t.error_code, TANDEM_PF_W | TANDEM_PF_U);
        Translation r = translate(kVa, 0);
        EXPECT_EQ(r.error_code, 0u);
        *entry(kVa, level) |= kP;
    }
    expect_untouched();
}

TEST_F(PageWalk, SupervisorPageAtAnyLevelRefusesUser) {
    for (int level = 3; level >= 0; level--) {
        SCOPED_TRACE(level);
        *entry(kVa, level) &= ~kU;
        Translation t = translate(kVa, kAccessUser);
        EXPECT_FALSE(t.ok);
        EXPECT_TRUE(t.present);
        EXPECT_FALSE(t.user);
        EXPECT_EQ(t.error_code, TANDEM_PF_P | TANDEM_PF_U);
        expect_untouched();
        Translation k = translate(kVa, 0, false);
        EXPECT_TRUE(k.ok);
        EXPECT_EQ(k.phys, kPa + 0x123);
        *entry(kVa, level) |= kU;
    }
}

TEST_F(PageWalk, ReadOnlyAtAnyLevelRefusesUserAndSupervisorWrites) {
    ASSERT_TRUE(vmlib::g_vcpu.state.cr0 & TANDEM_CR0_WP);
    for (int level = 3; level >= 0; level--) {
        SCOPED_TRACE(level);
        *entry(kVa, level) &= ~kW;
        Translation u = translate(kVa, kAccessUser | kAccessWrite);
        EXPECT_FALSE(u.ok);
        EXPECT_FALSE(u.writable);
        EXPECT_EQ(u.error_code, TANDEM_PF_P | TANDEM_PF_W | TANDEM_PF_U);
        Translation s = translate(kVa, kAccessWrite);
        EXPECT_FALSE(s.ok);
        EXPECT_EQ(s.error_code, TANDEM_PF_P | TANDEM_PF_W);
        expect_untouched();
        Translation r = translate(kVa, kAccessUser, false);
        EXPECT_TRUE(r.ok);
        *entry(kVa, level) |= kW;
    }
}

TEST_F(PageWalk, NxAtAnyLevelRefusesFetchWithNxe) {
    for (int level = 3; level >= 0; level--) {
        SCOPED_TRACE(level);
        *entry(kVa, level) |= TANDEM_PTE_NX;
        Translation f = translate(kVa, kAccessUser | kAccessFetch);
        EXPECT_FALSE(f.ok);
        EXPECT_TRUE(f.present);
        EXPECT_FALSE(f.executable);
        EXPECT_EQ(f.error_code, TANDEM_PF_P | TANDEM_PF_U | TANDEM_PF_I);
        expect_untouched();
        Translation r = translate(kVa, kAccessUser, false);
        EXPECT_TRUE(r.ok);
        EXPECT_EQ(r.phys, kPa + 0x123);  // NX is not an address bit
        *entry(kVa, level) &= ~TANDEM_PTE_NX;
    }
}

TEST_F(PageWalk, NxIgnoredWithoutNxe) {
    vmlib::g_vcpu.state.efer &= ~TANDEM_EFER_NXE;
    for (int level = 3; level >= 0; level--) *entry(kVa, level) |= TANDEM_PTE_NX;
    Translation f = translate(kVa, kAccessUser | kAccessFetch);
    EXPECT_TRUE(f.ok);
    EXPECT_TRUE(f.executable);
    EXPECT_EQ(f.phys, kPa + 0x123);
}

TEST_F(PageWalk, FetchErrorCodeHasNoIdBitWithoutNxe) {
    // SDM vol. 3, 4.7: I/D is set only if CR4.SMEP=1 or (PAE and EFER.NXE=1).
    vmlib::g_vcpu.state.efer &= ~TANDEM_EFER_NXE;
    *entry(kVa, 0) &= ~kP;
    Translation f = translate(kVa, kAccessUser | kAccessFetch);
    EXPECT_FALSE(f.ok);
    EXPECT_EQ(f.error_code, TANDEM_PF_U);
}

TEST_F(PageWalk, AddressesOutsideTheUserWindowAreRefused) {
    for (u64 va : std::initializer_list<u64>{u64(TANDEM_USER_TOP), u64(TANDEM_USER_TOP + 0x1000), DM + kPa,
                                             u64(TANDEM_KERNEL_HOLE_BASE), u64(TANDEM_KERNEL_HOLE_TOP - 1), ~0ull}) {
        SCOPED_TRACE(va);
        Translation t = translate(va, 0);
        EXPECT_FALSE(t.ok);
        EXPECT_FALSE(t.present);
        EXPECT_EQ(t.error_code, 0u);
    }
    // The last user page, and the pages on both sides of the kernel hole,
    // are walked (and here not mapped).
    for (u64 va : std::initializer_list<u64>{u64(TANDEM_USER_TOP - 1), u64(TANDEM_KERNEL_HOLE_BASE - 1),
                                             u64(TANDEM_KERNEL_HOLE_TOP)}) {
        SCOPED_TRACE(va);
        Translation last = translate(va, kAccessWrite);
        EXPECT_FALSE(last.present);
        EXPECT_EQ(last.error_code, TANDEM_PF_W);
    }
}

TEST_F(PageWalk, NoTranslationWithCr3Zero) {
    vmlib::g_vcpu.state.cr3 = 0;
    Translation t = translate(kVa, 0);
    EXPECT_FALSE(t.ok);
    EXPECT_FALSE(t.present);
}

TEST_F(PageWalk, TablePointerBeyondMemoryIsNotPresent) {
    for (int level = 3; level >= 1; level--) {
        SCOPED_TRACE(level);
        u64 saved = *entry(kVa, level);
        *entry(kVa, level) = kMemSize | kP | kW | kU;
        Translation t = translate(kVa, 0);
        EXPECT_FALSE(t.ok);
        EXPECT_FALSE(t.present);
        // A table in the last page of memory is still read (and is empty here).
        *entry(kVa, level) = (kMemSize - TANDEM_PAGE_SIZE) | kP | kW | kU;
        Translation in = translate(kVa, 0, false);
        EXPECT_EQ(in.present, false);  // that table is zero: next level not present
        *entry(kVa, level) = saved;
    }
    vmlib::g_vcpu.state.cr3 = kMemSize;
    EXPECT_FALSE(translate(kVa, 0).present);
}

TEST_F(PageWalk, LeafBeyondMemoryIsPresentButNotOk) {
    *entry(kVa, 0) = kMemSize | kP | kW | kU;
    Translation t = translate(kVa, kAccessUser);
    EXPECT_FALSE(t.ok);
    EXPECT_TRUE(t.present);
    EXPECT_EQ(t.phys, kMemSize + 0x123);
    EXPECT_EQ(t.error_code, TANDEM_PF_P | TANDEM_PF_U);
    expect_untouched();
}

} // namespace
