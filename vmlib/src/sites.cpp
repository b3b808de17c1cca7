// Dispatch of rewritten sites: from the return address of `call __vmlib_site`
// to the site record, its per-kind handler and the way back into the guest.
#include "vmlib.h"

extern "C" {
extern tandem_site __tandem_sites_start[];
extern tandem_site __tandem_sites_end[];
void vmlib_resume_kernel_asm(void* area) __attribute__((noreturn));
void vmlib_enter_user_asm() __attribute__((noreturn));
// Register images popped by the resume paths: rax..r15 without rsp, rflags, rsp, rip.
tandem_u64 g_kernel_area[18];
// The private stack of swapgs/sysretq sites (entry.S, platform.h section 5).
extern tandem_u64 __vmlib_private_rsp;
extern char __vmlib_private_stack[];
extern char __vmlib_private_stack_top[];
tandem_u64 g_user_area[19];
}

namespace vmlib {

static bool g_sites_sorted;
bool g_user_step_entry;

// Sorts the site table by address once, so lookups can bisect it.
static void sort_sites() {
    tandem_site* b = __tandem_sites_start;
    u64 n = u64(__tandem_sites_end - __tandem_sites_start);
    for (u64 i = 1; i < n; i++) {
        tandem_site cur = b[i];
        u64 j = i;
        while (j > 0 && b[j - 1].addr > cur.addr) {
            b[j] = b[j - 1];
            j--;
        }
        b[j] = cur;
    }
    g_sites_sorted = true;
}

// Sites found lately, by a hash of their address: a few dozen sites (the
// trap return, the page allocator's interrupt-disable sections) take most of
// the calls, and one compare here saves a bisection of the whole table.
static tandem_site* g_site_cache[256];

// Finds the record of the site whose call instruction starts at `addr`.
static tandem_site* find_site(u64 addr) {
    tandem_site*& cached = g_site_cache[(addr ^ (addr >> 8)) & 255];
    if (cached && cached->addr == addr) return cached;
    if (!g_sites_sorted) sort_sites();
    tandem_site* lo = __tandem_sites_start;
    tandem_site* hi = __tandem_sites_end;
    while (lo < hi) {
        tandem_site* mid = lo + (hi - lo) / 2;
        if (mid->addr < addr) lo = mid + 1;
        else hi = mid;
    }
    if (lo < __tandem_sites_end && lo->addr == addr) return cached = lo;
    return nullptr;
}

// True if the instruction at `rip` is a rewritten site (for the sti shadow).
static bool is_site(u64 rip) { return find_site(rip) != nullptr; }

SiteHandler site_handler(u16 kind) {
    switch (kind) {
    case TANDEM_SITE_CLI: return emulate_cli;
    case TANDEM_SITE_STI: return emulate_sti;
    case TANDEM_SITE_PUSHF: return emulate_pushf;
    case TANDEM_SITE_POPF: return emulate_popf;
    case TANDEM_SITE_HLT: return emulate_hlt;
    case TANDEM_SITE_IN: return emulate_in;
    case TANDEM_SITE_OUT: return emulate_out;
    case TANDEM_SITE_INS: return emulate_ins;
    case TANDEM_SITE_OUTS: return emulate_outs;
    case TANDEM_SITE_LGDT: return emulate_lgdt;
    case TANDEM_SITE_LIDT: return emulate_lidt;
    case TANDEM_SITE_LLDT: return emulate_lldt;
    case TANDEM_SITE_LTR: return emulate_ltr;
    case TANDEM_SITE_SGDT: return emulate_sgdt;
    case TANDEM_SITE_SIDT: return emulate_sidt;
    case TANDEM_SITE_SLDT: return emulate_sldt;
    case TANDEM_SITE_STR: return emulate_str;
    case TANDEM_SITE_SMSW: return emulate_smsw;
    case TANDEM_SITE_LMSW: return emulate_lmsw;
    case TANDEM_SITE_CLTS: return emulate_clts;
    case TANDEM_SITE_MOV_TO_CR: return emulate_mov_to_cr;
    case TANDEM_SITE_MOV_FROM_CR: return emulate_mov_from_cr;
    case TANDEM_SITE_MOV_TO_DR: return emulate_mov_to_dr;
    case TANDEM_SITE_MOV_FROM_DR: return emulate_mov_from_dr;
    case TANDEM_SITE_RDMSR: return emulate_rdmsr;
    case TANDEM_SITE_WRMSR: return emulate_wrmsr;
    case TANDEM_SITE_RDPMC: return emulate_rdpmc;
    case TANDEM_SITE_INVLPG: return emulate_invlpg;
    case TANDEM_SITE_INVPCID: return emulate_invpcid;
    case TANDEM_SITE_WBINVD: return emulate_nop;
    case TANDEM_SITE_INVD: return emulate_nop;
    case TANDEM_SITE_SWAPGS: return emulate_swapgs;
    case TANDEM_SITE_IRETQ: return emulate_iretq;
    case TANDEM_SITE_SYSRETQ: return emulate_sysretq;
    case TANDEM_SITE_STAC: return emulate_stac;
    case TANDEM_SITE_CLAC: return emulate_clac;
    case TANDEM_SITE_XSETBV: return emulate_xsetbv;
    case TANDEM_SITE_MONITOR: return emulate_nop;
    case TANDEM_SITE_MWAIT: return emulate_mwait;
    case TANDEM_SITE_CPUID: return emulate_cpuid;
    case TANDEM_SITE_MOV_TO_SEG: return emulate_mov_to_seg;
    case TANDEM_SITE_MOV_FROM_SEG: return emulate_mov_from_seg;
    case TANDEM_SITE_PUSH_SEG: return emulate_push_seg;
    case TANDEM_SITE_POP_SEG: return emulate_pop_seg;
    case TANDEM_SITE_LRETQ: return emulate_lretq;
    case TANDEM_SITE_RDFSBASE: return emulate_rdfsbase;
    case TANDEM_SITE_RDGSBASE: return emulate_rdgsbase;
    case TANDEM_SITE_WRFSBASE: return emulate_wrfsbase;
    case TANDEM_SITE_WRGSBASE: return emulate_wrgsbase;
    default: return nullptr;
    }
}

// Effective address of a FORM_MEM operand, computed from the guest registers
// as they were at the instruction (RSP before the call).
u64 operand_address(const tandem_site& site, const tandem_regs& regs) {
    u64 ea = u64(site.disp);
    if (site.base != TANDEM_REG_NONE && site.base != TANDEM_REG_RIP && site.base < TANDEM_GPR_COUNT)
        ea += regs.gpr[site.base];
    if (site.index != TANDEM_REG_NONE && site.index < TANDEM_GPR_COUNT)
        ea += regs.gpr[site.index] * (site.scale ? site.scale : 1);
    return ea;
}

// Reads a register operand with x86 width semantics.
u64 read_reg(const tandem_regs& regs, u8 reg, u8 width) {
    u64 v = regs.gpr[reg & 15];
    switch (width) {
    case 1: return v & 0xff;
    case 2: return v & 0xffff;
    case 4: return v & 0xffffffffull;
    default: return v;
    }
}

// Writes a register operand: 8/16-bit writes merge, 32-bit writes zero-extend.
void write_reg(tandem_regs& regs, u8 reg, u8 width, u64 value) {
    u64& r = regs.gpr[reg & 15];
    switch (width) {
    case 1: r = (r & ~0xffull) | (value & 0xff); break;
    case 2: r = (r & ~0xffffull) | (value & 0xffff); break;
    case 4: r = value & 0xffffffffull; break;
    default: r = value; break;
    }
}

u64 site_insn_addr(const tandem_site& site) {
    return site.addr - ((site.flags & TANDEM_SITE_FLAG_PRIVATE_STACK) ? TANDEM_SITE_PRIVATE_PREFIX_LEN : 0);
}

bool in_private_stack_window(u64 rsp) {
    return rsp >= u64(__vmlib_private_stack) && rsp <= u64(__vmlib_private_stack_top);
}

void fault_at_site(const tandem_site& site, tandem_regs& regs, u32 vector, u32 error) {
    regs.rip = site_insn_addr(site);
    if (deliver(regs, vector, vector_has_error_code(vector), error) != Delivery::kOk)
        fatal_exit(TANDEM_EXIT_SHUTDOWN, "triple fault", site.addr, vector, error, 0);
    resume_kernel(regs);
}

const u8 kResumeAreaOrder[15] = {TANDEM_RAX, TANDEM_RCX, TANDEM_RDX, TANDEM_RBX, TANDEM_RBP,
                                 TANDEM_RSI, TANDEM_RDI, TANDEM_R8,  TANDEM_R9,  TANDEM_R10,
                                 TANDEM_R11, TANDEM_R12, TANDEM_R13, TANDEM_R14, TANDEM_R15};

void resume_kernel(tandem_regs& regs) {
    if (!(g_vcpu.sti_shadow && is_site(regs.rip))) {
        g_vcpu.sti_shadow = false;
        deliver_pending_irq(regs);
    }
    for (int i = 0; i < 15; i++) g_kernel_area[i] = regs.gpr[kResumeAreaOrder[i]];
    g_kernel_area[15] = (regs.rflags & TANDEM_RFLAGS_REAL) | TANDEM_RFLAGS_FIXED | TANDEM_RFLAGS_IF;
    g_kernel_area[16] = regs.gpr[TANDEM_RSP];
    g_kernel_area[17] = regs.rip;
    vmlib_resume_kernel_asm(g_kernel_area);
}

void resume_user(tandem_regs& regs) {
    if ((g_vcpu.state.cr0 & TANDEM_CR0_TS) && g_host->eager_nm) {
        // User-only mode cannot trap the first FPU instruction: deliver the
        // #NM now, at the user RIP, so the guest switches FPU state first.
        count(TANDEM_STAT_NM_EAGER);
        if (deliver(regs, TANDEM_EXC_NM, false, 0) != Delivery::kOk)
            fatal_exit(TANDEM_EXIT_SHUTDOWN, "triple fault delivering #NM", regs.rip, TANDEM_EXC_NM, 0, 0);
        resume_kernel(regs);
    }
    if (deliver_pending_irq(regs)) resume_kernel(regs);
    if (g_host->before_user_entry) g_host->before_user_entry();
    count(TANDEM_STAT_USER_ENTRY);
    g_host->enter_user(regs);
    __builtin_unreachable();
}

void enter_user_direct(tandem_regs& regs) {
    for (int i = 0; i < 15; i++) g_user_area[i] = regs.gpr[kResumeAreaOrder[i]];
    g_user_area[15] = real_user_flags(regs.rflags);
    g_user_area[16] = regs.gpr[TANDEM_RSP];
    g_user_area[17] = 0;
    g_user_area[18] = regs.rip;
    g_user_step_entry = (g_user_area[15] & TANDEM_RFLAGS_TF) != 0;
    vmlib_enter_user_asm();
}

void resume(tandem_regs& regs) {
    if (g_vcpu.state.cpl == 3) resume_user(regs);
    resume_kernel(regs);
}

} // namespace vmlib

using namespace vmlib;

// Entry from __vmlib_site (entry.S) with the guest registers of a rewritten
// instruction: rip = the instruction after it.  Never returns.
extern "C" [[noreturn]] void vmlib_site_dispatch(tandem_regs* frame) {
    tandem_regs regs = *frame;
    tandem_site* site = find_site(regs.rip - TANDEM_SITE_CALL_LEN);
    if (!site) fatal_exit(TANDEM_EXIT_INTERNAL, "call to __vmlib_site from an unrecorded site", regs.rip, 0, 0, 0);
    if (site->flags & TANDEM_SITE_FLAG_PRIVATE_STACK) {
        // The site's xchg left the guest's RSP in the slot; give the slot its
        // top back for the next such site (we run below it until we resume).
        regs.gpr[TANDEM_RSP] = __vmlib_private_rsp;
        __vmlib_private_rsp = u64(__vmlib_private_stack_top);
    }
    site->count++;
    if (site->kind < TANDEM_SITE_KIND_COUNT) g_stats.sites[site->kind]++;
    SiteHandler h = site_handler(site->kind);
    if (!h) fatal_exit(TANDEM_EXIT_INTERNAL, "unknown site kind", site->addr, site->kind, 0, 0);
    g_vcpu.sti_shadow = false;
    h(*site, regs);
    resume(regs);
}
