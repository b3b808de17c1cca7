// The interrupt descriptor table: 32 exception vectors, the timer (32) and
// the console (33).
#pragma once

namespace idt {
void init();
} // namespace idt
