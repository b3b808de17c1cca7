// ptrace(2) requests and process_vm_readv/writev: attaching, resuming,
// registers (user_regs_struct, the FPU area, register sets), tracee memory
// (through AddressSpace::access, as a debugger writes: private copies),
// options, event messages, siginfo and PTRACE_GET_SYSCALL_INFO.
#include "arch/cpu.h"
#include "arch/fpu.h"
#include "arch/frame.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/addrspace.h"
#include "mm/kmalloc.h"
#include "proc/process.h"
#include "proc/ptrace.h"
#include "sched/task.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
enum : u64 {
    PTRACE_TRACEME = 0, PTRACE_PEEKTEXT = 1, PTRACE_PEEKDATA = 2, PTRACE_PEEKUSER = 3, PTRACE_POKETEXT = 4,
    PTRACE_POKEDATA = 5, PTRACE_POKEUSER = 6, PTRACE_CONT = 7, PTRACE_KILL = 8, PTRACE_SINGLESTEP = 9,
    PTRACE_GETREGS = 12, PTRACE_SETREGS = 13, PTRACE_GETFPREGS = 14, PTRACE_SETFPREGS = 15,
    PTRACE_ATTACH = 16, PTRACE_DETACH = 17, PTRACE_SYSCALL = 24, PTRACE_SETOPTIONS = 0x4200,
    PTRACE_GETEVENTMSG = 0x4201, PTRACE_GETSIGINFO = 0x4202, PTRACE_SETSIGINFO = 0x4203,
    PTRACE_GETREGSET = 0x4204, PTRACE_SETREGSET = 0x4205, PTRACE_SEIZE = 0x4206, PTRACE_INTERRUPT = 0x4207,
    PTRACE_GET_SYSCALL_INFO = 0x420e,
};
constexpr u64 NT_PRSTATUS = 1, NT_PRFPREG = 2, NT_X86_XSTATE = 0x202;
constexpr u64 kTrapFlag = 0x100;
// RFLAGS bits a tracer may change (as sigreturn may).
constexpr u64 kUserFlags = 0x1 | 0x4 | 0x10 | 0x40 | 0x80 | 0x100 | 0x400 | 0x800 | 0x40000 | 0x200000;

// struct user_regs_struct (Linux x86-64), also the start of struct user.
struct UserRegs {
    u64 r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8, rax, rcx, rdx, rsi, rdi, orig_rax, rip, cs, eflags, rsp,
        ss, fs_base, gs_base, ds, es, fs, gs;
};
static_assert(sizeof(UserRegs) == 216);
constexpr u64 kUserSize = 912, kDebugRegs = 848; // sizeof(struct user), offsetof(u_debugreg)
constexpr u64 kFxsaveSize = 512;
constexpr u64 kLinuxUserCs = 0x33, kLinuxUserSs = 0x2b; // __USER_CS, __USER_DS

struct Iovec {
    u64 base, len;
};

UserRegs get_regs(Task* t) {
    const TrapFrame* f = t->user_frame();
    UserRegs r;
    r.r15 = f->r15, r.r14 = f->r14, r.r13 = f->r13, r.r12 = f->r12, r.rbp = f->rbp, r.rbx = f->rbx;
    r.r11 = f->r11, r.r10 = f->r10, r.r9 = f->r9, r.r8 = f->r8, r.rax = f->rax, r.rcx = f->rcx;
    r.rdx = f->rdx, r.rsi = f->rsi, r.rdi = f->rdi;
    r.orig_rax = f->vector == VEC_SYSCALL ? f->error : ~0ull;
    // Linux's 64-bit user selectors, which debuggers test to tell a 64-bit
    // process from a 32-bit one (the guest's own GDT numbers them otherwise).
    r.rip = f->rip, r.cs = kLinuxUserCs, r.eflags = f->rflags, r.rsp = f->rsp, r.ss = kLinuxUserSs;
    if (t->proc->trace.resume == ptrace::Resume::Step) r.eflags &= ~kTrapFlag; // set for the step, not by the program
    r.fs_base = t->fs_base, r.gs_base = t->gs_base;
    r.ds = r.es = r.fs = r.gs = 0;
    return r;
}

// Applies a tracer's registers: segments stay the user ones, only the user
// RFLAGS bits change, addresses must be canonical user addresses.
long set_regs(Task* t, const UserRegs& r) {
    constexpr u64 kTop = 0x800000000000ull;
    if (r.rip >= kTop || r.fs_base >= kTop || r.gs_base >= kTop) return -EIO;
    TrapFrame* f = t->user_frame();
    f->r15 = r.r15, f->r14 = r.r14, f->r13 = r.r13, f->r12 = r.r12, f->rbp = r.rbp, f->rbx = r.rbx;
    f->r11 = r.r11, f->r10 = r.r10, f->r9 = r.r9, f->r8 = r.r8, f->rax = r.rax, f->rcx = r.rcx;
    f->rdx = r.rdx, f->rsi = r.rsi, f->rdi = r.rdi, f->rip = r.rip, f->rsp = r.rsp;
    f->rflags = (f->rflags & ~kUserFlags) | (r.eflags & kUserFlags);
    if (f->vector == VEC_SYSCALL) f->error = r.orig_rax;
    t->fs_base = r.fs_base;
    t->gs_base = r.gs_base;
    return 0;
}

// The tracee (stopped, traced by the caller) a request names; -ESRCH otherwise.
Process* stopped_tracee(i64 pid, bool need_stop, long* err) {
    Process* p = pid > 0 ? proc::find(i32(pid)) : nullptr;
    if (!p || p->state != ProcState::Alive || p->trace.tracer != current_proc() ||
        (need_stop && !p->trace.stopped)) {
        *err = -ESRCH;
        return nullptr;
    }
    return p;
}

// PTRACE_CONT/SYSCALL/SINGLESTEP/DETACH: resume with a signal (0: none).
long resume(Process* p, ptrace::Resume how, u64 sig, bool detach) {
    if (sig > u64(signal::kNumSignals)) return -EIO;
    cpu::IrqGuard guard;
    Task* t = p->trace.stopped;
    TrapFrame* f = t->user_frame();
    if (how == ptrace::Resume::Step) f->rflags |= kTrapFlag;
    else if (p->trace.resume == ptrace::Resume::Step) f->rflags &= ~kTrapFlag;
    p->trace.resume = how;
    p->trace.resume_sig = int(sig); // passed on from a signal stop; other stops ignore it
    p->trace.stopped = nullptr;
    if (detach) ptrace::unlink(p);
    p->trace.wait.wake_all();
    return 0;
}

long attach(i64 pid, bool seize, u64 addr, u64 options) {
    Process* self = current_proc();
    if (seize && (addr || (options & ~u64(ptrace::O_MASK)))) return -EIO;
    Process* p = pid > 0 ? proc::find(i32(pid)) : nullptr;
    if (!p || p->state != ProcState::Alive) return -ESRCH;
    if (p == self || p->trace.tracer) return -EPERM;
    for (Process* q = self; q; q = q->trace.tracer)
        if (q == p) return -EPERM; // no tracing of one's own tracer
    cpu::IrqGuard guard;
    p->trace.tracer = self;
    p->trace.node.insert_before(&self->trace.tracees);
    p->trace.seized = seize;
    p->trace.options = seize ? u32(options) : 0;
    p->trace.resume = ptrace::Resume::Cont;
    if (!seize) signal::send_process(p, signal::SIGSTOP, signal::from_process(self, signal::SI_USER));
    return 0;
}

long peek_user(Process* p, u64 off, u64 data) {
    if (off & 7 || off >= kUserSize) return -EIO;
    u64 v = 0;
    if (off < sizeof(UserRegs)) {
        UserRegs r = get_regs(p->trace.stopped);
        memcpy(&v, reinterpret_cast<u8*>(&r) + off, 8);
    }
    return put_user(data, v) ? 0 : -EFAULT;
}

// Registers one word at a time; debug registers accept only 0 (none are
// emulated: gdb clears them, hardware watchpoints are not offered).
long poke_user(Process* p, u64 off, u64 v) {
    if (off & 7 || off >= kUserSize) return -EIO;
    if (off >= kDebugRegs) return v ? -EIO : 0;
    if (off >= sizeof(UserRegs)) return -EIO;
    UserRegs r = get_regs(p->trace.stopped);
    memcpy(reinterpret_cast<u8*>(&r) + off, &v, 8);
    return set_regs(p->trace.stopped, r);
}

// The FPU area in the layout `n` bytes of a register set ask for (the
// first 512 bytes are the fxsave image either way).
long get_fpu(Task* t, u64 uaddr, u64 n) {
    void* area = fpu::sync(t);
    if (!area) return -ENOMEM;
    return copy_to_user(reinterpret_cast<void*>(uaddr), area, n) ? -EFAULT : 0;
}

long set_fpu(Task* t, u64 uaddr, u64 n) {
    void* area = fpu::sync(t);
    if (!area) return -ENOMEM;
    size_t size = fpu::state_size();
    u8* buf = static_cast<u8*>(kmalloc(size));
    if (!buf) return -ENOMEM;
    memcpy(buf, area, size);
    long r = copy_from_user(buf, reinterpret_cast<const void*>(uaddr), n) ? -EFAULT : 0;
    if (!r && !fpu::load(t, buf)) r = -EINVAL;
    kfree(buf);
    return r;
}

long regset(Process* p, u64 type, u64 uiov, bool set) {
    Iovec iov;
    if (!get_user(iov, uiov)) return -EFAULT;
    Task* t = p->trace.stopped;
    u64 n;
    long r;
    if (type == NT_PRSTATUS) {
        n = min<u64>(iov.len, sizeof(UserRegs));
        UserRegs regs = get_regs(t);
        if (set) {
            r = copy_from_user(&regs, reinterpret_cast<const void*>(iov.base), n) ? -EFAULT : set_regs(t, regs);
        } else {
            r = copy_to_user(reinterpret_cast<void*>(iov.base), &regs, n) ? -EFAULT : 0;
        }
    } else if (type == NT_PRFPREG || (type == NT_X86_XSTATE && fpu::state_size() > kFxsaveSize)) {
        u64 size = type == NT_PRFPREG ? kFxsaveSize : fpu::state_size();
        n = min<u64>(iov.len, size);
        r = set ? set_fpu(t, iov.base, n) : get_fpu(t, iov.base, n);
    } else {
        return -EINVAL;
    }
    if (r) return r;
    iov.len = n;
    return put_user(uiov, iov) ? 0 : -EFAULT;
}

// siginfo_t of the last stop (Linux layout, 128 bytes).
long get_siginfo(Process* p, u64 data) {
    struct {
        i32 signo, errno_, code, pad;
        union {
            struct { i32 pid; u32 uid; i32 status; } a;
            u64 addr;
        };
        u8 rest[96];
    } si;
    static_assert(sizeof si == 128);
    memset(&si, 0, sizeof si);
    const signal::SigSource& s = p->trace.last_src;
    si.signo = p->trace.last_sig;
    si.code = s.code;
    bool fault = s.code > 0 && s.code < 0x80 && (si.signo == signal::SIGSEGV || si.signo == signal::SIGBUS ||
                                                 si.signo == signal::SIGILL || si.signo == signal::SIGFPE ||
                                                 (si.signo == signal::SIGTRAP && s.code < 5));
    if (fault) si.addr = s.addr;
    else si.a = {s.pid, s.uid, s.status};
    return put_user(data, si) ? 0 : -EFAULT;
}

// struct ptrace_syscall_info: the stop's kind, then the call's number and
// arguments (entry) or result (exit).  Returns the size of what it holds.
long syscall_info(Process* p, u64 size, u64 data) {
    struct {
        u8 op;
        u8 pad[3];
        u32 arch;
        u64 ip, sp;
        union {
            struct { u64 nr, args[6]; } entry;
            struct { i64 rval; u8 is_error; } exit;
        };
    } info;
    memset(&info, 0, sizeof info);
    const TrapFrame* f = p->trace.stopped->user_frame();
    info.arch = 0xc000003e; // AUDIT_ARCH_X86_64
    info.ip = f->rip;
    info.sp = f->rsp;
    u64 actual = 24;
    if (p->trace.kind == ptrace::Stop::SyscallEntry) {
        info.op = 1;
        info.entry.nr = f->error;
        u64 args[6] = {f->rdi, f->rsi, f->rdx, f->r10, f->r8, f->r9};
        memcpy(info.entry.args, args, sizeof args);
        actual = 80;
    } else if (p->trace.kind == ptrace::Stop::SyscallExit) {
        info.op = 2;
        info.exit.rval = i64(f->rax);
        info.exit.is_error = i64(f->rax) < 0 && i64(f->rax) >= -4095;
        actual = 33;
    }
    if (copy_to_user(reinterpret_cast<void*>(data), &info, min<u64>(size, actual))) return -EFAULT;
    return long(actual);
}
} // namespace

long sys_ptrace(SyscallArgs& a) {
    u64 req = a.a[0], addr = a.a[2], data = a.a[3];
    i64 pid = i32(a.a[1]);
    Process* self = current_proc();
    if (req == PTRACE_TRACEME) {
        if (self->trace.tracer || !self->parent) return -EPERM;
        cpu::IrqGuard guard;
        self->trace.tracer = self->parent;
        self->trace.node.insert_before(&self->parent->trace.tracees);
        return 0;
    }
    if (req == PTRACE_ATTACH || req == PTRACE_SEIZE) return attach(pid, req == PTRACE_SEIZE, addr, data);
    long err = 0;
    bool any_state = req == PTRACE_KILL || req == PTRACE_INTERRUPT;
    Process* p = stopped_tracee(pid, !any_state, &err);
    if (!p) return err;
    switch (req) {
    case PTRACE_PEEKTEXT:
    case PTRACE_PEEKDATA: {
        u64 word;
        if (p->as->access(addr, &word, 8, false) != 8) return -EIO;
        return put_user(data, word) ? 0 : -EFAULT;
    }
    case PTRACE_POKETEXT:
    case PTRACE_POKEDATA: return p->as->access(addr, &data, 8, true) == 8 ? 0 : -EIO;
    case PTRACE_PEEKUSER: return peek_user(p, addr, data);
    case PTRACE_POKEUSER: return poke_user(p, addr, data);
    case PTRACE_GETREGS: {
        UserRegs r = get_regs(p->trace.stopped);
        return put_user(data, r) ? 0 : -EFAULT;
    }
    case PTRACE_SETREGS: {
        UserRegs r;
        if (!get_user(r, data)) return -EFAULT;
        return set_regs(p->trace.stopped, r);
    }
    case PTRACE_GETFPREGS: return get_fpu(p->trace.stopped, data, kFxsaveSize);
    case PTRACE_SETFPREGS: return set_fpu(p->trace.stopped, data, kFxsaveSize);
    case PTRACE_GETREGSET:
    case PTRACE_SETREGSET: return regset(p, addr, data, req == PTRACE_SETREGSET);
    case PTRACE_CONT: return resume(p, ptrace::Resume::Cont, data, false);
    case PTRACE_SYSCALL: return resume(p, ptrace::Resume::Syscall, data, false);
    case PTRACE_SINGLESTEP: return resume(p, ptrace::Resume::Step, data, false);
    case PTRACE_DETACH: return resume(p, ptrace::Resume::Cont, data, true);
    case PTRACE_KILL:
        signal::send_process(p, signal::SIGKILL);
        return 0;
    case PTRACE_INTERRUPT:
        if (!p->trace.seized) return -EIO;
        p->trace.trap_pending = true; // taken at its next return to user mode
        return 0;
    case PTRACE_SETOPTIONS:
        if (data & ~u64(ptrace::O_MASK)) return -EINVAL;
        p->trace.options = u32(data);
        return 0;
    case PTRACE_GETEVENTMSG: return put_user(data, p->trace.event_msg) ? 0 : -EFAULT;
    case PTRACE_GETSIGINFO: return get_siginfo(p, data);
    case PTRACE_SETSIGINFO: {
        i32 head[4];
        if (!get_user(head, data)) return -EFAULT;
        p->trace.last_sig = head[0];
        p->trace.last_src.code = head[2];
        return 0;
    }
    case PTRACE_GET_SYSCALL_INFO: return syscall_info(p, addr, data);
    default: return -EIO;
    }
}

// process_vm_readv/writev: copies between the caller's iovecs and another
// process's, through a kernel bounce buffer; bytes done (short at the first
// remote range that is not mapped).
static long process_vm(SyscallArgs& a, bool write) {
    if (a.a[5]) return -EINVAL;
    u64 liovcnt = a.a[2], riovcnt = a.a[4];
    if (liovcnt > 1024 || riovcnt > 1024) return -EINVAL;
    Process* p = i32(a.a[0]) > 0 ? proc::find(i32(a.a[0])) : nullptr;
    if (!p || p->state != ProcState::Alive || !p->as) return -ESRCH;
    u8* buf = static_cast<u8*>(kmalloc(4096));
    if (!buf) return -ENOMEM;
    u64 done = 0, li = 0, loff = 0;
    long err = 0;
    Iovec liov{0, 0};
    for (u64 ri = 0; ri < riovcnt && !err; ri++) {
        Iovec riov;
        if (!get_user(riov, a.a[3] + ri * sizeof(Iovec))) {
            err = -EFAULT;
            break;
        }
        u64 roff = 0;
        while (roff < riov.len) {
            while (loff == liov.len) {
                if (li == liovcnt) goto out;
                if (!get_user(liov, a.a[1] + li * sizeof(Iovec))) {
                    err = -EFAULT;
                    goto out;
                }
                li++;
                loff = 0;
            }
            u64 k = min<u64>(min<u64>(riov.len - roff, liov.len - loff), 4096);
            void* local = reinterpret_cast<void*>(liov.base + loff);
            if (write) {
                if (copy_from_user(buf, local, k)) err = -EFAULT;
                else if (p->as->access(riov.base + roff, buf, k, true) != k) err = -EFAULT;
            } else {
                u64 got = p->as->access(riov.base + roff, buf, k, false);
                if (got != k) err = -EFAULT;
                if (got && copy_to_user(local, buf, got)) err = -EFAULT;
                else done += got;
            }
            if (err) goto out;
            if (write) done += k;
            roff += k;
            loff += k;
        }
    }
out:
    kfree(buf);
    return done ? long(done) : err;
}

long sys_process_vm_readv(SyscallArgs& a) { return process_vm(a, false); }
long sys_process_vm_writev(SyscallArgs& a) { return process_vm(a, true); }
