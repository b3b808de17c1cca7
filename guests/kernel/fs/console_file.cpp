// The console as an open file: reads block on console input, writes go to
// the output ring.  It is a character device, and a terminal only when
// vmproc's own side is one ("console=tty"): else terminal ioctls answer
// ENOTTY.
#include "dev/clock.h"
#include "dev/console.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "mm/kmalloc.h"
#include "fs/tty.h"
#include "boot/cmdline.h"
#include "lib/errno.h"
#include "lib/string.h"

namespace {

// The console, or (err = true) the error console: output goes to tandem's
// stderr; input, terminal state and readiness are the console's.
class ConsoleFile final : public File {
public:
    explicit ConsoleFile(bool err = false) : err_(err) { status_flags = O_RDWR; }
    long read(void* ubuf, size_t n) override { return console::read_user(ubuf, n); }
    long write(const void* ubuf, size_t n) override {
        return err_ ? console::write_user_err(ubuf, n) : console::write_user(ubuf, n);
    }
    long write_kernel(const void* kbuf, size_t n) override {
        if (err_) console::write_err(static_cast<const char*>(kbuf), n);
        else console::write(static_cast<const char*>(kbuf), n);
        return long(n);
    }
    // FIONREAD always; the terminal ioctls only when vmproc said the host
    // side is a terminal ("console=tty"), else ENOTTY as for a pipe.
    long ioctl(u64 cmd, u64 arg) override {
        constexpr u64 FIONREAD = 0x541b;
        if (cmd == FIONREAD) return put_user(arg, i32(console::pending_input())) ? 0 : -EFAULT;
        if (!cmdline::has_word("console=tty")) return -ENOTTY;
        return tty::ioctl(cmd, arg);
    }
    // Writable always; POLLERR once the host side of the output is gone.
    u32 poll() override {
        u32 out = console::output_broken(err_) ? POLLERR : POLLOUT | POLLWRNORM;
        return (console::readable() ? POLLIN | POLLRDNORM : 0) | out;
    }

    // A character device owned by root, mode crw--w---- (like a tty).
    long stat(LinuxStat* st) override {
        if (path.d) return File::stat(st); // opened as /dev/console or /dev/tty
        memset(st, 0, sizeof *st);
        st->st_dev = make_dev(0, 5);
        st->st_ino = 3;
        st->st_nlink = 1;
        st->st_mode = S_IFCHR | 0620;
        st->st_rdev = make_dev(5, 1);
        st->st_blksize = 1024;
        u64 now = clock::realtime_ns();
        st->st_atime_sec = st->st_mtime_sec = st->st_ctime_sec = now / clock::kNsPerSec;
        return 0;
    }

private:
    bool err_;
};

} // namespace

File* make_console_file() { return knew<ConsoleFile>(); }
File* make_error_console_file() { return knew<ConsoleFile>(true); }
