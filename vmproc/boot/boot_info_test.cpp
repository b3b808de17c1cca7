// The boot-info builder: a sorted, non-overlapping memory map that covers
// what it must, modules after the kernel and page aligned, the devices.
#include "boot_info.h"

#include <gtest/gtest.h>

#include <cstring>

#include "devices/ring.h"

using namespace tandem;

namespace {

BootInput sample_input(std::uint64_t mem = 64ull << 20) {
    BootInput in;
    in.memory_size = mem;
    in.kernel_phys_end = TANDEM_PHYS_KERNEL + 0x123456; // not page aligned
    in.cmdline = "console=tandem init=/bin/sh";
    in.clock.tsc_hz = 3000000000ull;
    in.clock.tsc_to_ns_mult = 5592405;
    in.clock.tsc_to_ns_shift = 24;
    in.modules.push_back(BootModule{"/bin/true", std::vector<std::uint8_t>(5000, 0x7f)});
    in.modules.push_back(BootModule{"argv", {'/', 'b', 'i', 'n', '/', 't', 'r', 'u', 'e', 0}});
    return in;
}

// Checks the map is sorted, non-overlapping and in memory.
void check_memmap(const tandem_boot_info& bi) {
    ASSERT_GT(bi.memmap_count, 0u);
    ASSERT_LE(bi.memmap_count, TANDEM_MAX_MEMMAP);
    for (std::uint32_t i = 0; i < bi.memmap_count; i++) {
        const auto& e = bi.memmap[i];
        EXPECT_GT(e.size, 0u);
        EXPECT_EQ(e.base % TANDEM_PAGE_SIZE, 0u);
        EXPECT_EQ(e.size % TANDEM_PAGE_SIZE, 0u);
        EXPECT_LE(e.base + e.size, bi.memory_size);
        if (i > 0) {
            EXPECT_GE(e.base, bi.memmap[i - 1].base + bi.memmap[i - 1].size) << "entry " << i;
        }
    }
}

// The type of the map entry holding `phys`, 0 if none.
std::uint32_t type_at(const tandem_boot_info& bi, std::uint64_t phys) {
    for (std::uint32_t i = 0; i < bi.memmap_count; i++)
        if (phys >= bi.memmap[i].base && phys < bi.memmap[i].base + bi.memmap[i].size) return bi.memmap[i].type;
    return 0;
}

TEST(BootInfo, HeaderFields) {
    BootInput in = sample_input();
    auto r = plan_boot(in);
    ASSERT_TRUE(r.ok()) << r.error().message;
    const tandem_boot_info& bi = r.value().info;
    EXPECT_EQ(bi.magic, TANDEM_BOOT_MAGIC);
    EXPECT_EQ(bi.abi_version, TANDEM_ABI_VERSION);
    EXPECT_EQ(bi.flags, 0u);
    EXPECT_EQ(bi.memory_size, in.memory_size);
    EXPECT_EQ(bi.kernel_phys_end, in.kernel_phys_end);
    EXPECT_EQ(bi.clock.tsc_to_ns_mult, in.clock.tsc_to_ns_mult);
    EXPECT_STREQ(bi.cmdline, "console=tandem init=/bin/sh");
}

TEST(BootInfo, MemoryMapIsSortedAndNonOverlapping) {
    for (std::uint64_t mem : {16ull << 20, 64ull << 20, 512ull << 20, 64ull << 30}) {
        auto r = plan_boot(sample_input(mem));
        ASSERT_TRUE(r.ok()) << r.error().message;
        const tandem_boot_info& bi = r.value().info;
        check_memmap(bi);
        EXPECT_EQ(type_at(bi, TANDEM_PHYS_BOOT_INFO), TANDEM_MEM_RESERVED);
        EXPECT_EQ(type_at(bi, TANDEM_PHYS_BOOT_STACK), TANDEM_MEM_RESERVED);
        EXPECT_EQ(type_at(bi, TANDEM_PHYS_BOOT_STACK_TOP - 1), TANDEM_MEM_RESERVED);
        EXPECT_EQ(type_at(bi, TANDEM_PHYS_BOOT_STACK_TOP), TANDEM_MEM_USABLE);
        EXPECT_EQ(type_at(bi, TANDEM_PHYS_KERNEL - 1), TANDEM_MEM_USABLE);
        EXPECT_EQ(type_at(bi, TANDEM_PHYS_KERNEL), TANDEM_MEM_KERNEL);
        EXPECT_EQ(type_at(bi, bi.kernel_phys_end - 1), TANDEM_MEM_KERNEL);
        EXPECT_EQ(type_at(bi, bi.modules[0].phys), TANDEM_MEM_MODULE);
        EXPECT_EQ(type_at(bi, bi.modules[1].phys), TANDEM_MEM_MODULE);
        EXPECT_EQ(type_at(bi, mem - 1), TANDEM_MEM_RESERVED);
        EXPECT_EQ(type_at(bi, r.value().console_out.phys), TANDEM_MEM_RESERVED);
        EXPECT_EQ(type_at(bi, r.value().console_in.phys), TANDEM_MEM_RESERVED);
        // The big free range between the modules and the rings.
        EXPECT_EQ(type_at(bi, bi.modules[1].phys + TANDEM_PAGE_SIZE), TANDEM_MEM_USABLE);
        EXPECT_EQ(type_at(bi, r.value().console_out.phys - 1), TANDEM_MEM_USABLE);
        EXPECT_EQ(type_at(bi, 0), 0u); // page 0 is not listed
    }
}

TEST(BootInfo, ModulesFollowTheKernelPageAligned) {
    auto r = plan_boot(sample_input());
    ASSERT_TRUE(r.ok());
    const tandem_boot_info& bi = r.value().info;
    ASSERT_EQ(bi.module_count, 2u);
    EXPECT_EQ(bi.modules[0].phys, page_align_up(bi.kernel_phys_end));
    EXPECT_EQ(bi.modules[0].size, 5000u);
    EXPECT_STREQ(bi.modules[0].name, "/bin/true");
    EXPECT_EQ(bi.modules[1].phys, page_align_up(bi.modules[0].phys + 5000));
    EXPECT_STREQ(bi.modules[1].name, "argv");
    for (unsigned i = 0; i < 2; i++) EXPECT_EQ(bi.modules[i].phys % TANDEM_PAGE_SIZE, 0u);
}

TEST(BootInfo, LongModuleNamesAreTruncated) {
    BootInput in = sample_input();
    in.modules[0].name = std::string(200, 'p');
    auto r = plan_boot(in);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(std::string(r.value().info.modules[0].name), std::string(TANDEM_MODULE_NAME_MAX - 1, 'p'));
}

TEST(BootInfo, NoModulesWithoutAProgram) {
    BootInput in = sample_input();
    in.modules.clear();
    auto r = plan_boot(in);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().info.module_count, 0u);
    check_memmap(r.value().info);
}

// --channel: the device is listed only then, its mailbox reserved at the top.
TEST(BootInfo, ChannelOnlyWhenAsked) {
    BootInput in = sample_input();
    in.channel = true;
    auto r = plan_boot(in);
    ASSERT_TRUE(r.ok());
    const tandem_boot_info& bi = r.value().info;
    ASSERT_EQ(bi.device_count, 7u);
    const tandem_device* chan = nullptr;
    for (std::uint32_t i = 0; i < bi.device_count; i++)
        if (bi.devices[i].type == TANDEM_DEV_CHANNEL) chan = &bi.devices[i];
    ASSERT_NE(chan, nullptr);
    EXPECT_EQ(chan->port_base, TANDEM_PORT_CHANNEL);
    EXPECT_EQ(chan->vector, TANDEM_VEC_CHANNEL);
    EXPECT_EQ(chan->ring_phys[0], r.value().channel_mailbox);
    EXPECT_EQ(chan->ring_phys[0] % TANDEM_PAGE_SIZE, 0u);
    EXPECT_GE(chan->ring_size[0], sizeof(tandem_channel_mailbox) + TANDEM_CHANNEL_MESSAGE_MAX);
    EXPECT_LE(chan->ring_phys[0] + chan->ring_size[0], in.memory_size);
    bool reserved = false;
    for (std::uint32_t i = 0; i < bi.memmap_count; i++) {
        const tandem_memmap_entry& e = bi.memmap[i];
        if (e.base <= chan->ring_phys[0] && chan->ring_phys[0] + chan->ring_size[0] <= e.base + e.size)
            reserved = e.type == TANDEM_MEM_RESERVED;
    }
    EXPECT_TRUE(reserved);
    check_memmap(bi);
}

TEST(BootInfo, Devices) {
    auto r = plan_boot(sample_input());
    ASSERT_TRUE(r.ok());
    const BootPlan& p = r.value();
    const tandem_boot_info& bi = p.info;
    ASSERT_EQ(bi.device_count, 6u);
    const tandem_device& con = bi.devices[0];
    EXPECT_EQ(con.type, TANDEM_DEV_CONSOLE);
    EXPECT_EQ(con.port_base, TANDEM_PORT_CONSOLE);
    EXPECT_EQ(con.vector, TANDEM_VEC_CONSOLE);
    EXPECT_EQ(con.ring_phys[0], p.console_out.phys);
    EXPECT_EQ(con.ring_size[0], 16u + 64 * 1024);
    EXPECT_EQ(con.ring_phys[1], p.console_in.phys);
    EXPECT_EQ(con.ring_size[1], 16u + 4 * 1024);
    EXPECT_EQ(con.ring_phys[0] % TANDEM_PAGE_SIZE, 0u);
    EXPECT_EQ(con.ring_phys[1] % TANDEM_PAGE_SIZE, 0u);
    EXPECT_GE(con.ring_phys[1], con.ring_phys[0] + con.ring_size[0]);
    EXPECT_LE(con.ring_phys[1] + con.ring_size[1], bi.memory_size);
    EXPECT_EQ(bi.devices[1].type, TANDEM_DEV_TIMER);
    EXPECT_EQ(bi.devices[1].port_base, TANDEM_PORT_TIMER);
    EXPECT_EQ(bi.devices[1].vector, TANDEM_VEC_TIMER);
    EXPECT_EQ(bi.devices[2].type, TANDEM_DEV_ENTROPY);
    EXPECT_EQ(bi.devices[2].port_base, TANDEM_PORT_ENTROPY);
    EXPECT_EQ(bi.devices[3].type, TANDEM_DEV_POWER);
    EXPECT_EQ(bi.devices[3].port_base, TANDEM_PORT_POWER);
    const tandem_device& file = bi.devices[4];
    EXPECT_EQ(file.type, TANDEM_DEV_FILE);
    EXPECT_EQ(file.port_base, TANDEM_PORT_FILE);
    EXPECT_EQ(file.vector, TANDEM_VEC_FILE);
    EXPECT_EQ(file.ring_phys[0], p.fs_queue.phys);
    EXPECT_EQ(file.ring_phys[0] % TANDEM_PAGE_SIZE, 0u);
    EXPECT_EQ(file.ring_size[0], sizeof(tandem_fs_queue) + 64 * sizeof(tandem_fs_slot));
    EXPECT_EQ(file.ring_phys[1], 0u);
    EXPECT_GE(file.ring_phys[0], con.ring_phys[1] + con.ring_size[1]);
    EXPECT_LE(file.ring_phys[0] + file.ring_size[0], bi.memory_size);
    EXPECT_EQ(type_at(bi, file.ring_phys[0]), static_cast<std::uint32_t>(TANDEM_MEM_RESERVED));
    EXPECT_EQ(p.fs_queue.slot_count, 64u);
    // The error console: one output ring of its own, after the queue, reserved.
    const tandem_device& err = bi.devices[5];
    EXPECT_EQ(err.type, TANDEM_DEV_CONSOLE_ERR);
    EXPECT_EQ(err.port_base, TANDEM_PORT_CONSOLE_ERR);
    EXPECT_EQ(err.vector, 0u);
    EXPECT_EQ(err.ring_phys[0], p.console_err.phys);
    EXPECT_EQ(err.ring_phys[0] % TANDEM_PAGE_SIZE, 0u);
    EXPECT_GE(err.ring_phys[0], file.ring_phys[0] + file.ring_size[0]);
    EXPECT_LE(err.ring_phys[0] + err.ring_size[0], bi.memory_size);
    EXPECT_EQ(err.ring_phys[1], 0u);
    EXPECT_EQ(type_at(bi, err.ring_phys[0]), static_cast<std::uint32_t>(TANDEM_MEM_RESERVED));
}

TEST(BootInfo, RejectsWhatDoesNotFit) {
    BootInput in = sample_input(16ull << 20);
    in.modules[0].bytes.assign(15ull << 20, 0);
    auto r = plan_boot(in);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("use a larger --memory"), std::string::npos) << r.error().message;
    BootInput huge_kernel = sample_input(16ull << 20);
    huge_kernel.kernel_phys_end = (16ull << 20) - 4096; // overlaps the rings
    EXPECT_FALSE(plan_boot(huge_kernel).ok());
    BootInput cmd = sample_input();
    cmd.cmdline.assign(TANDEM_CMDLINE_MAX, 'x');
    EXPECT_FALSE(plan_boot(cmd).ok());
}

TEST(BootInfo, WriteBootFillsGuestMemory) {
    BootInput in = sample_input(16ull << 20);
    auto r = plan_boot(in);
    ASSERT_TRUE(r.ok());
    std::vector<std::uint8_t> guest(in.memory_size, 0xee);
    write_boot(r.value(), in, guest.data());
    tandem_boot_info bi;
    std::memcpy(&bi, &guest[TANDEM_PHYS_BOOT_INFO], sizeof bi);
    EXPECT_EQ(bi.magic, TANDEM_BOOT_MAGIC);
    EXPECT_EQ(guest[TANDEM_PHYS_BOOT_INFO + TANDEM_PAGE_SIZE - 1], 0); // rest of the page cleared
    EXPECT_EQ(guest[bi.modules[0].phys], 0x7f);
    EXPECT_EQ(guest[bi.modules[0].phys + 4999], 0x7f);
    EXPECT_EQ(std::memcmp(&guest[bi.modules[1].phys], "/bin/true", 10), 0);
    auto* out = reinterpret_cast<tandem_ring*>(&guest[r.value().console_out.phys]);
    EXPECT_EQ(out->data_size, 64u * 1024);
    EXPECT_EQ(out->head, 0u);
    EXPECT_EQ(out->tail, 0u);
    EXPECT_EQ(out->flags, 0u);
    auto* inr = reinterpret_cast<tandem_ring*>(&guest[r.value().console_in.phys]);
    EXPECT_EQ(inr->data_size, 4u * 1024);
    auto* q = reinterpret_cast<tandem_fs_queue*>(&guest[r.value().fs_queue.phys]);
    EXPECT_EQ(q->slot_count, 64u);
    EXPECT_EQ(q->submitted, 0u);
    EXPECT_EQ(q->completed, 0u);
    EXPECT_EQ(guest[r.value().fs_queue.phys + 16], 0); // slots cleared
}

} // namespace
