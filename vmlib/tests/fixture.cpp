#include "fixture.h"

#include <sys/mman.h>

namespace testenv {

void VmlibTest::SetUp() {
    void* m = mmap(reinterpret_cast<void*>(DM), kMemSize, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    ASSERT_EQ(m, reinterpret_cast<void*>(DM)) << "cannot map guest memory at the direct map";

    vmlib::g_vcpu = vmlib::Vcpu{};
    vmlib::g_run = tandem_run{};
    vmlib::g_stats = tandem_stats{};
    g_calls = Calls{};
    std::memset(g_kernel_area, 0, sizeof(tandem_u64) * 18);
    std::memset(g_user_area, 0, sizeof(tandem_u64) * 19);

    // The contract's boot state (docs/PLATFORM.md "Boot"), with kernel selectors.
    tandem_vcpu_state& s = vmlib::g_vcpu.state;
    s.cr0 = TANDEM_CR0_PE | TANDEM_CR0_MP | TANDEM_CR0_ET | TANDEM_CR0_NE | TANDEM_CR0_WP | TANDEM_CR0_PG;
    s.cr4 = TANDEM_CR4_PAE | TANDEM_CR4_OSFXSR | TANDEM_CR4_OSXMMEXCPT | TANDEM_CR4_FSGSBASE;
    s.efer = TANDEM_EFER_SCE | TANDEM_EFER_LME | TANDEM_EFER_LMA | TANDEM_EFER_NXE;
    s.cs = kKernelCs;
    s.ss = kKernelDs;
    s.cpl = 0;
    vmlib::g_vcpu.memory_size = kMemSize;

    reset_regs();
}

void VmlibTest::reset_regs() {
    regs = tandem_regs{};
    regs.rip = kSiteAddr + TANDEM_SITE_CALL_LEN;
    regs.gpr[TANDEM_RSP] = DM + kStackTop;
    regs.rflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    vmlib::g_stats = tandem_stats{};
}

void VmlibTest::TearDown() { munmap(reinterpret_cast<void*>(DM), kMemSize); }

u64 VmlibTest::new_table() {
    u64 t = pool_next_;
    EXPECT_LT(t, kTablePoolEnd);
    pool_next_ += TANDEM_PAGE_SIZE;
    std::memset(phys(t), 0, TANDEM_PAGE_SIZE);
    return t;
}

void VmlibTest::map(u64 va, u64 pa, u64 leaf_flags, int leaf_level, u64 upper) {
    if (!root_) {
        root_ = new_table();
        vmlib::g_vcpu.state.cr3 = root_;
    }
    u64 table = root_;
    for (int level = 3; level > leaf_level; level--) {
        u64* e = phys<u64>(table) + ((va >> (12 + 9 * level)) & 511);
        if (!(*e & TANDEM_PTE_P)) *e = new_table() | upper;
        table = *e & TANDEM_PTE_ADDR_MASK;
    }
    phys<u64>(table)[(va >> (12 + 9 * leaf_level)) & 511] = pa | leaf_flags | (leaf_level ? TANDEM_PTE_PS : 0);
}

u64* VmlibTest::entry(u64 va, int level) {
    u64 table = root_;
    for (int l = 3;; l--) {
        u64* e = phys<u64>(table) + ((va >> (12 + 9 * l)) & 511);
        if (l == level) return e;
        if (!(*e & TANDEM_PTE_P)) return nullptr;
        table = *e & TANDEM_PTE_ADDR_MASK;
    }
}

// A 16-byte system descriptor for a 64-bit TSS (SDM vol. 3, 8.2.3).
static void tss_descriptor(u64* d, u64 base, u32 limit, u8 type) {
    d[0] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (u64(type) << 40) | (1ull << 47) |
           (u64((limit >> 16) & 0xf) << 48) | (((base >> 24) & 0xff) << 56);
    d[1] = base >> 32;
}

void VmlibTest::setup_descriptor_tables() {
    u64* gdt = phys<u64>(kGdtPhys);
    std::memset(gdt, 0, 0x50);
    gdt[kKernelCs / 8] = 0x00af9a000000ffffull;
    gdt[kKernelDs / 8] = 0x00cf92000000ffffull;
    gdt[kUser32Cs / 8] = 0x00cffa000000ffffull;
    gdt[kUserDs / 8] = 0x00cff2000000ffffull;
    gdt[kUserCs / 8] = 0x00affa000000ffffull;
    tss_descriptor(&gdt[kTssSel / 8], DM + kTssPhys, 0x67, 0x9);

    u8* tss = phys(kTssPhys);
    std::memset(tss, 0, 0x68);
    u64 rsp0 = DM + kRsp0Top, ist1 = DM + kIst1Top, ist2 = DM + kIst2Top;
    std::memcpy(tss + 4, &rsp0, 8);
    std::memcpy(tss + 36, &ist1, 8);
    std::memcpy(tss + 44, &ist2, 8);

    std::memset(phys(kIdtPhys), 0, 4096);

    tandem_vcpu_state& s = vmlib::g_vcpu.state;
    s.gdtr.base = DM + kGdtPhys;
    s.gdtr.limit = kGdtLimit;
    s.idtr.base = DM + kIdtPhys;
    s.idtr.limit = 0xfff;
    s.tr = kTssSel;
}

void VmlibTest::set_gate(u32 vector, u8 type, u8 dpl, u8 ist, bool present, u64 handler) {
    if (!handler) handler = handler_for(vector);
    u64* g = phys<u64>(kIdtPhys + u64(vector) * 16);
    g[0] = (handler & 0xffff) | (u64(kKernelCs) << 16) | (u64(ist & 7) << 32) | (u64(type) << 40) |
           (u64(dpl & 3) << 45) | (u64(present) << 47) | (((handler >> 16) & 0xffff) << 48);
    g[1] = handler >> 32;
}

void VmlibTest::set_all_gates() {
    for (u32 v = 0; v < 256; v++) set_gate(v, kIntGate);
}

tandem_site VmlibTest::make_site(u16 kind) {
    tandem_site s{};
    s.addr = kSiteAddr;
    s.kind = kind;
    s.form = TANDEM_FORM_NONE;
    s.base = TANDEM_REG_NONE;
    s.index = TANDEM_REG_NONE;
    s.scale = 1;
    return s;
}

tandem_site VmlibTest::reg_site(u16 kind, u8 reg, u8 width, u8 aux) {
    tandem_site s = make_site(kind);
    s.form = TANDEM_FORM_REG;
    s.reg = reg;
    s.width = width;
    s.aux = aux;
    return s;
}

tandem_site VmlibTest::mem_site(u16 kind, u8 base, u8 index, u8 scale, int64_t disp, u8 width) {
    tandem_site s = make_site(kind);
    s.form = TANDEM_FORM_MEM;
    s.base = base;
    s.index = index;
    s.scale = scale;
    s.disp = disp;
    s.width = width;
    return s;
}

void EmuTest::expect_fault_at_site(Outcome o, u32 vector, int64_t error) {
    EXPECT_EQ(o, Outcome::kResumedKernel);
    EXPECT_EQ(regs.rip, handler_for(vector));
    u64 sp = regs.gpr[TANDEM_RSP];
    if (error >= 0) {
        EXPECT_EQ(read64(sp), u64(error)) << "error code";
        sp += 8;
    }
    EXPECT_EQ(read64(sp), kSiteAddr) << "faulting RIP";
    EXPECT_EQ(vmlib::g_stats.exceptions[vector], 1u);
    EXPECT_EQ(g_calls.kernel_area, g_kernel_area);
    EXPECT_EQ(g_kernel_area[16], regs.gpr[TANDEM_RSP]);
    EXPECT_EQ(g_kernel_area[17], handler_for(vector));
}

void expect_words(u64 va, std::initializer_list<u64> words) {
    int i = 0;
    for (u64 w : words) {
        u64 got;
        std::memcpy(&got, reinterpret_cast<void*>(va + 8 * i), 8);
        EXPECT_EQ(got, w) << "frame word " << i << " at 0x" << std::hex << va + 8 * i;
        i++;
    }
}

} // namespace testenv
