// execve on a path: permission checks, "#!" interpreter scripts, then the
// ELF loader (proc/exec.cpp); and the system call, which copies argv/envp
// out of the old address space before it is replaced.
#include "arch/usercopy.h"
#include "fs/inode.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "arch/frame.h"
#include "proc/exec.h"
#include "proc/ptrace.h"
#include "sched/task.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr u32 kMaxScriptDepth = 4;

// Parses "#!interp [arg]\n" from the first bytes of a file.
bool parse_shebang(char* head, u64 n, char** interp, char** arg) {
    if (n < 3 || head[0] != '#' || head[1] != '!') return false;
    head[n - 1 < 255 ? n : 255] = 0;
    char* p = head + 2;
    char* nl = p;
    while (*nl && *nl != '\n') nl++;
    *nl = 0;
    while (*p == ' ' || *p == '\t') p++;
    if (!*p) return false;
    *interp = p;
    while (*p && *p != ' ' && *p != '\t') p++;
    *arg = nullptr;
    if (*p) {
        *p++ = 0;
        while (*p == ' ' || *p == '\t') p++;
        if (*p) {
            *arg = p;
            char* end = p + kstrlen(p);
            while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) *--end = 0;
        }
    }
    return true;
}

long exec_depth(const char* path, const char* const* argv, u32 argc, const char* const* envp, u32 envc,
                const char** why, u32 depth) {
    Path p;
    long r = vfs::resolve_at(vfs::kAtFdCwd, path, vfs::kFollow, &p);
    if (r) {
        *why = "not found";
        return r;
    }
    Inode* ino = p.d->inode;
    if (!ino->is_reg()) r = -EACCES;
    else if (!(ino->mode & 0111)) r = -EACCES;
    if (r) {
        *why = "permission denied";
        path_put(p);
        return r;
    }
    char head[256];
    long n = inode::read(ino, 0, head, sizeof head - 1, false);
    if (n < 0) {
        path_put(p);
        *why = "unreadable";
        return n;
    }
    char *interp, *arg;
    if (parse_shebang(head, u64(n), &interp, &arg)) {
        path_put(p);
        if (depth >= kMaxScriptDepth) {
            *why = "too many levels of interpreters";
            return -ELOOP;
        }
        // argv becomes: interp [arg] path argv[1..]
        u32 nargc = argc + (arg ? 2 : 1) + (argc ? 0 : 1);
        const char** nargv = static_cast<const char**>(kmalloc(sizeof(char*) * (nargc + 1)));
        if (!nargv) return -ENOMEM;
        u32 k = 0;
        nargv[k++] = interp;
        if (arg) nargv[k++] = arg;
        nargv[k++] = path;
        for (u32 i = 1; i < argc; i++) nargv[k++] = argv[i];
        r = exec_depth(interp, nargv, k, envp, envc, why, depth + 1);
        kfree(nargv);
        return r;
    }
    ExecRequest req{ino, &p, path, argv, argc, envp, envc};
    r = exec::execute(req, why);
    path_put(p);
    return r;
}

// argv and envp copied out of the old address space: strings packed in one
// buffer and their offsets, both grown by doubling, so that a typical exec
// needs a few pages (never a large physically contiguous block up front).
class StringVector {
public:
    ~StringVector() {
        kfree(buf_);
        kfree(offs_);
        kfree(ptrs_);
    }
    // Appends every string of a NULL-terminated user vector.
    long copy_from(u64 uvec) {
        if (!uvec) return 0;
        for (u64 i = 0;; i++) {
            u64 up;
            if (!get_user(up, uvec + i * 8)) return -EFAULT;
            if (!up) return 0;
            if ((u64(count_) + 1) * sizeof(char*) > exec::kArgMax) return -E2BIG;
            for (;;) {
                u64 room = cap_ - used_;
                long n = room ? strncpy_from_user(buf_ + used_, reinterpret_cast<const char*>(up), room) : -ENAMETOOLONG;
                if (n >= 0) {
                    if (long e = push_offset(used_)) return e;
                    used_ += u64(n) + 1;
                    break;
                }
                if (n != -ENAMETOOLONG) return n;
                if (cap_ >= exec::kArgMax) return -E2BIG;
                if (!grow(buf_, cap_, 1, max<u64>(cap_ * 2, 4096))) return -ENOMEM;
            }
        }
    }
    // The pointer array of every string copied (valid until destruction).
    const char** pointers() {
        if (!ptrs_) {
            ptrs_ = static_cast<const char**>(kmalloc(sizeof(char*) * (count_ + 1)));
            if (!ptrs_) return nullptr;
            for (u32 i = 0; i < count_; i++) ptrs_[i] = buf_ + offs_[i];
        }
        return ptrs_;
    }
    u32 count() const { return count_; }

private:
    template <typename T> static bool grow(T*& p, u64& cap, u64 elem, u64 want) {
        T* np = static_cast<T*>(kmalloc(want * elem));
        if (!np) return false;
        if (p) memcpy(np, p, cap * elem);
        kfree(p);
        p = np;
        cap = want;
        return true;
    }
    long push_offset(u64 off) {
        if (count_ == ocap_ && !grow(offs_, ocap_, sizeof(u32), max<u64>(ocap_ * 2, 64))) return -ENOMEM;
        offs_[count_++] = u32(off);
        return 0;
    }

    char* buf_ = nullptr;
    u64 cap_ = 0, used_ = 0;
    u32* offs_ = nullptr;
    u64 ocap_ = 0;
    u32 count_ = 0;
    const char** ptrs_ = nullptr;
};
} // namespace

namespace exec {
long execve(const char* path, const char* const* argv, u32 argc, const char* const* envp, u32 envc,
            const char** why) {
    return exec_depth(path, argv, argc, envp, envc, why, 0);
}
} // namespace exec

long sys_execve(SyscallArgs& a) {
    char* path = static_cast<char*>(kmalloc(vfs::kPathMax));
    if (!path) return -ENOMEM;
    long r = strncpy_from_user(path, reinterpret_cast<const char*>(a.a[0]), vfs::kPathMax);
    if (r >= 0) r = path[0] ? 0 : -ENOENT;
    StringVector strings;
    u32 argc = 0;
    if (!r) r = strings.copy_from(a.a[1]);
    if (!r) {
        argc = strings.count();
        r = strings.copy_from(a.a[2]);
    }
    const char** all = r ? nullptr : strings.pointers();
    if (!r && !all) r = -ENOMEM;
    const char* why = "";
    if (!r) r = exec::execve(path, all, argc, all + argc, strings.count() - argc, &why);
    kfree(path);
    // On success the frame now enters the new program; RAX must be 0 there.
    if (r == 0) {
        a.frame->rax = 0;
        ptrace::on_exec(current(), current()->tid);
    }
    return r;
}
