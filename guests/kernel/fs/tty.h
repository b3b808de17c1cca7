// The console's terminal state: termios settings, window size and the
// foreground process group, as the tty ioctls report and change them.  The
// line discipline itself is the host terminal's (vmproc reads it cooked);
// the settings are kept so that programs that save and restore them work.
#pragma once

#include "lib/types.h"

namespace tty {
// TCGETS/TCSETS*/TIOCGWINSZ/TIOCSWINSZ/TIOCGPGRP/TIOCSPGRP/TIOCGSID/TIOCSCTTY.
long ioctl(u64 cmd, u64 arg);
} // namespace tty
