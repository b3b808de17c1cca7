// The file behind /proc/sysrq-trigger.  Only `c` (crash) is implemented;
// other keys are accepted and ignored, as Linux ignores keys it lacks.
#include "fs/sysrq.h"
#include "arch/usercopy.h"
#include "fs/file.h"
#include "lib/errno.h"
#include "lib/panic.h"

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
        return long(n);
    }
    u32 poll() override { return POLLOUT | POLLWRNORM; }

private:
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
