// Page-table semantics beyond present/writable: accessed and dirty bits,
// no-execute, and permissions that come from a higher-level entry
// (SDM vol. 3, 4.6 and 4.8).  Runs in checks_user's address space.
#include "selftest.h"

extern uint64_t g_as1;

constexpr uint64_t kAdPage = 0xa00000;   // accessed/dirty
constexpr uint64_t kNxPage = 0xa01000;   // no-execute
constexpr uint64_t kRoDir = 0xc00000;    // PDE without W
constexpr uint64_t kSupDir = 0xe00000;   // PDE without U
constexpr uint64_t kUserRw = TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U;

// Runs user code that should fault with #PF at `cr2`; checks error and RIP.
static bool expect_pf(uint64_t rip, uint64_t rdi, uint64_t rsi, uint64_t cr2, uint64_t error, uint64_t fault_rip) {
    int r = run_user(rip, rdi, rsi);
    volatile TrapRecord& t = g_last_trap;
    bool ok = r == RUN_EXCEPTION && t.vector == TANDEM_EXC_PF && t.cr2 == cr2 && t.error == error && t.rip == fault_rip;
    if (!ok) {
        tap::diag(g_tap, "run result", r);
        tap::diag(g_tap, "vector", t.vector);
        tap::diag(g_tap, "error", t.error);
    }
    return ok;
}

// A user load sets A only; a store sets D, also again after the kernel
// cleared D and invalidated the page (what write-back needs).
static void check_accessed_dirty() {
    map_page(g_as1, kAdPage, alloc_page(), kUserRw);
    uint64_t* pte = find_pte(g_as1, kAdPage);
    int r = run_user(user_va(u_load), kAdPage);
    uint64_t after_load = *pte;
    tap::check(g_tap, r == RUN_SYSCALL && (after_load & TANDEM_PTE_A) && !(after_load & TANDEM_PTE_D),
               "user load sets the PTE accessed bit, not dirty");

    r = run_user(user_va(u_store), kAdPage, 7);
    bool dirty1 = r == RUN_SYSCALL && (*pte & TANDEM_PTE_D);
    *pte &= ~(TANDEM_PTE_D | TANDEM_PTE_A);
    x86::invlpg(kAdPage);
    r = run_user(user_va(u_store), kAdPage, 8);
    bool dirty2 = r == RUN_SYSCALL && (*pte & TANDEM_PTE_D) && (*pte & TANDEM_PTE_A);
    if (!(dirty1 && dirty2)) {
        tap::diag(g_tap, "dirty after first store", dirty1);
        tap::diag(g_tap, "dirty after clear and invlpg", dirty2);
    }
    tap::check(g_tap, dirty1 && dirty2, "user store sets the PTE dirty bit (again after clearing it and invlpg)");
}

// Fetching from an NX page faults with I set, instead of running it.
static void check_nx() {
    uint64_t page = alloc_page();
    pv<uint8_t>(page)[0] = 0x0f; // ud2, in case the fetch is wrongly allowed
    pv<uint8_t>(page)[1] = 0x0b;
    map_page(g_as1, kNxPage, page, TANDEM_PTE_P | TANDEM_PTE_U | TANDEM_PTE_NX);
    tap::check(g_tap, expect_pf(kNxPage, 0, 0, kNxPage, TANDEM_PF_P | TANDEM_PF_U | TANDEM_PF_I, kNxPage),
               "user fetch from an NX page: #PF with P|U|I");
}

// W and U are ANDed over all levels: a PDE can take them away.
static void check_directory_permissions() {
    map_page(g_as1, kRoDir, alloc_page(), kUserRw);
    *find_entry(g_as1, kRoDir, 1) &= ~TANDEM_PTE_W;
    bool read_ok = run_user(user_va(u_load), kRoDir) == RUN_SYSCALL;
    bool ok = read_ok && expect_pf(user_va(u_store), kRoDir, 1, kRoDir, TANDEM_PF_P | TANDEM_PF_W | TANDEM_PF_U,
                                   user_va(u_store));
    tap::check(g_tap, ok, "a PDE without W makes its pages read-only for user stores");

    map_page(g_as1, kSupDir, alloc_page(), kUserRw);
    *find_entry(g_as1, kSupDir, 1) &= ~TANDEM_PTE_U;
    ok = expect_pf(user_va(u_load), kSupDir, 0, kSupDir, TANDEM_PF_P | TANDEM_PF_U, user_va(u_load));
    tap::check(g_tap, ok, "a PDE without U makes its pages supervisor-only");
}

// Entry of this file.
void checks_pte() {
    check_accessed_dirty();
    check_nx();
    check_directory_permissions();
}
