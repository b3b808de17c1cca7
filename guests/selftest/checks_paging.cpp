// User paging: demand faults fixed up and retried, write protection, two
// address spaces behind one virtual address, and invlpg after a PTE change.
#include "selftest.h"

extern uint64_t g_as1;
extern "C" void probe_store(uint64_t* addr, uint64_t value);
extern "C" const uint8_t probe_store_insn[], probe_store_after[];

// Runs u_load(va) and returns what the user read (or a marker on failure).
static uint64_t user_load(uint64_t va) {
    int r = run_user(user_va(u_load), va);
    return r == RUN_SYSCALL && g_user_regs.rax == SYS_EXIT ? g_user_regs.rdi : 0xbad0bad0bad0bad0ull;
}

// A user store to an unmapped page faults, trap.cpp maps it, the store retries.
static void check_demand_paging() {
    uint64_t addr = kUserDemand + 0x18, value = 0x0123456789abcdefull;
    g_demand = DemandRegion{kUserDemand, kUserDemand + 0x10000, g_as1, 0, {}};
    int r = run_user(user_va(u_store_load), addr, value);
    const TrapRecord& f = g_demand.first;
    bool pf_ok = g_demand.faults >= 1 && f.vector == TANDEM_EXC_PF && f.cr2 == addr &&
                 f.error == (TANDEM_PF_U | TANDEM_PF_W) && f.rip == user_va(u_store_load);
    if (!pf_ok) {
        tap::diag(g_tap, "faults", g_demand.faults);
        tap::diag(g_tap, "error", f.error);
        tap::diag(g_tap, "cr2 - addr", f.cr2 - addr);
    }
    tap::check(g_tap, pf_ok, "user #PF on an unmapped page: CR2 = address, error U|W");
    tap::check(g_tap, r == RUN_SYSCALL && g_user_regs.rdi == value && g_demand.faults == 1,
                "the kernel maps the page, iretq retries the access and it succeeds");
    g_demand = DemandRegion{};
}

// The kernel itself touching the user window (as copy_to_user does).
static void check_kernel_user_access() {
    // A mapped user page is reachable through its user address from the kernel.
    volatile uint64_t* data = reinterpret_cast<volatile uint64_t*>(kUserData);
    uint64_t seen = data[0];
    data[1] = 0x4b4b4b4b4b4b4b4bull;
    bool ok = seen == 0x1111111111111111ull && user_load(kUserData + 8) == 0x4b4b4b4b4b4b4b4bull;
    tap::check(g_tap, ok, "kernel reads and writes user memory through the user window");

    // An unmapped one faults in the kernel: #PF with W, without U, CR2 = address.
    uint64_t addr = kUserDemand + 0x8000;
    arm_fixup(TANDEM_EXC_PF, addr_of(probe_store_insn), addr_of(probe_store_insn), addr_of(probe_store_after));
    probe_store(reinterpret_cast<uint64_t*>(addr), 1);
    volatile TrapRecord& t = g_last_trap;
    ok = g_fixup.hit && t.vector == TANDEM_EXC_PF && t.error == TANDEM_PF_W && t.cr2 == addr && t.cs == SEL_KCODE;
    g_fixup.active = false;
    if (!ok) {
        tap::diag(g_tap, "vector", t.vector);
        tap::diag(g_tap, "error", t.error);
    }
    tap::check(g_tap, ok, "kernel store to an unmapped user page: #PF with W, not U");
}

// A read-only user page can be read but a store faults with P|W|U.
static void check_write_protect() {
    uint64_t page = alloc_page();
    *pv(page + 8) = 0x5eadda7a;
    map_page(g_as1, kUserRo, page, TANDEM_PTE_P | TANDEM_PTE_U);
    bool read_ok = user_load(kUserRo + 8) == 0x5eadda7a;
    int r = run_user(user_va(u_store), kUserRo + 8, 1);
    volatile TrapRecord& t = g_last_trap;
    bool ok = read_ok && r == RUN_EXCEPTION && t.vector == TANDEM_EXC_PF && t.cr2 == kUserRo + 8 &&
              t.error == (TANDEM_PF_P | TANDEM_PF_W | TANDEM_PF_U) && t.rip == user_va(u_store) &&
              *pv(page + 8) == 0x5eadda7a;
    if (!ok) {
        tap::diag(g_tap, "read ok", read_ok);
        tap::diag(g_tap, "vector", t.vector);
        tap::diag(g_tap, "error", t.error);
    }
    tap::check(g_tap, ok, "user write to a read-only page: #PF with P|W|U");
}

// Two CR3 values map one user VA to different pages; then a PTE change + invlpg.
static void check_address_spaces() {
    uint64_t as2 = user_space_create(0x2222222222222222ull);
    x86::write_cr3(g_as1);
    uint64_t a = user_load(kUserData);
    x86::write_cr3(as2);
    uint64_t b = user_load(kUserData);
    x86::write_cr3(g_as1);
    uint64_t c = user_load(kUserData);
    tap::check(g_tap, a == 0x1111111111111111ull && b == 0x2222222222222222ull && c == a,
                "two address spaces: one user VA, two pages, two CR3 values");

    // Retarget the (now cached) PTE without touching CR3; invlpg must expose it.
    uint64_t fresh = alloc_page();
    *pv(fresh) = 0x3333333333333333ull;
    uint64_t* pte = find_pte(g_as1, kUserData);
    *pte = fresh | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
    x86::invlpg(kUserData);
    tap::check(g_tap, user_load(kUserData) == 0x3333333333333333ull, "invlpg after a PTE change shows the new page");
}

// PCIDs, where the CPU offers them (user-only mode keeps each address space
// in its own host process): loads with the no-flush bit keep each address
// space's pages apart, a PTE changed while its address space was not loaded
// shows after a flushing load, and clearing CR4.PCIDE goes back to PCID 0.
// Without the offer there is nothing to check; the line reads the same.
static void check_pcids() {
    uint32_t id[4];
    x86::cpuid(1, 0, id);
    bool ok = true;
    if (id[2] & (1u << 17)) {
        constexpr uint64_t kNoFlush = 1ull << 63;
        uint64_t as2 = user_space_create(0x4444444444444444ull);
        x86::write_cr3(g_as1);
        uint64_t cr4 = x86::read_cr4();
        x86::write_cr4(cr4 | TANDEM_CR4_PCIDE);
        uint64_t seen[6];
        x86::write_cr3(g_as1 | 1);
        seen[0] = user_load(kUserData);
        x86::write_cr3(as2 | 2);
        seen[1] = user_load(kUserData);
        x86::write_cr3(g_as1 | 1 | kNoFlush);
        seen[2] = user_load(kUserData);
        x86::write_cr3(as2 | 2 | kNoFlush);
        seen[3] = user_load(kUserData);
        // Retarget address space 1's page while address space 2 is loaded.
        uint64_t fresh = alloc_page();
        *pv(fresh) = 0x5555555555555555ull;
        uint64_t* pte = find_pte(g_as1, kUserData);
        uint64_t old_pte = *pte;
        *pte = fresh | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
        x86::write_cr3(g_as1 | 1);
        seen[4] = user_load(kUserData);
        x86::write_cr4(cr4);
        uint64_t cr3_after = x86::read_cr3();
        *pte = old_pte;
        x86::write_cr3(g_as1);
        seen[5] = user_load(kUserData);
        uint64_t first = 0x3333333333333333ull;  // left there by check_address_spaces
        ok = seen[0] == first && seen[1] == 0x4444444444444444ull && seen[2] == first &&
             seen[3] == 0x4444444444444444ull && seen[4] == 0x5555555555555555ull && (cr3_after & 0xfff) == 1 &&
             seen[5] == first;
        if (!ok)
            for (uint64_t v : seen) tap::diag(g_tap, "seen", v);
    }
    tap::check(g_tap, ok, "PCIDs if offered: no-flush loads keep each space's pages, a flushing load shows a changed PTE");
}

// Entry of this file (runs in checks_user's address space).
void checks_paging() {
    check_demand_paging();
    check_kernel_user_access();
    check_write_protect();
    check_address_spaces();
    check_pcids();
}
