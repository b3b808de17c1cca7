// Hostile-guest scenarios (composite mode's robustness tests): with
// `--cmdline hostile=NAME` the selftest guest, once its tables are set up,
// does one thing a broken or malicious guest kernel might do instead of the
// conformance checks.  tests/composite/hostile.sh runs each under the kernel
// module and checks that only the guest suffers: tandem reports the stop
// with the guest's RIP and the reason, the host kernel log stays clean, and
// the next guest runs normally.
#include "selftest.h"

namespace {

// True if the boot command line holds `hostile=name` (a whole word).
bool cmdline_has(const char* name) {
    const char* c = g_boot->cmdline;
    const char* key = "hostile=";
    for (const char* p = c; *p; p++) {
        if (p != c && p[-1] != ' ') continue;
        const char* k = key;
        const char* q = p;
        while (*k && *q == *k) { k++; q++; }
        if (*k) continue;
        const char* n = name;
        while (*n && *q == *n) { n++; q++; }
        if (!*n && (*q == 0 || *q == ' ')) return true;
    }
    return false;
}

// A hypercall with an unknown number.  The rewriter refuses `int $31` in
// guest code and `tandem-rewrite --verify` outside vmlib's text, so the
// hostile call is raw bytes placed there (where only vmlib's own code
// should be): the module stops the VM.
__attribute__((section(".vmlib.text"), noinline)) void hypercall_99() {
    asm volatile(".byte 0xcd, 0x1f /* int $31 */" ::"a"(99ull), "D"(0ull), "S"(0ull) : "memory");
}

[[noreturn]] void bad_hypercall() {
    hypercall_99();
    power_off(3);
}

// An IDT far outside guest memory, then an exception in kernel mode:
// delivery fails, #DF fails, triple fault.
[[noreturn]] void idt_unmapped() {
    x86::DescriptorPointer p{0xfff, TANDEM_DIRECT_MAP_BASE + (60ull << 30)};
    x86::lidt(p);
    asm volatile("ud2");
    power_off(3);
}

// A user exception with every IDT gate not present: the module cannot
// deliver it, vmlib escalates to #DF and then a triple fault.
[[noreturn]] void idt_empty_user() {
    for (unsigned v = 0; v < kIdtVectors; v++) g_idt[v] = x86::IdtGate{};
    run_user(user_va(u_ud2));
    power_off(3);
}

// A user exception whose kernel stack (TSS.RSP0, and IST1) lies outside
// guest memory: a fault while delivering a fault.
[[noreturn]] void stack_unmapped_user() {
    g_tss.rsp[0] = TANDEM_DIRECT_MAP_BASE + (60ull << 30);
    for (int i = 0; i < 7; i++) g_tss.ist[i] = TANDEM_DIRECT_MAP_BASE + (61ull << 30);
    run_user(user_va(u_ud2));
    power_off(3);
}

// Garbage page tables: every entry of a fresh PML4 and of the tables it
// points to is junk (inside and outside guest memory, reserved bits, huge
// pages).  User code must fault in the guest and nothing else happens.
[[noreturn]] void garbage_page_tables() {
    uint64_t pml4 = user_space_create(0);
    uint64_t* top = pv(pml4);
    uint64_t junk = 0x9e3779b97f4a7c15ull;
    uint64_t inside = alloc_page();
    uint64_t* mid = pv(inside);
    for (int i = 0; i < 512; i++) {
        junk = junk * 6364136223846793005ull + 1442695040888963407ull;
        mid[i] = junk | 1;
        if (i < int(TANDEM_USER_PML4_SLOTS)) top[i] = (i % 3 == 0) ? (inside | 0x67) : (junk | 0x87);
    }
    x86::write_cr3(pml4);
    int r = run_user(user_va(u_exit));
    tap::check(g_tap, r == RUN_EXCEPTION && g_last_trap.vector == TANDEM_EXC_PF,
               "garbage page tables: user code faults in the guest");
    bool all = tap::summary(g_tap);
    power_off(all ? 0 : 1);
}

} // namespace

// Runs the scenario the command line names, if any (never returns then).
void hostile_scenario() {
    if (cmdline_has("hypercall")) bad_hypercall();
    if (cmdline_has("idt")) idt_unmapped();
    if (cmdline_has("idt-user")) idt_empty_user();
    if (cmdline_has("stack-user")) stack_unmapped_user();
    if (cmdline_has("pagetables")) garbage_page_tables();
}
