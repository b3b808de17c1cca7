// The console's terminal state behind the tty ioctls.
#include "fs/tty.h"
#include "fs/tty_ldisc.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "syscalls/current.h"

namespace tty {
namespace {
// A cooked terminal as Linux sets one up.
Termios g_termios = kStdTermios;
Winsize g_winsize = {24, 80, 0, 0};
i32 g_foreground; // 0 = the session of the first process
} // namespace

long ioctl(u64 cmd, u64 arg) {
    enum : u64 {
        TCGETS = 0x5401, TCSETS = 0x5402, TCSETSW = 0x5403, TCSETSF = 0x5404, TIOCSCTTY = 0x540e,
        TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410, TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414, TIOCGSID = 0x5429,
        TCFLSH = 0x540b, TCXONC = 0x540a, TCSBRK = 0x5409,
    };
    Process* p = current_proc();
    switch (cmd) {
    case TCGETS: return put_user(arg, g_termios) ? 0 : -EFAULT;
    case TCSETS:
    case TCSETSW:
    case TCSETSF: return get_user(g_termios, arg) ? 0 : -EFAULT;
    case TIOCGWINSZ: return put_user(arg, g_winsize) ? 0 : -EFAULT;
    case TIOCSWINSZ: return get_user(g_winsize, arg) ? 0 : -EFAULT;
    case TIOCGPGRP: return put_user(arg, g_foreground ? g_foreground : p->sid) ? 0 : -EFAULT;
    case TIOCSPGRP: {
        i32 pg;
        if (!get_user(pg, arg)) return -EFAULT;
        if (pg <= 0) return -EINVAL;
        g_foreground = pg;
        return 0;
    }
    case TIOCGSID: return put_user(arg, p->sid) ? 0 : -EFAULT;
    case TIOCSCTTY:
    case TCFLSH:
    case TCXONC:
    case TCSBRK: return 0;
    default: return -ENOTTY;
    }
}
} // namespace tty
