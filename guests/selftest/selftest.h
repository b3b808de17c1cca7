// Shared declarations of the selftest guest: the TAP reporter, the
// descriptor tables, the trap recorder, paging and the user-mode runner.
#pragma once

#include <stdint.h>
#include <tandem/platform.h>
#include "abi.h"
#include "bootinfo.h"
#include "console.h"
#include "tap.h"
#include "x86.h"

// --- main.cpp -------------------------------------------------------------
extern const tandem_boot_info* g_boot;
extern console::Console g_con;
extern tap::Tap g_tap;
[[noreturn]] void power_off(uint32_t status);
static inline uint64_t now_ns() { return bootinfo::now_ns(g_boot); }

// --- desc.cpp: GDT, IDT, TSS, LDT -----------------------------------------
extern uint64_t g_gdt[GDT_ENTRIES];
extern x86::IdtGate g_idt[];
extern x86::Tss g_tss;
extern uint64_t g_ldt[2];
constexpr unsigned kIdtVectors = 36;
constexpr uint64_t kTrapStackSize = 16384;
extern uint8_t g_trap_stack[];  // TSS.RSP0
extern uint8_t g_ist1_stack[];  // TSS.IST1
void desc_build();
void set_gate_ist(unsigned vector, uint8_t ist);

// --- trap.cpp: what the last event looked like ------------------------------
struct TrapRecord {
    uint64_t vector, error, rip, cs, rflags, rsp, ss, cr2;
    uint64_t frame_top; // address just above the hardware frame (its SS slot + 8)
};
extern volatile TrapRecord g_last_trap;
extern volatile uint32_t g_trap_count;
extern volatile uint32_t g_timer_count;
extern volatile TrapRecord g_last_timer;
extern volatile uint32_t g_nm_count;

// A kernel-mode fault expected in [from, to] is recorded and resumed at `resume`.
struct Fixup {
    uint64_t vector, from, to, resume;
    bool active, hit;
};
extern volatile Fixup g_fixup;
void arm_fixup(uint64_t vector, uint64_t from, uint64_t to, uint64_t resume);
static inline uint64_t addr_of(const void* p) { return reinterpret_cast<uint64_t>(p); }

// Demand paging: user #PF (not present) inside [lo, hi) is mapped on the fly.
struct DemandRegion {
    uint64_t lo, hi, pml4;
    uint32_t faults;
    TrapRecord first;
};
extern DemandRegion g_demand;

// Lazy FPU: the context that runs next and the one whose state is loaded.
struct alignas(16) FpuArea {
    uint8_t bytes[512];
};
extern FpuArea* volatile g_fpu_current;
extern FpuArea* volatile g_fpu_owner;
void fpu_area_init(FpuArea* a);

// --- paging.cpp -----------------------------------------------------------
void pages_init();
uint64_t alloc_page(); // zeroed, guest-physical
uint64_t new_address_space();
void map_page(uint64_t pml4, uint64_t va, uint64_t pa, uint64_t flags);
uint64_t* find_pte(uint64_t pml4, uint64_t va); // nullptr if no page table
uint64_t* find_entry(uint64_t pml4, uint64_t va, int level); // level 1 = PDE
template <typename T = uint64_t>
static inline T* pv(uint64_t phys) { return bootinfo::phys_to_virt<T>(phys); }

// --- user.cpp: running user code -------------------------------------------
constexpr uint64_t kUserCode = 0x400000;
constexpr uint64_t kUserCliOff = 0xe00, kUserHltOff = 0xe10, kUserIntUserOff = 0xe20, kUserIntKernelOff = 0xe30;
constexpr uint64_t kUserStackTop = 0x800000; // one page below it is mapped
constexpr uint64_t kUserDemand = 0x600000;    // never mapped up front
constexpr uint64_t kUserRo = 0x601000;        // read-only page
constexpr uint64_t kUserData = 0x700000;      // per address space data page
extern "C" UserRegs g_user_regs;
extern "C" uint64_t g_syscall_rflags, g_syscall_cs;
extern "C" int user_enter(const UserRegs* regs);
extern "C" int user_resume_sysret(const UserRegs* regs);
extern "C" [[noreturn]] void user_abort(int reason);
extern "C" void syscall_entry();
extern "C" uint16_t read_cs();
extern "C" const uint8_t user_blob_start[], user_blob_end[];
// User routines (user.S) by name; their user address is user_va(sym).
extern "C" const uint8_t u_exit[], u_exit_ret[], u_return[], u_echo[], u_echo_ret[], u_store_load[], u_load[],
    u_store[], u_ud2[], u_div0[], u_div0_insn[], u_int3[], u_int3_after[], u_step[], u_step_after[], u_noncanon[], u_noncanon_insn[],
    u_fs_load[], u_fpu[], u_spin[], u_spin_end[], u_redzone[];
// Raw instruction bytes (4 each) copied into the code page at the offsets below.
extern "C" const uint8_t user_cli_bytes[], user_hlt_bytes[], user_int_user_bytes[], user_int_kernel_bytes[];
uint64_t user_va(const uint8_t* sym);
uint64_t user_space_create(uint64_t data_value); // code, stack, data page
UserRegs user_regs_at(uint64_t rip, uint64_t rdi = 0, uint64_t rsi = 0);
// Runs user code from `rip` until it leaves; the reason is RUN_*.
int run_user(uint64_t rip, uint64_t rdi = 0, uint64_t rsi = 0);
void user_init(); // STAR/LSTAR/FMASK and the code page
extern uint64_t g_user_code_phys;

// --- the checks ------------------------------------------------------------
void checks_boot();
void checks_cpu();
void checks_msr();
void checks_flags();
void checks_irq();
void checks_kernel_exceptions();
void checks_user();
void checks_user_faults();
void checks_paging();
void checks_pte();
void checks_fpu();
void checks_devices();
void hostile_scenario(); // hostile.cpp: --cmdline hostile=NAME
