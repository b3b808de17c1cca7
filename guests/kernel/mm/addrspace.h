// A process address space: its page tables plus the sorted list of virtual
// memory areas (VMAs) that say what may be mapped where.  Pages are filled
// on demand by the page-fault handler (demand-zero for anonymous memory).
#pragma once

#include "fs/dcache.h"
#include "lib/list.h"
#include "lib/types.h"
#include "mm/layout.h"

// VMA permission/behaviour bits.
enum VmFlags : u32 {
    kVmRead = 1,
    kVmWrite = 2,
    kVmExec = 4,
    kVmGrowsDown = 8, // the stack
    kVmShared = 16,   // MAP_SHARED: one page for every mapping across fork (anonymous ones: an unnamed tmpfs file), written back to a file
};
constexpr u32 kVmAccess = kVmRead | kVmWrite | kVmExec;

struct Inode;

struct Vma {
    u64 start, end; // page aligned, [start, end)
    u32 flags;
    Inode* inode = nullptr; // file mapping (holds a reference), or anonymous
    u64 pgoff = 0;          // file offset of `start` (page aligned)
    Path file{};            // the file's name for /proc/<pid>/maps (file.d holds a reference), if known
    ListNode node; // in AddressSpace::vmas, sorted by start
};

// Results of AddressSpace::handle_fault (signal numbers).
enum FaultResult : int { kFaultOk = 0, kFaultBus = 7, kFaultOom = 9, kFaultSegv = 11 };

class AddressSpace {
public:
    // A new, empty address space (nullptr when out of memory).
    static AddressSpace* create();
    // Drops a reference; the last one frees every page and table.
    void put();
    void get() { refs_++; }

    u64 root() const { return root_; }
    // Where root_ sits in the record, for the introspection layout (proc/introspect.cpp).
    // AddressSpace has private members, so it is not standard-layout and C++
    // calls offsetof conditionally supported; GCC computes it exactly for a
    // class without virtual bases, which is what an observer needs.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    static constexpr u32 root_offset() { return u32(__builtin_offsetof(AddressSpace, root_)); }
#pragma GCC diagnostic pop

    // The VMA containing addr, or nullptr.
    Vma* find(u64 addr);
    // True if no VMA intersects [start, end).
    bool range_free(u64 start, u64 end);
    // A free range of len bytes: `hint` if usable, else top-down below
    // layout.mmap_base, never in the kernel hole, at an address congruent to
    // `colour` modulo TANDEM_FAULT_BLOCK_SIZE unless it is kAnyColour; 0 if
    // none.
    static constexpr u64 kAnyColour = ~0ull;
    u64 find_free(u64 len, u64 hint, u64 colour = kAnyColour);
    // The colour a new mapping of len bytes is placed with: a file mapping
    // at its offset (so a block of its addresses is one block of the file:
    // one read-ahead cluster, one run of frames), anonymous memory of a
    // block or more at a block boundary; kAnyColour for small anonymous
    // mappings, which then pack page by page as on Linux.
    static u64 colour_for(u64 len, bool file, u64 offset);
    // Creates a demand-zero mapping over [start, end) (must be free); 0 or -errno.
    long map_anon(u64 start, u64 end, u32 flags);
    // Maps a file from byte offset `off` (page aligned) over [start, end);
    // pages come from the inode's page cache on first touch.  `file` names
    // it in /proc/<pid>/maps (nullptr: no name).
    long map_file(u64 start, u64 end, u32 flags, Inode* inode, u64 off, const Path* file = nullptr);
    // Writes zeros into the mapped memory [va, va+n) as user code would
    // (copy-on-write broken, pages faulted in): the partial bss page.
    bool zero_fill(u64 va, u64 n);
    // /proc/self/maps: visits every VMA.
    template <typename Fn> void for_each_vma(Fn&& fn) {
        for (Vma* v = first_vma(); v; v = next_vma(v)) fn(v);
    }
    // Removes mappings and their pages in [start, end); -ENOMEM if a hole
    // cannot be punched (nothing changed then).
    long unmap(u64 start, u64 end);
    // Writes the pages of shared, writable file mappings in [start, end)
    // back to their files (msync; munmap and the last put() do it too).
    void write_back(u64 start, u64 end);
    // Drops the pages of [start, end) but keeps the mappings (they read as
    // zero again): MADV_DONTNEED.
    void discard(u64 start, u64 end);
    // mremap: the new address or -errno (fixed = MREMAP_FIXED's address or 0).
    long remap(u64 old, u64 old_len, u64 new_len, bool may_move, u64 fixed);
    // Changes protection of [start, end); -ENOMEM if part of it is unmapped.
    long protect(u64 start, u64 end, u32 flags);

    // fork: a copy-on-write copy of this address space (nullptr: no memory).
    AddressSpace* clone_cow();
    // Resolves a fault at addr: kFaultOk, or what the faulting task gets
    // (SIGSEGV: not allowed; SIGBUS: beyond the end of a mapped file;
    // kFaultOom: no memory left, the process is killed).
    int handle_fault(u64 addr, bool write, bool exec);
    // Makes the page at va present (as a fault would) and returns its physical
    // address; used to fill memory of an address space that is not active.
    u64 populate(u64 va);
    // Copies kernel bytes into this address space via the direct map.
    bool copy_out(u64 va, const void* src, size_t n);
    // Reads or writes memory of this address space (active or not) as a
    // debugger does (/proc/<pid>/cmdline, ptrace PEEK/POKE): any mapped page,
    // whatever its protection; a write to a private page copies it first so
    // that the file and other processes keep theirs.  Bytes done.
    u64 access(u64 va, void* buf, u64 n, bool write);

    // Where the stack, mmaps, a PIE program and the heap go (set by exec).
    Layout layout;
    // Program break (brk) state.
    u64 brk_start = 0, brk = 0;
    // Where exec put the argument and environment strings (/proc/<pid>/cmdline, environ).
    u64 arg_start = 0, arg_end = 0, env_start = 0, env_end = 0;
    // Where exec put the auxiliary vector (/proc/<pid>/auxv, which debuggers read).
    u64 auxv_start = 0, auxv_end = 0;
    // Implements brk(2): returns the new (or unchanged) break.
    u64 set_brk(u64 new_brk);

    // Use create()/put(); public only so that knew/kdelete can reach them.
    AddressSpace() = default;
    ~AddressSpace() = default;

private:
    Vma* first_vma() { return vmas_.next == &vmas_ ? nullptr : container_of(vmas_.next, Vma, node); }
    Vma* next_vma(Vma* v) { return v->node.next == &vmas_ ? nullptr : container_of(v->node.next, Vma, node); }
    Vma* prev_vma(Vma* v) { return v->node.prev == &vmas_ ? nullptr : container_of(v->node.prev, Vma, node); }
    Vma* split(Vma* v, u64 at);
    void insert(Vma* v);
    void try_merge(Vma* v);
    void apply_protection(u64 start, u64 end, u32 flags);
    int break_cow(Vma* v, u64* pte, u64 va);
    int fault_in(Vma* v, u64* pte, u64 va, bool write);
    void fault_around(Vma* v, u64 va, u64 bits);
    void anon_fault_around(Vma* v, u64 va);
    void take_cow_around(Vma* v, u64 va);
    u64 copy_cow_block(Vma* v, u64 va, u32* changed);
    bool anon_fault_in_block(Vma* v, u64 va);
    Vma* new_vma(u64 start, u64 end, u32 flags, Inode* inode, u64 pgoff, const Path* file);
    void free_vma(Vma* v);

    u64 root_ = 0;
    u32 refs_ = 1;
    ListNode vmas_;
};

// PTE permission bits for VMA flags.
u64 pte_flags_for(u32 vm_flags);
