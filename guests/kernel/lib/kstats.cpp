// Building and sending the power-off report.
#include "lib/kstats.h"
#include <tandem/platform.h>
#include "arch/cpu.h"
#include "boot/bootinfo.h"
#include "lib/string.h"
#include "syscalls/syscalls.h"

KernelStats g_kstats;

namespace kstats {
namespace {
tandem_guest_report g_report; // in the kernel image, which is in guest memory
}

void send_report() {
    tandem_guest_report& r = g_report;
    memset(&r, 0, sizeof r);
    r.magic = TANDEM_REPORT_MAGIC;
    r.syscalls = g_kstats.syscalls;
    r.processes = g_kstats.processes;
    r.execs = g_kstats.execs;
    r.page_faults = g_kstats.page_faults;
    r.cow_copies = g_kstats.cow_copies;
    r.oom_kills = g_kstats.oom_kills;
    r.fault_around_pages = g_kstats.fault_around_pages;
    r.context_switches = g_kstats.context_switches;
    r.cow_taken_around = g_kstats.cow_taken_around;
    r.cow_copied_around = g_kstats.cow_copied_around;
    for (u32 k = 0; k < TANDEM_FAULT_KINDS; k++) r.fault_kinds[k] = g_kstats.fault_kinds[k];
    r.enosys_used = syscalls::unknown_counts(r.enosys, TANDEM_REPORT_MAX_ENOSYS);
    x86::outl(TANDEM_PORT_POWER + TANDEM_POWER_REPORT, u32(virt_to_phys(&r)));
}
} // namespace kstats
