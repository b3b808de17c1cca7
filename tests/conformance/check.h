/* Shared by the conformance programs: print a call's result or its errno
 * by name (numbers differ by nothing, names read better in diffs). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *ename(int e) {
    switch (e) {
#define E(x) case x: return #x;
    E(EPERM) E(ENOENT) E(ESRCH) E(EINTR) E(EIO) E(ENXIO) E(E2BIG) E(ENOEXEC) E(EBADF) E(ECHILD)
    E(EAGAIN) E(ENOMEM) E(EACCES) E(EFAULT) E(EBUSY) E(EEXIST) E(EXDEV) E(ENODEV) E(ENOTDIR)
    E(EISDIR) E(EINVAL) E(ENFILE) E(EMFILE) E(ENOTTY) E(EFBIG) E(ENOSPC) E(ESPIPE) E(EROFS)
    E(EMLINK) E(EPIPE) E(ERANGE) E(ENAMETOOLONG) E(ENOSYS) E(ENOTEMPTY) E(ELOOP) E(ETIMEDOUT)
    E(EOPNOTSUPP) E(ENOTSOCK) E(EAFNOSUPPORT) E(EADDRINUSE) E(ECONNREFUSED) E(ENOTCONN) E(EISCONN)
    E(EPROTOTYPE) E(EMSGSIZE) E(ENOPROTOOPT) E(ECONNRESET) E(EDESTADDRREQ) E(ESOCKTNOSUPPORT)
    E(EPROTONOSUPPORT) E(EDOM) E(EBADMSG) E(ENETUNREACH) E(EINPROGRESS) E(EADDRNOTAVAIL) E(EALREADY)
    E(ECONNABORTED) E(ENOBUFS)
#undef E
    default: return "E?";
    }
}

/* Non-negative results print as "ok" (values vary natively); a few callers
 * print what they need themselves. */
#define CHECK(what, expr)                                                     \
    do {                                                                      \
        long r_ = (long)(expr);                                               \
        if (r_ < 0) printf("%s: -1 %s\n", what, ename(errno));                \
        else printf("%s: %ld\n", what, r_);                                   \
    } while (0)
