// ELF core files of a failed guest (docs/SUPERVISOR.md): guest memory as one
// PT_LOAD at the direct map (where the guest kernel and its image live), the
// vCPU's registers as NT_PRSTATUS in the x86-64 layout gdb reads, and the
// failure reason as a note of its own.  `gdb build/guests/kernel.elf CORE`
// then shows the guest kernel's backtrace at the failure.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string>

#include "result.h"

namespace tandem {

// Name and type of the note that carries the failure reason (a NUL-terminated line).
inline constexpr const char* kCoreNoteName = "TANDEM";
inline constexpr std::uint32_t kCoreNoteFailure = 1;

struct CoreInput {
    const std::uint8_t* memory = nullptr; // guest-physical 0
    std::uint64_t memory_size = 0;
    int memfd = -1;                       // guest memory's file, for skipping holes (-1: scan)
    tandem_regs regs{};
    std::uint64_t fs_base = 0, gs_base = 0;
    int signal = 0;                       // the signal gdb reports (SIGSEGV for faults, SIGABRT for panics)
    std::string reason;                   // one line
    int pid = 0;                          // the VM process, for the notes
};

// Writes the core to `path` (created, mode 0600, replaced if it exists).
// Pages of guest memory that were never written stay holes in the file.
Status write_core(const std::string& path, const CoreInput& in);

} // namespace tandem
