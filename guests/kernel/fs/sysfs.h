// sysfs: the few files of /sys that libc and common programs read (the
// CPUs online, possible and present).
#pragma once

class FileSystem;

namespace sysfs {
FileSystem* create();
} // namespace sysfs
