// CPU-state checks: cpuid, the descriptor-table registers and the control
// registers.  Loading GDT/IDT/TSS here is also how the selftest sets up
// the machine for the later checks.
#include "selftest.h"

extern "C" void reload_segments();

// sgdt/sidt store a 10-byte pseudo-descriptor.
static x86::DescriptorPointer store_dtr(bool idt) {
    x86::DescriptorPointer p{};
    if (idt)
        asm volatile("sidt %0" : "=m"(p));
    else
        asm volatile("sgdt %0" : "=m"(p));
    return p;
}

// cpuid: the hypervisor bit and the tandem signature leaf.
static void check_cpuid() {
    uint32_t r[4];
    x86::cpuid(1, 0, r);
    tap::check(g_tap, r[2] & (1u << 31), "cpuid leaf 1 has the hypervisor bit");
    x86::cpuid(0x40000000, 0, r);
    char sig[13];
    __builtin_memcpy(sig + 0, &r[1], 4);
    __builtin_memcpy(sig + 4, &r[2], 4);
    __builtin_memcpy(sig + 8, &r[3], 4);
    sig[12] = 0;
    bool ok = __builtin_memcmp(sig, "TandemTandem", 12) == 0 && r[0] >= 0x40000000;
    tap::check(g_tap, ok, "cpuid leaf 0x40000000 says TandemTandem");
}

// Descriptor tables: each load is read back with its store instruction.
static void check_descriptor_tables() {
    desc_build();

    x86::DescriptorPointer gdtp{uint16_t(sizeof(g_gdt) - 1), uint64_t(g_gdt)};
    x86::lgdt(gdtp);
    reload_segments();
    x86::DescriptorPointer g = store_dtr(false);
    uint16_t cs = read_cs();
    tap::check(g_tap, g.limit == gdtp.limit && g.base == gdtp.base && cs == SEL_KCODE,
                "lgdt/sgdt round trip and CS reload");

    x86::DescriptorPointer idtp{uint16_t(sizeof(x86::IdtGate) * kIdtVectors - 1), uint64_t(g_idt)};
    x86::lidt(idtp);
    x86::DescriptorPointer i = store_dtr(true);
    tap::check(g_tap, i.limit == idtp.limit && i.base == idtp.base, "lidt/sidt round trip");

    x86::ltr(SEL_TSS);
    uint16_t tr = 0xffff;
    asm volatile("str %0" : "=r"(tr));
    tap::check(g_tap, tr == SEL_TSS, "ltr/str");

    uint16_t ldt_a = 0xffff, ldt_b = 0xffff;
    asm volatile("lldt %0" ::"r"(uint16_t(SEL_LDT)) : "memory");
    asm volatile("sldt %0" : "=r"(ldt_a));
    asm volatile("lldt %0" ::"r"(uint16_t(0)) : "memory");
    asm volatile("sldt %0" : "=r"(ldt_b));
    tap::check(g_tap, ldt_a == SEL_LDT && ldt_b == 0, "lldt/sldt (LDT and null selector)");
}

// CR0, smsw, CR4 and CR3: writes are read back; TS and PGE really toggle.
static void check_control_registers() {
    uint64_t cr0 = x86::read_cr0();
    uint64_t need = TANDEM_CR0_PE | TANDEM_CR0_PG;
    x86::write_cr0(cr0 | TANDEM_CR0_TS);
    uint64_t with_ts = x86::read_cr0();
    x86::clts();
    uint64_t after_clts = x86::read_cr0();
    x86::write_cr0(cr0 & ~TANDEM_CR0_TS);
    uint64_t back = x86::read_cr0();
    tap::check(g_tap, (cr0 & need) == need && with_ts == (cr0 | TANDEM_CR0_TS) && after_clts == (cr0 & ~TANDEM_CR0_TS) &&
                    back == (cr0 & ~TANDEM_CR0_TS),
                "CR0 read/write round trip (TS set, clts)");

    uint64_t msw = 0;
    asm volatile("smsw %0" : "=r"(msw));
    tap::check(g_tap, (msw & 0xffff) == (back & 0xffff), "smsw matches CR0");

    uint64_t cr4 = x86::read_cr4();
    x86::write_cr4(cr4 ^ TANDEM_CR4_PGE);
    uint64_t flipped = x86::read_cr4();
    x86::write_cr4(cr4);
    uint64_t cr4_back = x86::read_cr4();
    tap::check(g_tap, (cr4 & TANDEM_CR4_PAE) && flipped == (cr4 ^ TANDEM_CR4_PGE) && cr4_back == cr4,
                "CR4 read/write round trip (PGE toggled)");

    uint64_t as1 = new_address_space();
    uint64_t as2 = new_address_space();
    x86::write_cr3(as1);
    uint64_t r1 = x86::read_cr3();
    x86::write_cr3(as2);
    uint64_t r2 = x86::read_cr3();
    tap::check(g_tap, (r1 & TANDEM_CR3_ADDR_MASK) == as1 && (r2 & TANDEM_CR3_ADDR_MASK) == as2, "CR3 load/read");
}

// Instructions with no visible host effect still have their architectural
// one: stac/clac flip RFLAGS.AC, debug registers keep what is written.
static void check_misc() {
    uint32_t r[4];
    x86::cpuid(7, 0, r);
    if (r[1] & (1u << 20)) { // SMAP: stac/clac exist
        uint64_t with_ac, without_ac;
        asm volatile("stac\n\tpushfq\n\tpopq %0" : "=r"(with_ac)::"memory", "cc");
        asm volatile("clac\n\tpushfq\n\tpopq %0" : "=r"(without_ac)::"memory", "cc");
        tap::check(g_tap, (with_ac & TANDEM_RFLAGS_AC) && !(without_ac & TANDEM_RFLAGS_AC),
                   "stac/clac set and clear RFLAGS.AC");
    } else {
        tap::check(g_tap, true, "stac/clac set and clear RFLAGS.AC # SKIP no SMAP");
    }

    asm volatile("wbinvd" ::: "memory");
    uint64_t dr0 = 0x0000100000001000ull, dr7 = 0x401, got0, got7;
    asm volatile("mov %0, %%dr0" ::"r"(dr0));
    asm volatile("mov %0, %%dr7" ::"r"(dr7));
    asm volatile("mov %%dr0, %0" : "=r"(got0));
    asm volatile("mov %%dr7, %0" : "=r"(got7));
    asm volatile("mov %0, %%dr7" ::"r"(uint64_t(0x400)));
    tap::check(g_tap, got0 == dr0 && got7 == dr7, "wbinvd accepted; DR0/DR7 read/write round trip");
}

// Entry of this file: also loads the GDT/IDT/TSS the later checks rely on.
void checks_cpu() {
    check_cpuid();
    check_descriptor_tables();
    check_control_registers();
    check_misc();
}
