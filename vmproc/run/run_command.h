// `tandem run`: boot a guest and run it to completion.
#pragma once

#include "cli/options.h"
#include "result.h"

namespace tandem {

// Returns tandem's exit status (the guest's power-off status, or 128+signal)
// or the error that stopped it.
Result<int> run_command(const RunOptions& options);

} // namespace tandem
