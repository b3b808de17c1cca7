// /proc: self, <pid>/{exe,cwd,fd/,maps,cmdline,stat,status}, and the
// system files filesystems, cpuinfo, meminfo, mounts, uptime, version.
#pragma once

class FileSystem;

namespace procfs {
FileSystem* create();
} // namespace procfs
