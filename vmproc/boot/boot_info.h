// The boot information page and the guest-physical memory plan around it
// (docs/PLATFORM.md "Boot", guest-physical table).  Planning is a pure
// function so that the layout rules can be tested without guest memory.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string>
#include <vector>

#include "result.h"

namespace tandem {

inline constexpr std::uint32_t kConsoleOutData = 64 * 1024; // ring 0 data bytes
inline constexpr std::uint32_t kConsoleInData = 4 * 1024;   // ring 1 data bytes
inline constexpr std::uint32_t kFsQueueSlots = 64;          // file-service request slots

struct BootModule {
    std::string name; // truncated to fit tandem_boot_module.name
    std::vector<std::uint8_t> bytes;
};

struct BootInput {
    std::uint64_t memory_size = 0;
    std::uint64_t kernel_phys_end = 0; // first byte after the image
    tandem_clock clock{};
    std::string cmdline;
    std::vector<BootModule> modules;
    std::uint32_t flags = 0; // enum tandem_boot_flags
    bool program_names = false; // reserve the guest kernel's program-name table (--profile, traces)
    std::uint64_t pmem_size = 0; // --pmem: the region placed after memory_size (0: none)
    bool channel = false;        // --channel: list the channel device and place its mailbox
    tandem_failure_record last_failure{}; // --restart: what the previous guest died of
};

struct RingPlace {
    std::uint64_t phys = 0;      // header address
    std::uint32_t data_size = 0; // bytes after the header
};

struct FsQueuePlace {
    std::uint64_t phys = 0;       // struct tandem_fs_queue
    std::uint32_t slot_count = 0; // slots after the header
};

struct BootPlan {
    tandem_boot_info info{};  // complete, ready to copy to TANDEM_PHYS_BOOT_INFO
    RingPlace console_out;    // console ring 0
    RingPlace console_in;     // console ring 1
    RingPlace console_err;    // the error console's ring 0
    FsQueuePlace fs_queue;    // the file service's ring 0
    std::uint64_t channel_mailbox = 0; // struct tandem_channel_mailbox + data, 0 = no channel
    std::uint64_t program_names = 0; // struct tandem_program_names, 0 = none (also in info)
};

// Lays out modules, rings and the memory map and fills the boot info.
Result<BootPlan> plan_boot(const BootInput& in);

// Writes the boot info page, the module bytes and the ring headers into
// guest-physical memory (`guest` is a host pointer to guest-physical 0).
void write_boot(const BootPlan& plan, const BootInput& in, std::uint8_t* guest);

// Bytes the channel's mailbox occupies (header and data area).
constexpr std::uint64_t channel_mailbox_bytes() {
    return sizeof(tandem_channel_mailbox) + TANDEM_CHANNEL_MESSAGE_MAX;
}

// Bytes a ring with data_size bytes of data occupies (header included).
constexpr std::uint32_t ring_bytes(std::uint32_t data_size) { return 16 + data_size; }

// Bytes a file-service queue of `slots` slots occupies (header included).
constexpr std::uint32_t fs_queue_bytes(std::uint32_t slots) {
    return static_cast<std::uint32_t>(sizeof(tandem_fs_queue) + slots * sizeof(tandem_fs_slot));
}

constexpr std::uint64_t page_align_up(std::uint64_t v) {
    return (v + TANDEM_PAGE_SIZE - 1) & ~(TANDEM_PAGE_SIZE - 1);
}

} // namespace tandem
