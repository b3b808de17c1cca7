// Power-off through TANDEM_PORT_POWER.
#include "dev/power.h"
#include "arch/cpu.h"

namespace power {

// Writes the status; if the host ever returns, halt forever with IRQs off.
void off(u32 status) {
    x86::cli();
    x86::outl(TANDEM_PORT_POWER + TANDEM_POWER_OFF, status);
    for (;;) x86::hlt();
}

} // namespace power
