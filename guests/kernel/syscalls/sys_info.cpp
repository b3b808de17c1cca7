// System information: uname, getrandom, sysinfo.
#include "arch/usercopy.h"
#include "dev/entropy.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "dev/clock.h"
#include "mm/pmm.h"
#include "proc/process.h"
#include "proc/identity.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
struct Utsname {
    char sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65];
};

} // namespace

long sys_uname(SyscallArgs& a) {
    Utsname u{};
    kstrlcpy(u.sysname, identity::kSysname, sizeof u.sysname);
    kstrlcpy(u.nodename, identity::kNodename, sizeof u.nodename);
    kstrlcpy(u.release, identity::kRelease, sizeof u.release);
    kstrlcpy(u.version, identity::kVersion, sizeof u.version);
    kstrlcpy(u.machine, identity::kMachine, sizeof u.machine);
    kstrlcpy(u.domainname, identity::kDomainname, sizeof u.domainname);
    return put_user(a.a[0], u) ? 0 : -EFAULT;
}

// Random bytes straight from the host's entropy device.
long sys_getrandom(SyscallArgs& a) {
    constexpr u64 kGrndNonblock = 1, kGrndRandom = 2, kGrndInsecure = 4;
    if (a.a[2] & ~(kGrndNonblock | kGrndRandom | kGrndInsecure)) return -EINVAL;
    u64 len = min<u64>(a.a[1], 32 << 20);
    u8 chunk[256];
    for (u64 done = 0; done < len;) {
        u64 n = min<u64>(len - done, sizeof chunk);
        entropy::fill(chunk, n);
        if (copy_to_user(reinterpret_cast<void*>(a.a[0] + done), chunk, n)) return done ? long(done) : -EFAULT;
        done += n;
    }
    return long(len);
}


// sysinfo(2): uptime, memory in pages of the guest's allocator, processes.
long sys_sysinfo(SyscallArgs& a) {
    struct {
        i64 uptime;
        u64 loads[3];
        u64 totalram, freeram, sharedram, bufferram, totalswap, freeswap;
        u16 procs, pad;
        u32 pad2;
        u64 totalhigh, freehigh;
        u32 mem_unit;
        char reserved[4];
    } si{};
    static_assert(sizeof si == 112);
    si.uptime = i64(clock::monotonic_ns() / clock::kNsPerSec);
    si.totalram = pmm::total_count();
    si.freeram = pmm::free_count();
    si.procs = u16(proc::count());
    si.mem_unit = u32(kPageSize);
    return put_user(a.a[0], si) ? 0 : -EFAULT;
}
