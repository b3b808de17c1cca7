// The file behind /proc/sysrq-trigger.  `c` (crash) is Linux's key; `H`
// (hang: spin with interrupts off) is tandem's own, for testing `--watchdog`
// (docs/SUPERVISOR.md).  Other keys are accepted and ignored, as Linux
// ignores keys it lacks.
#include "fs/sysrq.h"
#include "arch/cpu.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "lib/errno.h"
#include "lib/panic.h"
#include "mm/kmalloc.h"

namespace {
class SysrqFile final : public File {
public:
    long read(void*, size_t) override { return -EINVAL; }
    // The first byte written is the key.
    long write(const void* ubuf, size_t n) override {
        if (!n) return 0;
        char key;
        if (copy_from_user(&key, ubuf, 1)) return -EFAULT;
        if (key == 'c') crash();
        if (key == 'H') hang();
        return long(n);
    }
    u32 poll() override { return POLLOUT | POLLWRNORM; }

private:
    [[noreturn]] __attribute__((noinline)) static void hang() {
        x86::cli();
        for (;;) asm volatile("pause");
    }
    // Kept out of line so that the panic path names it.
    [[noreturn]] __attribute__((noinline)) static void crash() {
        panic("sysrq: crash requested through /proc/sysrq-trigger");
    }
};
} // namespace

namespace sysrq {
File* open(long* err) {
    File* f = knew<SysrqFile>();
    if (!f) *err = -ENOMEM;
    return f;
}
} // namespace sysrq
