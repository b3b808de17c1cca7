// Test Anything Protocol output over a console (https://testanything.org):
// one "ok N - name" / "not ok N - name" line per check, "# ..." diagnostics
// and at the end the plan "1..Y" (TAP allows a trailing plan) and
// "# passed X/Y".  Used by conformance guests.
#pragma once

#include <stdint.h>
#include "console.h"

namespace tap {

// Counters of one TAP stream (free functions below, see console.h for why).
struct Tap {
    console::Console* out = nullptr;
    uint32_t number = 0;
    uint32_t passed = 0;
};

// Records one check and prints its TAP line; returns ok for chaining.
static inline bool check(Tap& t, bool ok, const char* name) {
    t.number++;
    if (ok) t.passed++;
    console::write(*t.out, ok ? "ok " : "not ok ");
    console::write_dec(*t.out, t.number);
    console::write(*t.out, " - ");
    console::write(*t.out, name);
    console::putc(*t.out, '\n');
    return ok;
}

// A diagnostic line "# text value" (hex), for explaining a failure.
static inline void diag(Tap& t, const char* text, uint64_t value) {
    console::write(*t.out, "# ");
    console::write(*t.out, text);
    console::putc(*t.out, ' ');
    console::write_hex(*t.out, value);
    console::putc(*t.out, '\n');
}

// A diagnostic line "# text".
static inline void diag(Tap& t, const char* text) {
    console::write(*t.out, "# ");
    console::write(*t.out, text);
    console::putc(*t.out, '\n');
}

// Prints the trailing plan "1..Y" and "# passed X/Y"; true when every check passed.
static inline bool summary(Tap& t) {
    console::write(*t.out, "1..");
    console::write_dec(*t.out, t.number);
    console::putc(*t.out, '\n');
    console::write(*t.out, "# passed ");
    console::write_dec(*t.out, t.passed);
    console::putc(*t.out, '/');
    console::write_dec(*t.out, t.number);
    console::putc(*t.out, '\n');
    return t.passed == t.number;
}

} // namespace tap
