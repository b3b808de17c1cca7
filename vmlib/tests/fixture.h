// The test fixture: guest memory at the direct map, a boot-state vCPU, and
// helpers that build the guest structures (page tables, GDT, TSS, IDT) the
// emulation reads.
#pragma once
#include <gtest/gtest.h>

#include <cstring>

#include "page_walk.h"
#include "stubs.h"
#include "vmlib.h"

namespace testenv {

constexpr u64 DM = TANDEM_DIRECT_MAP_BASE;
constexpr u64 kMemSize = 16ull << 20;

// Guest-physical layout the tests use.
constexpr u64 kGdtPhys = 0x1000;
constexpr u64 kTssPhys = 0x2000;
constexpr u64 kIdtPhys = 0x3000;
constexpr u64 kTablePool = 0x10000;  // page tables, bump-allocated
constexpr u64 kTablePoolEnd = 0x40000;
constexpr u64 kStackTop = 0x80000;   // current kernel stack
constexpr u64 kRsp0Top = 0x90000;    // TSS.RSP0
constexpr u64 kIst1Top = 0xa0000;    // TSS.IST1
constexpr u64 kIst2Top = 0xb0000;    // TSS.IST2
constexpr u64 kDataPhys = 0x100000;  // scratch data

// GDT selectors (Linux-like layout; STAR[63:48] = kUser32Cs).
constexpr u16 kKernelCs = 0x08, kKernelDs = 0x10, kUser32Cs = 0x23, kUserDs = 0x2b, kUserCs = 0x33, kTssSel = 0x40;
constexpr u16 kGdtLimit = 0x4f;

// Address of a rewritten site that is not in the site table.
constexpr u64 kSiteAddr = DM + 0x310000;

// Gate types.
constexpr u8 kIntGate = 0xe, kTrapGate = 0xf;

// Where the handler of each vector lives (gates point here; never executed).
constexpr u64 handler_for(u32 vector) { return DM + 0x400000 + u64(vector) * 0x100; }

class VmlibTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Host pointer to guest-physical `pa`.
    template <typename T = u8> T* phys(u64 pa) { return reinterpret_cast<T*>(DM + pa); }
    // 64-bit loads/stores at a direct-map (kernel) address.
    u64 read64(u64 va) { u64 v; std::memcpy(&v, reinterpret_cast<void*>(va), 8); return v; }
    void write64(u64 va, u64 v) { std::memcpy(reinterpret_cast<void*>(va), &v, 8); }

    // Page tables: a fresh zeroed table from the pool (guest-physical).
    u64 new_table();
    // Maps `va` to `pa` with a leaf at `leaf_level` (0 = 4K PTE, 1 = 2M PDE,
    // 2 = 1G PDPTE); intermediate entries get `upper` flags.  CR3 = the root.
    void map(u64 va, u64 pa, u64 leaf_flags, int leaf_level = 0,
             u64 upper = TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U);
    // The entry for `va` at `level` (3 = PML4 ... 0 = PT), walked here
    // independently of vmlib; null if a level above is missing.
    u64* entry(u64 va, int level);

    // GDT (code/data/user/TSS descriptors), TSS (RSP0, IST1, IST2) and an
    // empty IDT, loaded into GDTR/IDTR/TR.
    void setup_descriptor_tables();
    void set_gate(u32 vector, u8 type, u8 dpl = 0, u8 ist = 0, bool present = true,
                  u64 handler = 0 /* 0 = handler_for(vector) */);
    // Gates for every vector 0..255 (interrupt gates, DPL 0).
    void set_all_gates();

    // Site records the way the rewriter emits them.
    tandem_site make_site(u16 kind);
    tandem_site reg_site(u16 kind, u8 reg, u8 width, u8 aux = 0);
    tandem_site mem_site(u16 kind, u8 base, u8 index, u8 scale, int64_t disp, u8 width = 8);

    // Registers as __vmlib_site saves them at kSiteAddr (real flags: IF=1);
    // reset_regs() also clears the statistics, for several faults in one test.
    void reset_regs();
    tandem_regs regs{};
    u64 root_ = 0;
    u64 pool_next_ = kTablePool;
};

// For emulation tests: descriptor tables and a gate for every vector, so
// faults raised at a site are delivered (and observable) instead of stopping the VM.
class EmuTest : public VmlibTest {
protected:
    void SetUp() override {
        VmlibTest::SetUp();
        setup_descriptor_tables();
        set_all_gates();
    }
    // Checks that the handler ran into fault_at_site(kSiteAddr, vector, error):
    // the exception went to its handler with the site's own address in the
    // frame (error < 0: no error code) and the kernel was resumed there.
    void expect_fault_at_site(Outcome o, u32 vector, int64_t error);
};

// Compares a frame pushed on a guest stack word by word (top first).
void expect_words(u64 va, std::initializer_list<u64> words);

} // namespace testenv
