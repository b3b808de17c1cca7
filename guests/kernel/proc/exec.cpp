// exec: loads the image into a new address space, builds the Linux initial
// process stack (x86-64 psABI, "Process Initialization") and resets the
// per-program state of the task.
#include "proc/exec.h"
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/frame.h"
#include "arch/percpu.h"
#include "dev/entropy.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "lib/kstats.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "mm/vmm.h"
#include "fs/file.h"
#include "proc/elf.h"
#include "fs/inode.h"
#include "fs/vfs.h"
#include "proc/process.h"
#include "proc/program_names.h"
#include "sched/sched.h"
#include "sched/task.h"

namespace {

// Auxiliary vector keys (Linux include/uapi/linux/auxvec.h numbering).
enum : u64 {
    AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_BASE = 7,
    AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14,
    AT_PLATFORM = 15, AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23, AT_RANDOM = 25,
    AT_HWCAP2 = 26, AT_EXECFN = 31,
};
constexpr u32 kMaxAuxv = 24;
// personality(2) flag that turns address-space randomization off.
constexpr u32 kAddrNoRandomize = 0x0040000;

// Writes the initial stack top-down through the direct map.
class StackWriter {
public:
    explicit StackWriter(AddressSpace* as) : as_(as), sp_(as->layout.stack_top) {}

    // Pushes raw bytes; returns their user address (0 on failure).
    u64 push(const void* p, size_t n) {
        sp_ -= n;
        if (!as_->copy_out(sp_, p, n)) ok_ = false;
        return sp_;
    }
    u64 push_string(const char* s) { return push(s, kstrlen(s) + 1); }
    u64 sp() const { return sp_; }
    void set_sp(u64 sp) { sp_ = sp; }
    bool ok() const { return ok_; }

private:
    AddressSpace* as_;
    u64 sp_;
    bool ok_ = true;
};

// argc, argv[], NULL, envp[], NULL, auxv pairs, AT_NULL; RSP 16-byte aligned.
long build_stack(AddressSpace* as, const ExecRequest& req, const ElfImage& img, u64* out_sp) {
    u64 bytes = kstrlen(req.path) + 1 + (u64(req.argc) + req.envc) * sizeof(char*);
    for (u32 i = 0; i < req.argc; i++) bytes += kstrlen(req.argv[i]) + 1;
    for (u32 i = 0; i < req.envc; i++) bytes += kstrlen(req.envp[i]) + 1;
    if (bytes > exec::kArgMax) return -E2BIG;

    StackWriter w(as);
    u64 execfn = w.push_string(req.path);
    if (as->layout.randomized) {
        // arch_align_stack: the rest of the stack moves down by up to 8 KiB.
        w.set_sp(align_down(w.sp() - entropy::random32() % 8192, 16));
    }
    u64 platform = w.push_string("x86_64");
    u8 random[16];
    entropy::fill(random, sizeof random);
    w.set_sp(align_down(w.sp(), 16));
    u64 random_addr = w.push(random, sizeof random);

    u32 regs[4];
    x86::cpuid(1, 0, regs);
    u64 aux[kMaxAuxv][2] = {
        {AT_PHDR, img.phdr}, {AT_PHENT, img.phent}, {AT_PHNUM, img.phnum}, {AT_PAGESZ, kPageSize},
        {AT_BASE, img.bias}, {AT_FLAGS, 0}, {AT_ENTRY, img.entry}, {AT_UID, 0}, {AT_EUID, 0}, {AT_GID, 0},
        {AT_EGID, 0}, {AT_SECURE, 0}, {AT_RANDOM, random_addr}, {AT_HWCAP, regs[3]}, {AT_HWCAP2, 0},
        {AT_CLKTCK, 100}, {AT_PLATFORM, platform}, {AT_EXECFN, execfn}, {AT_NULL, 0},
    };
    u32 naux = 0;
    while (aux[naux][0] != AT_NULL) naux++;
    naux++; // include AT_NULL

    // Strings in order above the vector; the vector's words written one by
    // one through the direct map (no kernel copy of the whole vector).
    u64 strbytes = bytes - (kstrlen(req.path) + 1);
    u64 str = w.sp() - strbytes;
    u64 words = 1 + (req.argc + 1) + (req.envc + 1) + 2 * naux;
    u64 sp = align_down(str - words * 8, 16);
    bool ok = w.ok();
    u64 slot = sp;
    auto word = [&](u64 v) {
        ok = ok && as->copy_out(slot, &v, 8);
        slot += 8;
    };
    auto strings = [&](const char* const* v, u32 n) {
        for (u32 i = 0; i < n; i++) {
            u64 len = kstrlen(v[i]) + 1;
            ok = ok && as->copy_out(str, v[i], len);
            word(str);
            str += len;
        }
        word(0);
    };
    word(req.argc);
    as->arg_start = str;
    strings(req.argv, req.argc);
    as->arg_end = as->env_start = str;
    strings(req.envp, req.envc);
    as->env_end = str;
    as->auxv_start = slot;
    as->auxv_end = slot + 16 * naux;
    for (u32 i = 0; i < naux; i++) word(aux[i][0]), word(aux[i][1]);
    w.set_sp(sp);
    if (!ok) return -ENOMEM;
    *out_sp = sp;
    return 0;
}

// /proc/self/exe names the file itself (symlinks resolved, whatever path
// execve was given), as the dynamic linker's $ORIGIN needs.
void set_exe(Process* p, const Path& file) {
    path_get(file);
    if (p->exe.d) path_put(p->exe);
    p->exe = file;
}

} // namespace

namespace exec {

long execute(const ExecRequest& req, const char** why) {
    Task* t = current();
    Process* p = t->proc;
    AddressSpace* as = AddressSpace::create();
    if (!as) {
        *why = "out of memory";
        return -ENOMEM;
    }
    as->layout = Layout::choose(!(p->personality & kAddrNoRandomize));
    ElfSource src{req.inode, req.inode->size, req.file};
    ElfImage img{};
    long r = elf::load(as, src, false, &img, why);
    ElfImage interp{};
    if (r == 0 && img.has_interp) {
        // The dynamic linker: mapped beside the program, entered first.
        Path ip;
        r = vfs::resolve_at(vfs::kAtFdCwd, img.interp, vfs::kFollow, &ip);
        if (r) {
            *why = "interpreter not found";
        } else {
            if (!ip.d->inode->is_reg()) {
                *why = "interpreter is not a regular file";
                r = -EACCES;
            } else {
                ElfSource isrc{ip.d->inode, ip.d->inode->size, &ip};
                r = elf::load(as, isrc, true, &interp, why);
            }
            path_put(ip);
        }
    }
    if (r == 0) {
        r = as->map_anon(as->layout.stack_top - kStackSize, as->layout.stack_top,
                         kVmRead | kVmWrite | kVmGrowsDown);
        if (r) *why = "cannot map the stack";
    }
    u64 sp = 0;
    if (r == 0) {
        u64 entry = img.entry;
        ElfImage stack_img = img;
        stack_img.bias = img.has_interp ? interp.bias : 0;
        r = build_stack(as, req, stack_img, &sp);
        if (r) *why = r == -E2BIG ? "argument list too long" : "out of memory";
        (void)entry;
    }
    if (r) {
        as->put();
        return r;
    }
    // The heap follows the program; a program without an interpreter that
    // is itself position-independent (loaded among the mmaps) has it at the
    // PIE base instead when the layout is randomized, as on Linux.
    u64 heap = img.dyn && !img.has_interp && as->layout.randomized ? kPieBase : page_up(img.load_end);
    as->brk_start = as->brk = heap + as->layout.brk_offset;

    // Point of no return: switch to the new address space.
    g_kstats.execs++;
    AddressSpace* old = p->as;
    p->as = as;
    vmm::activate(as->root());
    if (old) old->put();
    set_exe(p, *req.file);
    if (p->sighand->refs > 1) {
        // Shared with a CLONE_SIGHAND sibling: exec gets its own copy.
        if (SigHand* own = knew<SigHand>()) {
            memcpy(own->actions, p->sighand->actions, sizeof own->actions);
            p->sighand->refs--;
            p->sighand = own;
        }
    }
    signal::reset_on_exec(p);
    p->fds->close_on_exec();
    t->altstack_sp = t->altstack_size = 0;
    t->altstack_flags = signal::SS_DISABLE;
    proc::release_vfork(t);
    t->fs_base = 0;
    t->gs_base = 0;
    sched::load_user_bases(t);
    fpu::reset(t);
    t->clear_child_tid = 0;
    t->robust_list = 0;
    const char* base = req.path;
    for (const char* c = req.path; *c; c++)
        if (*c == '/') base = c + 1;
    kstrlcpy(t->name, base, sizeof t->name);
    program_names::set(as->root(), t->name);

    TrapFrame* f = t->user_frame();
    memset(f, 0, sizeof *f);
    f->rip = img.has_interp ? interp.entry : img.entry;
    f->rsp = sp;
    f->cs = SEL_UCODE;
    f->ss = SEL_UDATA;
    f->rflags = TANDEM_RFLAGS_IF | TANDEM_RFLAGS_FIXED;
    f->vector = 0x1ff;
    return 0;
}

} // namespace exec
