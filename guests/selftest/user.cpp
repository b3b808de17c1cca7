// Running user code: one shared code page holding user.S's blob (plus the
// raw privileged bytes), per-address-space stack and data pages, and
// run_user(), which enters CPL 3 with iretq and comes back on a system
// call or a user exception.
#include "selftest.h"

extern "C" {
UserRegs g_user_regs;
}
uint64_t g_user_code_phys;

constexpr uint64_t kFmask = TANDEM_RFLAGS_IF | TANDEM_RFLAGS_TF | TANDEM_RFLAGS_DF | TANDEM_RFLAGS_AC |
                            TANDEM_RFLAGS_NT;

// The user address of a routine in user.S (the blob is copied to kUserCode).
uint64_t user_va(const uint8_t* sym) { return kUserCode + uint64_t(sym - user_blob_start); }

// syscall/sysret MSRs and the code page every address space shares.
void user_init() {
    x86::wrmsr(TANDEM_MSR_STAR, (uint64_t(SEL_USER32) << 48) | (uint64_t(SEL_KCODE) << 32));
    x86::wrmsr(TANDEM_MSR_LSTAR, uint64_t(&syscall_entry));
    x86::wrmsr(TANDEM_MSR_FMASK, kFmask);
    uint64_t efer = x86::rdmsr(TANDEM_MSR_EFER);
    if (!(efer & TANDEM_EFER_SCE)) x86::wrmsr(TANDEM_MSR_EFER, efer | TANDEM_EFER_SCE);

    g_user_code_phys = alloc_page();
    uint8_t* code = pv<uint8_t>(g_user_code_phys);
    uint64_t size = uint64_t(user_blob_end - user_blob_start);
    if (size > kUserCliOff) {
        console::write(g_con, "Bail out! user blob too large\n");
        power_off(1);
    }
    __builtin_memcpy(code, user_blob_start, size);
    __builtin_memcpy(code + kUserCliOff, user_cli_bytes, 4);
    __builtin_memcpy(code + kUserHltOff, user_hlt_bytes, 4);
    __builtin_memcpy(code + kUserIntUserOff, user_int_user_bytes, 4);
    __builtin_memcpy(code + kUserIntKernelOff, user_int_kernel_bytes, 4);
}

// A new address space: the shared code page (read-only), a stack page and
// a data page whose first quadword is `data_value`.  Returns its CR3.
uint64_t user_space_create(uint64_t data_value) {
    uint64_t pml4 = new_address_space();
    map_page(pml4, kUserCode, g_user_code_phys, TANDEM_PTE_P | TANDEM_PTE_U);
    map_page(pml4, kUserStackTop - 4096, alloc_page(), TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U);
    uint64_t data = alloc_page();
    *pv(data) = data_value;
    map_page(pml4, kUserData, data, TANDEM_PTE_P | TANDEM_PTE_W | TANDEM_PTE_U);
    return pml4;
}

// Initial registers of a user run: entry point, two arguments, IF=1.
UserRegs user_regs_at(uint64_t rip, uint64_t rdi, uint64_t rsi) {
    UserRegs r{};
    r.rip = rip;
    r.rdi = rdi;
    r.rsi = rsi;
    r.rsp = kUserStackTop;
    r.rflags = TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    return r;
}

// Runs user code at `rip` in the current address space until it leaves.
int run_user(uint64_t rip, uint64_t rdi, uint64_t rsi) {
    UserRegs r = user_regs_at(rip, rdi, rsi);
    g_trap_count = 0;
    return user_enter(&r);
}
