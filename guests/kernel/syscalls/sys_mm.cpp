// Memory system calls: brk, mmap (anonymous, shared anonymous, files), mremap, munmap, mprotect, madvise.
#include <tandem/platform.h>
#include "lib/errno.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/tmpfs.h"
#include "mm/addrspace.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
enum : u64 {
    PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, PROT_GROWSDOWN = 0x01000000, PROT_GROWSUP = 0x02000000,
    MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_SHARED_VALIDATE = 3, MAP_TYPE = 0xf, MAP_FIXED = 0x10,
    MAP_ANONYMOUS = 0x20, MAP_GROWSDOWN = 0x100, MAP_FIXED_NOREPLACE = 0x100000,
    MADV_DONTNEED = 4, MADV_FREE = 8,
};

AddressSpace* as() { return current_proc()->as; }

// PROT_* bits map 1:1 onto VMA access bits.
u32 vm_flags_for_prot(u64 prot) { return u32(prot & (PROT_READ | PROT_WRITE | PROT_EXEC)); }

// A page-aligned [addr, addr+len) below the end of the user window?  (It may
// span the kernel hole, where nothing is ever mapped: munmap, mprotect and
// the like treat the hole as they treat any unmapped range.)
bool user_range(u64 addr, u64 len) {
    return (addr & (kPageSize - 1)) == 0 && addr >= kMmapMin && addr + len > addr && addr + len <= TANDEM_USER_TOP;
}

// A page-aligned [addr, addr+len) where a mapping may be placed: inside the
// user window and clear of the kernel hole (Linux answers an address past
// TASK_SIZE the same way: ENOMEM for MAP_FIXED).
bool placeable(u64 addr, u64 len) { return user_range(addr, len) && tandem_user_range(addr, len); }
// Shared anonymous memory (and shared /dev/zero) is an unnamed tmpfs file
// mapped from offset 0: its pages live in the file's page cache, so a page
// first touched after fork is the same page in parent and child.
long map_shared_anon(u64 addr, u64 len, u32 vmf) {
    Inode* ino = tmpfs::create_unnamed(len);
    if (!ino) return -ENOMEM;
    long r = as()->map_file(addr, addr + len, vmf, ino, 0);
    inode::put(ino); // the mapping holds its own reference
    return r ? r : long(addr);
}
} // namespace

long sys_brk(SyscallArgs& a) { return long(as()->set_brk(a.a[0])); }

long sys_mmap(SyscallArgs& a) {
    u64 addr = a.a[0], len = a.a[1], prot = a.a[2], flags = a.a[3], off = a.a[5];
    i64 fd = i64(a.a[4]);
    if (len == 0 || (off & (kPageSize - 1))) return -EINVAL;
    if (len > TANDEM_USER_TOP) return -ENOMEM;
    len = page_up(len);
    u64 type = flags & MAP_TYPE;
    if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) return -EINVAL;
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) return -EINVAL;
    Inode* ino = nullptr;
    const Path* name = nullptr;
    if (!(flags & MAP_ANONYMOUS)) {
        File* f = current_proc()->fds->get_file(int(fd));
        if (!f) return -EBADF;
        ino = f->inode();
        if (Inode* memory = f->mapping_inode()) ino = memory; // a device's memory: its own page cache
        if (!ino) return -ENODEV;
        name = &f->path;
        u32 acc = f->status_flags & O_ACCMODE;
        if ((f->status_flags & O_PATH) || acc == O_WRONLY) return -EACCES;
        if (type != MAP_PRIVATE && (prot & PROT_WRITE) && acc != O_RDWR) return -EACCES;
        if ((ino->mode & S_IFMT) == S_IFCHR && ino->rdev == make_dev(1, 5)) ino = nullptr; // /dev/zero
        else if (!ino->is_reg()) return -ENODEV;
        if (ino && off + len < off) return -EOVERFLOW;
    }
    u32 vmf = vm_flags_for_prot(prot);
    if (type != MAP_PRIVATE) vmf |= kVmShared;
    if (flags & MAP_GROWSDOWN) vmf |= kVmGrowsDown;

    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
        if (!placeable(addr, len)) return (addr & (kPageSize - 1)) ? -EINVAL : -ENOMEM;
        if ((flags & MAP_FIXED) && as()->unmap(addr, addr + len)) return -ENOMEM;
        else if (!as()->range_free(addr, addr + len)) return -EEXIST;
    } else {
        addr = as()->find_free(len, page_down(addr), AddressSpace::colour_for(len, ino != nullptr, off));
        if (!addr) return -ENOMEM;
    }
    if (!ino && (vmf & kVmShared)) return map_shared_anon(addr, len, vmf);
    long r = ino ? as()->map_file(addr, addr + len, vmf, ino, off, name) : as()->map_anon(addr, addr + len, vmf);
    return r ? r : long(addr);
}

long sys_mremap(SyscallArgs& a) {
    constexpr u64 MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2, MREMAP_DONTUNMAP = 4;
    u64 old = a.a[0], old_len = page_up(a.a[1]), new_len = page_up(a.a[2]), flags = a.a[3], naddr = a.a[4];
    if (old & (kPageSize - 1)) return -EINVAL;
    if (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) return -EINVAL;
    if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE)) return -EINVAL;
    if (flags & MREMAP_DONTUNMAP) return -EINVAL;
    if (new_len == 0 || old_len == 0) return -EINVAL;
    if (!user_range(old, old_len)) return -EFAULT;
    if ((flags & MREMAP_FIXED) && !placeable(naddr, new_len)) return -EINVAL;
    return as()->remap(old, old_len, new_len, flags & MREMAP_MAYMOVE, (flags & MREMAP_FIXED) ? naddr : 0);
}

// MS_ASYNC, MS_SYNC alike: the pages go to the file now.
long sys_msync(SyscallArgs& a) {
    u64 addr = a.a[0], len = page_up(a.a[1]);
    if (addr & (kPageSize - 1)) return -EINVAL;
    if (len && !user_range(addr, len)) return -ENOMEM;
    if (len) as()->write_back(addr, addr + len);
    return 0;
}
long sys_mincore(SyscallArgs&) { return -ENOSYS; }
long sys_mlock(SyscallArgs&) { return 0; }
long sys_munlock(SyscallArgs&) { return 0; }

long sys_munmap(SyscallArgs& a) {
    u64 addr = a.a[0], len = page_up(a.a[1]);
    if (len == 0 || !user_range(addr, len)) return -EINVAL;
    return as()->unmap(addr, addr + len);
}

long sys_mprotect(SyscallArgs& a) {
    u64 addr = a.a[0], len = page_up(a.a[1]), prot = a.a[2];
    if (addr & (kPageSize - 1)) return -EINVAL;
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_GROWSDOWN | PROT_GROWSUP)) return -EINVAL;
    if (len == 0) return 0;
    if (!user_range(addr, len)) return -ENOMEM;
    return as()->protect(addr, addr + len, vm_flags_for_prot(prot));
}

// Memory protection keys as Linux answers them on a CPU without PKU (the
// guest's address spaces have no keys): no key can be allocated (ENOSPC),
// none is allocated to free or to apply (EINVAL), and key -1 is mprotect.
constexpr u64 kPkeyAccessMask = 3; // PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE

long sys_pkey_alloc(SyscallArgs& a) {
    if (a.a[0] || (a.a[1] & ~kPkeyAccessMask)) return -EINVAL;
    return -ENOSPC;
}

long sys_pkey_free(SyscallArgs&) { return -EINVAL; }

long sys_pkey_mprotect(SyscallArgs& a) {
    if (i32(a.a[3]) == -1) return sys_mprotect(a);
    u64 addr = a.a[0], len = page_up(a.a[1]);
    if (addr & (kPageSize - 1)) return -EINVAL;
    if (len == 0) return 0;
    if (addr + len <= addr) return -ENOMEM;
    return -EINVAL; // a bad prot or a key never allocated: EINVAL either way

}

// Advice is optional except that DONTNEED must make anonymous pages read back as zero.
long sys_madvise(SyscallArgs& a) {
    u64 addr = a.a[0], len = page_up(a.a[1]);
    if (addr & (kPageSize - 1)) return -EINVAL;
    if (len == 0) return 0;
    if (!user_range(addr, len)) return -ENOMEM;
    if (a.a[2] == MADV_DONTNEED) as()->discard(addr, addr + len);
    return 0;
}
