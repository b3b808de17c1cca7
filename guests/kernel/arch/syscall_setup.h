// Programs the MSRs behind the `syscall` instruction.
#pragma once

namespace syscall_setup {
void init();
} // namespace syscall_setup
