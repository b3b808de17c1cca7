// /proc: self, <pid>/{exe,cwd,fd/,maps,cmdline,environ,comm,stat,statm,
// status,mounts}, the system files filesystems, cpuinfo, meminfo, mounts,
// stat, uptime, loadavg, version, and the /proc/sys tree.
#pragma once

class FileSystem;

namespace procfs {
FileSystem* create();
} // namespace procfs
