// x86-64 building blocks shared by the guest kernels: thin inline wrappers
// around the privileged instructions (the rewriter turns each into a vmlib
// call, so guests are written exactly as for bare hardware) and the
// architectural table formats (Intel SDM vol. 3, chapters 3, 4, 6 and 8).
#pragma once

#include <stdint.h>
#include <stddef.h>
#include <tandem/platform.h>

namespace x86 {

// --- interrupt flag -------------------------------------------------------
static inline void cli() { asm volatile("cli" ::: "memory"); }
static inline void sti() { asm volatile("sti" ::: "memory"); }
static inline void hlt() { asm volatile("hlt" ::: "memory"); }
// sti;hlt without a window in between is what an idle loop needs.
static inline void sti_hlt() { asm volatile("sti\n\thlt" ::: "memory"); }
static inline uint64_t save_flags() {
    uint64_t f;
    asm volatile("pushfq\n\tpopq %0" : "=r"(f)::"memory");
    return f;
}
static inline void restore_flags(uint64_t f) {
    asm volatile("pushq %0\n\tpopfq" ::"r"(f) : "memory", "cc");
}

// --- port I/O -------------------------------------------------------------
static inline void outb(uint16_t port, uint8_t v) { asm volatile("outb %0, %1" ::"a"(v), "Nd"(port) : "memory"); }
static inline void outl(uint16_t port, uint32_t v) { asm volatile("outl %0, %1" ::"a"(v), "Nd"(port) : "memory"); }
static inline uint8_t inb(uint16_t port) {
    uint8_t v;
    asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port) : "memory");
    return v;
}
static inline uint32_t inl(uint16_t port) {
    uint32_t v;
    asm volatile("inl %1, %0" : "=a"(v) : "Nd"(port) : "memory");
    return v;
}

// --- control registers ----------------------------------------------------
static inline uint64_t read_cr0() { uint64_t v; asm volatile("mov %%cr0, %0" : "=r"(v)); return v; }
static inline void write_cr0(uint64_t v) { asm volatile("mov %0, %%cr0" ::"r"(v) : "memory"); }
static inline uint64_t read_cr2() { uint64_t v; asm volatile("mov %%cr2, %0" : "=r"(v)); return v; }
static inline uint64_t read_cr3() { uint64_t v; asm volatile("mov %%cr3, %0" : "=r"(v)); return v; }
static inline void write_cr3(uint64_t v) { asm volatile("mov %0, %%cr3" ::"r"(v) : "memory"); }
static inline uint64_t read_cr4() { uint64_t v; asm volatile("mov %%cr4, %0" : "=r"(v)); return v; }
static inline void write_cr4(uint64_t v) { asm volatile("mov %0, %%cr4" ::"r"(v) : "memory"); }
static inline void clts() { asm volatile("clts" ::: "memory"); }
static inline void set_ts() { write_cr0(read_cr0() | TANDEM_CR0_TS); }
static inline void invlpg(uint64_t va) { asm volatile("invlpg (%0)" ::"r"(va) : "memory"); }

// --- MSRs -----------------------------------------------------------------
static inline uint64_t rdmsr(uint32_t msr) {
    uint32_t lo, hi;
    asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return (uint64_t(hi) << 32) | lo;
}
static inline void wrmsr(uint32_t msr, uint64_t v) {
    asm volatile("wrmsr" ::"c"(msr), "a"(uint32_t(v)), "d"(uint32_t(v >> 32)) : "memory");
}
static inline void swapgs() { asm volatile("swapgs" ::: "memory"); }
static inline uint64_t rdtsc() {
    uint32_t lo, hi;
    asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t(hi) << 32) | lo;
}
static inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t out[4]) {
    asm volatile("cpuid" : "=a"(out[0]), "=b"(out[1]), "=c"(out[2]), "=d"(out[3]) : "a"(leaf), "c"(sub));
}

// --- descriptor tables (SDM vol. 3, 3.4.5, 6.14.1, 8.2.3) -----------------
struct __attribute__((packed)) DescriptorPointer {
    uint16_t limit;
    uint64_t base;
};

// 64-bit interrupt/trap gate.
struct __attribute__((packed)) IdtGate {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;       // bits 0..2
    uint8_t type_attr; // P | DPL | 0 | type (0xE interrupt, 0xF trap)
    uint16_t offset_mid;
    uint32_t offset_high;
    uint32_t reserved;
};
static_assert(sizeof(IdtGate) == 16);

static inline IdtGate make_gate(uint64_t handler, uint16_t selector, uint8_t dpl, bool trap, uint8_t ist = 0) {
    IdtGate g{};
    g.offset_low = uint16_t(handler);
    g.selector = selector;
    g.ist = ist & 7;
    g.type_attr = uint8_t(0x80 | (dpl << 5) | (trap ? 0xF : 0xE));
    g.offset_mid = uint16_t(handler >> 16);
    g.offset_high = uint32_t(handler >> 32);
    return g;
}

// 64-bit TSS.
struct __attribute__((packed)) Tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
};
static_assert(sizeof(Tss) == 104);

// Code/data segment descriptors for a flat 64-bit GDT.
constexpr uint64_t kGdtKernelCode = 0x00af9a000000ffffull; // L=1, DPL0
constexpr uint64_t kGdtKernelData = 0x00cf92000000ffffull;
constexpr uint64_t kGdtUserCode = 0x00affa000000ffffull;   // L=1, DPL3
constexpr uint64_t kGdtUserData = 0x00cff2000000ffffull;

// The two GDT slots of a 64-bit available-TSS descriptor.
static inline void make_tss_descriptor(uint64_t out[2], const Tss* tss) {
    uint64_t base = uint64_t(tss);
    uint64_t limit = sizeof(Tss) - 1;
    out[0] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) | ((limit >> 16 & 0xf) << 48) |
             ((base >> 24 & 0xff) << 56);
    out[1] = base >> 32;
}

static inline void lgdt(const DescriptorPointer& p) { asm volatile("lgdt %0" ::"m"(p) : "memory"); }
static inline void lidt(const DescriptorPointer& p) { asm volatile("lidt %0" ::"m"(p) : "memory"); }
static inline void ltr(uint16_t sel) { asm volatile("ltr %0" ::"r"(sel) : "memory"); }

// The hardware exception/interrupt frame, as pushed on the handler's stack.
struct InterruptFrame {
    uint64_t rip, cs, rflags, rsp, ss;
};

} // namespace x86
