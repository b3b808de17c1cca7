// Interrupt lines raised by devices, handed to the vCPU at the next resume
// (bit n = vector 32 + n; docs/PLATFORM.md "Interrupts").
#pragma once

#include <tandem/platform.h>

#include <cstdint>

namespace tandem {

class IrqLines {
public:
    void raise(unsigned vector) {
        if (vector >= TANDEM_VEC_FIRST_IRQ && vector < TANDEM_VEC_FIRST_IRQ + TANDEM_IRQ_LINES)
            pending_ |= 1ull << (vector - TANDEM_VEC_FIRST_IRQ);
    }
    std::uint64_t pending() const { return pending_; }
    std::uint64_t take() {
        std::uint64_t p = pending_;
        pending_ = 0;
        return p;
    }

private:
    std::uint64_t pending_ = 0;
};

} // namespace tandem
