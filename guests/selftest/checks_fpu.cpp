// Lazy FPU switching between two user contexts: the kernel sets CR0.TS at
// every switch and its #NM handler (trap.cpp) moves the FXSAVE state.
// Each context keeps its own xmm0 and x87 st0 across several switches.
#include "selftest.h"

static FpuArea g_area[2];

// Runs contexts A and B alternately until both finish; TS is set at every switch.
void checks_fpu() {
    constexpr uint64_t kRounds = 4;
    UserRegs ctx[2];
    ctx[0] = user_regs_at(user_va(u_fpu), 0x0a0a0a0a0a0a0a0aull, kRounds);
    ctx[0].rdx = 0x1000000000000aaull; // x87 value (exact in 64-bit mantissa)
    ctx[1] = user_regs_at(user_va(u_fpu), 0x0b0b0b0b0b0b0b0bull, kRounds);
    ctx[1].rdx = 0x2000000000000bbull;
    ctx[1].rsp = kUserStackTop - 2048;
    fpu_area_init(&g_area[0]);
    fpu_area_init(&g_area[1]);
    g_fpu_owner = nullptr;
    uint32_t nm0 = g_nm_count;

    bool done[2] = {false, false}, broken = false;
    uint64_t result[2] = {0, 0};
    int cur = 0;
    x86::set_ts();
    for (int guard = 0; guard < 64 && !(done[0] && done[1]); guard++) {
        g_fpu_current = &g_area[cur];
        int r = user_enter(&ctx[cur]);
        if (r != RUN_SYSCALL) {
            tap::diag(g_tap, "fpu context trapped, vector", g_last_trap.vector);
            broken = true;
            break;
        }
        if (g_user_regs.rax == SYS_YIELD) {
            ctx[cur] = g_user_regs;
        } else {
            done[cur] = true;
            result[cur] = g_user_regs.rdi;
        }
        int next = done[1 - cur] ? cur : 1 - cur;
        if (next != cur) x86::set_ts(); // a context switch: the FPU now belongs to nobody running
        cur = next;
    }
    x86::clts();
    g_fpu_current = nullptr;
    g_fpu_owner = nullptr;
    if (!broken && (result[0] != 1 || result[1] != 1)) {
        tap::diag(g_tap, "context A result", result[0]);
        tap::diag(g_tap, "context B result", result[1]);
    }
    tap::check(g_tap, !broken && done[0] && done[1] && result[0] == 1 && result[1] == 1,
                "FPU state (xmm0, x87) kept apart between two user contexts");
    tap::check(g_tap, g_nm_count > nm0, "#NM raised after CR0.TS was set on a context switch");
}
