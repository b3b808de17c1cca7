// Test Anything Protocol output over a console (https://testanything.org):
// one "ok N - name" / "not ok N - name" line per check, "# ..." diagnostics
// and a final "# passed X/Y".  Used by conformance guests.
#pragma once

#include <stdint.h>
#include "console.h"

namespace tap {

struct Tap {
    console::Console* out = nullptr;
    uint32_t number = 0;
    uint32_t passed = 0;

    // Records one check and prints its TAP line; returns ok for chaining.
    bool check(bool ok, const char* name) {
        number++;
        if (ok) passed++;
        out->write(ok ? "ok " : "not ok ");
        out->write_dec(number);
        out->write(" - ");
        out->write(name);
        out->putc('\n');
        return ok;
    }

    // A diagnostic line "# text value" (hex), for explaining a failure.
    void diag(const char* text, uint64_t value) {
        out->write("# ");
        out->write(text);
        out->putc(' ');
        out->write_hex(value);
        out->putc('\n');
    }

    void diag(const char* text) {
        out->write("# ");
        out->write(text);
        out->putc('\n');
    }

    // Prints "# passed X/Y"; true when every check passed.
    bool summary() {
        out->write("# passed ");
        out->write_dec(passed);
        out->putc('/');
        out->write_dec(number);
        out->putc('\n');
        return passed == number;
    }
};

} // namespace tap
