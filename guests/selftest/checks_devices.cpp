// Device and clock checks: port I/O with the port in %dx (single and
// rep ins), entropy that varies, and a monotonic clock.
#include "selftest.h"

// inl and outl with the port explicitly in %dx (the form the checks name).
static uint32_t inl_dx(uint16_t port) {
    uint32_t v;
    asm volatile("inl %%dx, %%eax" : "=a"(v) : "d"(port) : "memory");
    return v;
}

static void outl_dx(uint16_t port, uint32_t v) { asm volatile("outl %%eax, %%dx" ::"a"(v), "d"(port) : "memory"); }

// True when the values are not all equal.
static bool varies(const uint32_t* v, int n) {
    for (int i = 1; i < n; i++)
        if (v[i] != v[0]) return true;
    return false;
}

// Entry of this file: port I/O forms, entropy and the clock.
void checks_devices() {
    const uint16_t ent = TANDEM_PORT_ENTROPY;
    uint32_t v[8];
    for (int i = 0; i < 8; i++) v[i] = inl_dx(ent);
    // outl %dx: program and cancel the timer (a wrong port would be noticed by the host).
    outl_dx(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_LO, 0);
    outl_dx(TANDEM_PORT_TIMER + TANDEM_TIMER_DEADLINE_HI, 0);
    tap::check(g_tap, varies(v, 8), "inl/outl with the port in %dx (entropy, timer)");

    uint32_t w[8] = {};
    uint32_t* p = w;
    uint64_t n = 8;
    asm volatile("cld\n\trep insl" : "+D"(p), "+c"(n) : "d"(ent) : "memory");
    tap::check(g_tap, n == 0 && p == w + 8 && varies(w, 8), "rep insl from the entropy port");

    uint32_t x[16];
    for (int i = 0; i < 16; i++) x[i] = inl_dx(ent);
    bool distinct = true;
    for (int i = 0; i < 16; i++)
        for (int j = i + 1; j < 16; j++)
            if (x[i] == x[j]) distinct = false;
    tap::check(g_tap, distinct, "entropy returns varying values");

    uint64_t prev = now_ns(), first = prev;
    bool mono = true;
    for (int i = 0; i < 20000; i++) {
        uint64_t t = now_ns();
        if (t < prev) mono = false;
        prev = t;
    }
    tap::check(g_tap, mono && prev > first, "the clock is monotonic");
}
