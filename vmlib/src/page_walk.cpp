// The guest page-table walker.
#include "page_walk.h"

namespace vmlib {

// Returns a pointer to the table entry `index` of the table at guest-physical
// `table`, or null if the table lies outside guest memory.
static u64* entry_at(u64 table, u64 index) {
    u64 pa = (table & TANDEM_PTE_ADDR_MASK) + index * 8;
    if (pa + 8 > g_vcpu.memory_size) return nullptr;
    return reinterpret_cast<u64*>(phys_ptr(pa));
}

Translation translate(u64 va, u32 access, bool set_accessed) {
    Translation t{};
    bool nxe = (g_vcpu.state.efer & TANDEM_EFER_NXE) != 0;
    bool smep = (g_vcpu.state.cr4 & (1ull << 20)) != 0;
    // SDM vol. 3, 4.7: the I/D bit is reported only with NXE or SMEP on.
    t.error_code = access & (TANDEM_PF_W | TANDEM_PF_U | ((nxe || smep) ? TANDEM_PF_I : 0u));
    if (!tandem_user_address(va) || g_vcpu.state.cr3 == 0) return t;
    u64 table = g_vcpu.state.cr3;
    bool writable = true, user = true, executable = true;
    u64* path[4] = {};
    int depth = 0;
    u64 page_size = 0;
    for (int level = 3; level >= 0; level--) {
        u64 index = (va >> (12 + 9 * level)) & 511;
        u64* e = entry_at(table, index);
        if (!e || !(*e & TANDEM_PTE_P)) return t;
        path[depth++] = e;
        writable &= (*e & TANDEM_PTE_W) != 0;
        user &= (*e & TANDEM_PTE_U) != 0;
        if (nxe && (*e & TANDEM_PTE_NX)) executable = false;
        if (level == 0 || ((level == 1 || level == 2) && (*e & TANDEM_PTE_PS))) {
            page_size = 1ull << (12 + 9 * level);
            break;
        }
        table = *e;
    }
    u64* leaf = path[depth - 1];
    u64 base = *leaf & TANDEM_PTE_ADDR_MASK & ~(page_size - 1);
    t.present = true;
    t.leaf = leaf;
    t.phys = base + (va & (page_size - 1));
    t.writable = writable;
    t.user = user;
    t.executable = executable;
    t.error_code |= TANDEM_PF_P;
    bool ok = true;
    if ((access & kAccessUser) && !user) ok = false;
    if ((access & kAccessWrite) && !writable) ok = false;  // CR0.WP=1: supervisor too
    if ((access & kAccessFetch) && !executable) ok = false;
    if (t.phys >= g_vcpu.memory_size) ok = false;
    t.ok = ok;
    if (ok && set_accessed) {
        for (int i = 0; i < depth; i++) *path[i] |= TANDEM_PTE_A;
        if (access & kAccessWrite) *leaf |= TANDEM_PTE_D;
    }
    return t;
}

} // namespace vmlib
