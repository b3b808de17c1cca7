// execve on a path: permission checks, "#!" interpreter scripts, then the
// ELF loader (proc/exec.cpp); and the system call, which copies argv/envp
// out of the old address space before it is replaced.
#include "arch/usercopy.h"
#include "fs/inode.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "proc/exec.h"
#include "syscalls/current.h"
#include "syscalls/syscalls.h"

namespace {
constexpr u32 kMaxScriptDepth = 4;
constexpr u64 kMaxStrings = 512 * 1024; // bytes of argv + envp strings
constexpr u32 kMaxArgs = 16384;

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
    if (!ino->is_reg()) r = ino->is_dir() ? -EACCES : -EACCES;
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
    ExecRequest req{ino, path, argv, argc, envp, envc};
    r = exec::execute(req, why);
    path_put(p);
    return r;
}

// Copies a NULL-terminated user vector of strings into `pool`.
long copy_strings(u64 uvec, char* pool, u64* used, const char** out, u32* count) {
    *count = 0;
    if (!uvec) return 0;
    for (;;) {
        u64 up;
        if (!get_user(up, uvec + u64(*count) * 8)) return -EFAULT;
        if (!up) return 0;
        if (*count >= kMaxArgs) return -E2BIG;
        long n = strncpy_from_user(pool + *used, reinterpret_cast<const char*>(up), kMaxStrings - *used);
        if (n == -ENAMETOOLONG) return -E2BIG;
        if (n < 0) return n;
        out[(*count)++] = pool + *used;
        *used += u64(n) + 1;
    }
}
} // namespace

namespace exec {
long execve(const char* path, const char* const* argv, u32 argc, const char* const* envp, u32 envc,
            const char** why) {
    return exec_depth(path, argv, argc, envp, envc, why, 0);
}
} // namespace exec

long sys_execve(SyscallArgs& a) {
    char* pool = static_cast<char*>(kmalloc(kMaxStrings + vfs::kPathMax));
    const char** argv = static_cast<const char**>(kmalloc(sizeof(char*) * kMaxArgs));
    const char** envp = static_cast<const char**>(kmalloc(sizeof(char*) * kMaxArgs));
    long r = -ENOMEM;
    if (pool && argv && envp) {
        char* path = pool + kMaxStrings;
        r = strncpy_from_user(path, reinterpret_cast<const char*>(a.a[0]), vfs::kPathMax);
        if (r >= 0) r = path[0] ? 0 : -ENOENT;
        u64 used = 0;
        u32 argc = 0, envc = 0;
        if (!r) r = copy_strings(a.a[1], pool, &used, argv, &argc);
        if (!r) r = copy_strings(a.a[2], pool, &used, envp, &envc);
        const char* why = "";
        if (!r) r = exec::execve(path, argv, argc, envp, envc, &why);
    }
    kfree(pool);
    kfree(argv);
    kfree(envp);
    // On success the frame now enters the new program; RAX must be 0 there.
    return r;
}
