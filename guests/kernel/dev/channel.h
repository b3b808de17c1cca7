// /dev/channel0: whole messages to and from the guest started with the same
// --channel NAME (docs/SUPERVISOR.md, "Channels"), through vmproc's channel
// device (platform.h section 3a).
#pragma once

#include "lib/types.h"

class File;

namespace channel {
// Binds the device's mailbox (if vmproc offers the device).
void init();
bool present();
// A new open file on the channel (read/write whole messages, poll).
File* open(u32 flags, long* err);
// The channel's interrupt: what a sleeper waited for may have happened.
void irq();
} // namespace channel
