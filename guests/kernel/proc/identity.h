// What the guest kernel calls itself: uname(2), /proc/version and
// /proc/sys/kernel report these.
#pragma once

namespace identity {
constexpr const char* kSysname = "Linux";
constexpr const char* kNodename = "tandem";
constexpr const char* kRelease = "6.1.0-tandem";
constexpr const char* kVersion = "#1 SMP tandem";
constexpr const char* kMachine = "x86_64";
constexpr const char* kDomainname = "(none)";
} // namespace identity
