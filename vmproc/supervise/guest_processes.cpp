// A list walk over hostile memory: every node is copied before use, every
// pointer is checked against guest memory, nodes already seen end the walk
// (a cycle that does not pass the head), and the number of nodes is capped.
#include "guest_processes.h"

#include <cstring>
#include <unordered_set>

namespace tandem {

namespace {

// True if a field of `size` bytes at `offset` fits in a record of `record` bytes.
bool fits(std::uint32_t offset, std::uint32_t size, std::uint32_t record) {
    return record <= kMaxRecordSize && offset <= record && size <= record - offset;
}

template <typename T> T field(const std::vector<std::uint8_t>& rec, std::uint32_t offset) {
    T v;
    std::memcpy(&v, rec.data() + offset, sizeof v);
    return v;
}

char state_letter(std::uint8_t proc_state, std::optional<std::uint8_t> task_state) {
    if (proc_state == 1) return 'Z';
    if (proc_state != 0 || !task_state) return '?';
    switch (*task_state) {
    case 0: return 'R';
    case 1: return 'S';
    case 2: return 'X';
    default: return '?';
    }
}

} // namespace

Status check_introspect(const tandem_introspect& l) {
    if (l.magic != TANDEM_INTROSPECT_MAGIC) return Error{"the guest kernel's introspection record has a bad magic"};
    bool ok = l.list_prev <= 8 && l.list_next <= 8 && l.list_prev != l.list_next &&
              fits(l.process_node, 16, l.process_size) && fits(l.process_pid, 4, l.process_size) &&
              fits(l.process_state, 1, l.process_size) && fits(l.process_parent, 8, l.process_size) &&
              fits(l.process_leader, 8, l.process_size) && fits(l.process_threads, 4, l.process_size) &&
              fits(l.process_utime_ns, 8, l.process_size) && fits(l.process_stime_ns, 8, l.process_size) &&
              fits(l.process_as, 8, l.process_size) && fits(l.task_name, l.task_name_size, l.task_size) &&
              l.task_name_size > 0 && l.task_name_size <= 256 && fits(l.task_state, 1, l.task_size) &&
              fits(l.as_root, 8, l.as_size);
    if (!ok) return Error{"the guest kernel's introspection record describes fields outside their records"};
    return ok_status();
}

std::uint64_t count_resident_pages(const GuestView& guest, std::uint64_t root, std::size_t max_tables, bool& truncated) {
    constexpr std::uint64_t kAddr = TANDEM_CR3_ADDR_MASK;
    constexpr std::uint64_t kPs = 1ull << 7;
    std::uint64_t pages = 0;
    std::size_t tables = 0;
    // level 4 = PML4 ... level 1 = page table; `slots` limits the PML4 to the user window
    // (less the kernel hole's slot).
    auto walk = [&](auto& self, std::uint64_t table, int level, unsigned slots) -> void {
        if (++tables > max_tables) {
            truncated = true;
            return;
        }
        std::uint64_t entries[512];
        if (!guest.read_phys(table & kAddr, entries, sizeof entries)) {
            truncated = true;
            return;
        }
        for (unsigned i = 0; i < slots && !truncated; i++) {
            std::uint64_t e = entries[i];
            if (!(e & TANDEM_PTE_P) || (level == 4 && !tandem_user_pml4_slot(i))) continue;
            if (level == 1) {
                pages++;
            } else if ((level == 2 || level == 3) && (e & kPs)) {
                pages += level == 2 ? 512 : 512 * 512;
            } else {
                self(self, e & kAddr, level - 1, 512);
            }
        }
    };
    walk(walk, root, 4, TANDEM_USER_PML4_SLOTS);
    return pages;
}

Result<GuestProcessList> read_guest_processes(const GuestView& guest, std::uint64_t layout_va) {
    auto layout = guest.get<tandem_introspect>(layout_va);
    if (!layout) return Error{"the guest kernel's introspection record lies outside guest memory"};
    const tandem_introspect l = *layout;
    TANDEM_CHECK(check_introspect(l));

    GuestProcessList out;
    std::unordered_set<std::uint64_t> seen;
    const std::uint64_t head = l.process_list;
    auto next_of = [&](std::uint64_t node) { return guest.get<std::uint64_t>(node + l.list_next); };
    std::optional<std::uint64_t> node = next_of(head);
    std::vector<std::uint8_t> rec(l.process_size), task(l.task_size);
    while (node && *node != head) {
        if (out.processes.size() >= kMaxGuestProcesses || !seen.insert(*node).second || *node < l.process_node) {
            out.truncated = true;
            break;
        }
        std::uint64_t proc_va = *node - l.process_node;
        if (!guest.read(proc_va, rec.data(), rec.size())) {
            out.truncated = true;
            break;
        }
        GuestProcess p;
        p.pid = field<std::int32_t>(rec, l.process_pid);
        p.threads = field<std::uint32_t>(rec, l.process_threads);
        p.utime_ns = field<std::uint64_t>(rec, l.process_utime_ns);
        p.stime_ns = field<std::uint64_t>(rec, l.process_stime_ns);
        if (std::uint64_t parent = field<std::uint64_t>(rec, l.process_parent))
            p.ppid = guest.get<std::int32_t>(parent + l.process_pid).value_or(0);
        std::optional<std::uint8_t> task_state;
        if (std::uint64_t leader = field<std::uint64_t>(rec, l.process_leader); leader && guest.read(leader, task.data(), task.size())) {
            const char* name = reinterpret_cast<const char*>(task.data() + l.task_name);
            p.name.assign(name, strnlen(name, l.task_name_size));
            task_state = task[l.task_state];
        }
        p.state = state_letter(rec[l.process_state], task_state);
        if (std::uint64_t as = field<std::uint64_t>(rec, l.process_as)) {
            if (auto root = guest.get<std::uint64_t>(as + l.as_root))
                p.resident_pages = count_resident_pages(guest, *root, kMaxPageTablesPerProcess, p.resident_truncated);
        }
        out.processes.push_back(std::move(p));
        node = next_of(*node);
    }
    if (!node) out.truncated = true;
    return out;
}

} // namespace tandem
