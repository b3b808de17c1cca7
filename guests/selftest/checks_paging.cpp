// User paging: demand faults fixed up and retried, write protection, two
// address spaces behind one virtual address, and invlpg after a PTE change.
#include "selftest.h"

extern uint64_t g_as1;

// Runs u_load(va) and returns what the user read (or a marker on failure).
static uint64_t user_load(uint64_t va) {
    int r = run_user(user_va(u_load), va);
    return r == RUN_SYSCALL && g_user_regs.rax == SYS_EXIT ? g_user_regs.rdi : 0xbad0bad0bad0bad0ull;
}

static void check_demand_paging() {
    uint64_t addr = kUserDemand + 0x18, value = 0x0123456789abcdefull;
    g_demand = DemandRegion{kUserDemand, kUserDemand + 0x10000, g_as1, 0, {}};
    int r = run_user(user_va(u_store_load), addr, value);
    const TrapRecord& f = g_demand.first;
    bool pf_ok = g_demand.faults >= 1 && f.vector == TANDEM_EXC_PF && f.cr2 == addr &&
                 f.error == (TANDEM_PF_U | TANDEM_PF_W) && f.rip == user_va(u_store_load);
    if (!pf_ok) {
        g_tap.diag("faults", g_demand.faults);
        g_tap.diag("error", f.error);
        g_tap.diag("cr2 - addr", f.cr2 - addr);
    }
    g_tap.check(pf_ok, "user #PF on an unmapped page: CR2 = address, error U|W");
    g_tap.check(r == RUN_SYSCALL && g_user_regs.rdi == value && g_demand.faults == 1,
                "the kernel maps the page, iretq retries the access and it succeeds");
    g_demand = DemandRegion{};
}

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
        g_tap.diag("read ok", read_ok);
        g_tap.diag("vector", t.vector);
        g_tap.diag("error", t.error);
    }
    g_tap.check(ok, "user write to a read-only page: #PF with P|W|U");
}

static void check_address_spaces() {
    uint64_t as2 = user_space_create(0x2222222222222222ull);
    x86::write_cr3(g_as1);
    uint64_t a = user_load(kUserData);
    x86::write_cr3(as2);
    uint64_t b = user_load(kUserData);
    x86::write_cr3(g_as1);
    uint64_t c = user_load(kUserData);
    g_tap.check(a == 0x1111111111111111ull && b == 0x2222222222222222ull && c == a,
                "two address spaces: one user VA, two pages, two CR3 values");

    // Retarget the (now cached) PTE without touching CR3; invlpg must expose it.
    uint64_t fresh = alloc_page();
    *pv(fresh) = 0x3333333333333333ull;
    uint64_t* pte = find_pte(g_as1, kUserData);
    *pte = fresh | TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;
    x86::invlpg(kUserData);
    g_tap.check(user_load(kUserData) == 0x3333333333333333ull, "invlpg after a PTE change shows the new page");
}

void checks_paging() {
    check_demand_paging();
    check_write_protect();
    check_address_spaces();
}
