// The program-name table: a fixed array in memory vmproc reserved, an entry
// per live address space, root 0 = free.  A full table leaves the newest
// address spaces unnamed (their samples say so); it never grows.
#include "proc/program_names.h"
#include "boot/bootinfo.h"
#include "lib/string.h"

namespace program_names {

namespace {
tandem_program_names* g_table;
}

// The table, if vmproc placed one inside guest memory.
void init() {
    const tandem_boot_info& bi = boot::info();
    u64 phys = bi.program_names_phys;
    if (!phys || phys > bi.memory_size || bi.memory_size - phys < sizeof(tandem_program_names)) return;
    g_table = phys_to_virt<tandem_program_names>(phys);
    memset(g_table, 0, sizeof *g_table);
}

// The entry of `root`, else a free one, else nullptr.
static tandem_program_name* slot_for(u64 root) {
    tandem_program_name* free = nullptr;
    for (tandem_program_name& e : g_table->entries) {
        if (e.root == root) return &e;
        if (!e.root && !free) free = &e;
    }
    return free;
}

void set(u64 root, const char* name) {
    if (!g_table || !root) return;
    tandem_program_name* e = slot_for(root);
    if (!e) return;
    memset(e->name, 0, sizeof e->name);
    for (u32 i = 0; i < sizeof e->name && name[i]; i++) e->name[i] = name[i];
    e->root = root;
}

void forget(u64 root) {
    if (!g_table || !root) return;
    for (tandem_program_name& e : g_table->entries)
        if (e.root == root) e.root = 0;
}

} // namespace program_names
