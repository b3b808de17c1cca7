// Guest-physical layout at boot:
//   0x1000           boot info page                    RESERVED
//   0x8000..0x10000  boot stack                        RESERVED
//   0x10000..2M      free                              USABLE
//   2M..kernel end   the image                         KERNEL
//   then             boot modules, page aligned        MODULE
//   ...              free                              USABLE
//   top              device rings, the file-service queue, the error console,
//                    the program-name table (--profile only), the channel's
//                    mailbox (--channel only)                           RESERVED
//   memory_size..    the --pmem region (only with --pmem)              PMEM
#include "boot_info.h"

#include <algorithm>
#include <cstring>

#include "devices/device_registry.h"

namespace tandem {

namespace {

// Appends one memory-map entry, skipping empty ones.
void add_range(tandem_boot_info& bi, std::uint64_t base, std::uint64_t end, std::uint32_t type) {
    if (end <= base) return;
    tandem_memmap_entry& e = bi.memmap[bi.memmap_count++];
    e.base = base;
    e.size = end - base;
    e.type = type;
    e.reserved = 0;
}

// One boot_info.devices entry: the registered spec, and the rings the plan
// placed for that device type.
tandem_device describe_device(const DeviceSpec& spec, const BootPlan& plan) {
    tandem_device d{};
    d.type = spec.type;
    d.port_base = spec.port_base;
    d.vector = spec.vector;
    auto ring = [&](int i, const RingPlace& r) {
        d.ring_phys[i] = r.phys;
        d.ring_size[i] = ring_bytes(r.data_size);
    };
    switch (spec.type) {
    case TANDEM_DEV_CONSOLE:
        ring(0, plan.console_out);
        ring(1, plan.console_in);
        break;
    case TANDEM_DEV_CONSOLE_ERR:
        ring(0, plan.console_err);
        break;
    case TANDEM_DEV_FILE:
        d.ring_phys[0] = plan.fs_queue.phys;
        d.ring_size[0] = fs_queue_bytes(plan.fs_queue.slot_count);
        break;
    case TANDEM_DEV_CHANNEL:
        d.ring_phys[0] = plan.channel_mailbox;
        d.ring_size[0] = static_cast<std::uint32_t>(channel_mailbox_bytes());
        break;
    default:
        break;
    }
    return d;
}

std::string mib(std::uint64_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + "M"; }

} // namespace

Result<BootPlan> plan_boot(const BootInput& in) {
    BootPlan plan;
    tandem_boot_info& bi = plan.info;
    if (in.modules.size() > TANDEM_MAX_MODULES)
        return Error{"too many boot modules (" + std::to_string(in.modules.size()) + ")"};
    if (in.cmdline.size() >= TANDEM_CMDLINE_MAX)
        return Error{"--cmdline: too long (at most " + std::to_string(TANDEM_CMDLINE_MAX - 1) + " bytes)"};
    if (in.kernel_phys_end <= TANDEM_PHYS_KERNEL || in.kernel_phys_end > in.memory_size)
        return Error{"kernel image does not fit in guest memory"};

    // Rings at the top of memory, each starting on a page.
    std::uint64_t rings_bytes = page_align_up(ring_bytes(kConsoleOutData)) +
                                page_align_up(ring_bytes(kConsoleInData)) +
                                page_align_up(fs_queue_bytes(kFsQueueSlots)) +
                                page_align_up(ring_bytes(kConsoleOutData));
    const std::uint64_t names_bytes = in.program_names ? page_align_up(sizeof(tandem_program_names)) : 0;
    const std::uint64_t mailbox_bytes = in.channel ? page_align_up(channel_mailbox_bytes()) : 0;
    std::uint64_t rings_base = in.memory_size - rings_bytes - names_bytes - mailbox_bytes;
    plan.console_out = {rings_base, kConsoleOutData};
    plan.console_in = {rings_base + page_align_up(ring_bytes(kConsoleOutData)), kConsoleInData};
    plan.fs_queue = {plan.console_in.phys + page_align_up(ring_bytes(kConsoleInData)), kFsQueueSlots};
    plan.console_err = {plan.fs_queue.phys + page_align_up(fs_queue_bytes(kFsQueueSlots)), kConsoleOutData};
    if (in.program_names) plan.program_names = plan.console_err.phys + page_align_up(ring_bytes(kConsoleOutData));
    if (in.channel) plan.channel_mailbox = in.memory_size - mailbox_bytes;

    // Modules right after the image, each page aligned.
    std::uint64_t next = page_align_up(in.kernel_phys_end);
    const std::uint64_t kernel_top = next;
    for (std::size_t i = 0; i < in.modules.size(); i++) {
        const BootModule& m = in.modules[i];
        std::uint64_t size = m.bytes.size();
        if (size > rings_base || next > rings_base - size)
            return Error{"the kernel image and boot modules (" + mib(next + size) +
                         ") do not fit in guest memory (" + mib(in.memory_size) + "); use a larger --memory"};
        tandem_boot_module& bm = bi.modules[i];
        bm.phys = next;
        bm.size = size;
        std::size_t n = std::min<std::size_t>(m.name.size(), TANDEM_MODULE_NAME_MAX - 1);
        std::memcpy(bm.name, m.name.data(), n);
        bm.name[n] = '\0';
        next = page_align_up(next + size);
    }
    const std::uint64_t modules_end = next;
    if (modules_end > rings_base)
        return Error{"the kernel image and boot modules (" + mib(modules_end) +
                     ") do not fit in guest memory (" + mib(in.memory_size) + "); use a larger --memory"};

    bi.magic = TANDEM_BOOT_MAGIC;
    bi.abi_version = TANDEM_ABI_VERSION;
    bi.flags = in.flags;
    bi.memory_size = in.memory_size + in.pmem_size;
    bi.pmem_phys = in.pmem_size ? in.memory_size : 0;
    bi.pmem_size = in.pmem_size;
    bi.last_failure = in.last_failure;
    bi.kernel_phys_end = in.kernel_phys_end;
    bi.clock = in.clock;
    bi.module_count = static_cast<std::uint32_t>(in.modules.size());
    bi.program_names_phys = plan.program_names;

    add_range(bi, TANDEM_PHYS_BOOT_INFO, TANDEM_PHYS_BOOT_INFO + TANDEM_PAGE_SIZE, TANDEM_MEM_RESERVED);
    add_range(bi, TANDEM_PHYS_BOOT_STACK, TANDEM_PHYS_BOOT_STACK_TOP, TANDEM_MEM_RESERVED);
    add_range(bi, TANDEM_PHYS_BOOT_STACK_TOP, TANDEM_PHYS_KERNEL, TANDEM_MEM_USABLE);
    add_range(bi, TANDEM_PHYS_KERNEL, kernel_top, TANDEM_MEM_KERNEL);
    for (std::size_t i = 0; i < in.modules.size(); i++)
        add_range(bi, bi.modules[i].phys, page_align_up(bi.modules[i].phys + bi.modules[i].size),
                  TANDEM_MEM_MODULE);
    add_range(bi, modules_end, rings_base, TANDEM_MEM_USABLE);
    add_range(bi, rings_base, in.memory_size, TANDEM_MEM_RESERVED);
    add_range(bi, in.memory_size, in.memory_size + in.pmem_size, TANDEM_MEM_PMEM);

    std::vector<const DeviceSpec*> devices = registered_devices();
    if (devices.size() > TANDEM_MAX_DEVICES)
        return Error{"too many devices (" + std::to_string(devices.size()) + ")"};
    for (const DeviceSpec* spec : devices) {
        if (spec->type == TANDEM_DEV_CHANNEL && !in.channel) continue; // only with --channel
        bi.devices[bi.device_count++] = describe_device(*spec, plan);
    }

    std::memcpy(bi.cmdline, in.cmdline.data(), in.cmdline.size());
    bi.cmdline[in.cmdline.size()] = '\0';
    return plan;
}

void write_boot(const BootPlan& plan, const BootInput& in, std::uint8_t* guest) {
    std::memset(guest + TANDEM_PHYS_BOOT_INFO, 0, TANDEM_PAGE_SIZE);
    std::memcpy(guest + TANDEM_PHYS_BOOT_INFO, &plan.info, sizeof plan.info);
    for (std::size_t i = 0; i < in.modules.size(); i++) {
        const auto& m = plan.info.modules[i];
        if (!in.modules[i].bytes.empty())
            std::memcpy(guest + m.phys, in.modules[i].bytes.data(), in.modules[i].bytes.size());
    }
    for (const RingPlace& r : {plan.console_out, plan.console_in, plan.console_err}) {
        std::memset(guest + r.phys, 0, ring_bytes(r.data_size));
        auto* h = reinterpret_cast<tandem_ring*>(guest + r.phys);
        h->head = 0;
        h->tail = 0;
        h->data_size = r.data_size;
        h->flags = 0;
    }
    std::memset(guest + plan.fs_queue.phys, 0, fs_queue_bytes(plan.fs_queue.slot_count));
    auto* q = reinterpret_cast<tandem_fs_queue*>(guest + plan.fs_queue.phys);
    q->slot_count = plan.fs_queue.slot_count;
    if (plan.program_names) std::memset(guest + plan.program_names, 0, sizeof(tandem_program_names));
    if (plan.channel_mailbox) std::memset(guest + plan.channel_mailbox, 0, sizeof(tandem_channel_mailbox));
}

} // namespace tandem
