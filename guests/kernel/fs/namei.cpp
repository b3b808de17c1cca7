// Path walk: components one by one through the dentry cache, crossing
// mounts, resolving ".." without escaping the process root, following
// symlinks (at most kMaxSymlinks), with Linux's errors.
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/vfs.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "sched/sched.h"
#include "syscalls/current.h"

namespace vfs {
namespace {

// "..": up one directory, crossing mount roots, never above the root.
void go_up(Path* p, const Path& root) {
    for (;;) {
        if (p->d == root.d && p->mnt == root.mnt) return;
        if (p->d == p->mnt->root) {
            if (!p->mnt->parent) return;
            Dentry* mp = p->mnt->mountpoint;
            dcache::get(mp);
            dcache::put(p->d);
            p->mnt = p->mnt->parent;
            p->d = mp;
            continue;
        }
        Dentry* up = p->d->parent;
        dcache::get(up);
        dcache::put(p->d);
        p->d = up;
        return;
    }
}

long walk(Path cur, const char* path, u32 flags, u32* links, Path* out, bool parent_only, const char** last,
          u32* last_len);

// Follows the symlink `link` found in directory `dir`: the walk of its text,
// or straight to the object of a /proc link (which need not have a name).
long follow_link(const Path& dir, Dentry* link, u32 flags, u32* links, Path* out) {
    if (++*links > kMaxSymlinks) return -ELOOP;
    long direct = link->inode->fs->link_target(link->inode, out);
    if (direct != -EINVAL) {
        if (direct) return direct;
        if ((flags & kDirectory) && !out->d->inode->is_dir()) {
            path_put(*out);
            return -ENOTDIR;
        }
        return 0;
    }
    char* buf = static_cast<char*>(kmalloc(kPathMax));
    if (!buf) return -ENOMEM;
    long n = link->inode->fs->readlink(link->inode, buf, kPathMax - 1);
    if (n < 0) {
        kfree(buf);
        return n;
    }
    if (n == 0) {
        kfree(buf);
        return -ENOENT;
    }
    buf[n] = 0;
    path_get(dir);
    long r = walk(dir, buf, flags, links, out, false, nullptr, nullptr);
    kfree(buf);
    return r;
}

// Consumes `cur` (its reference) and produces *out.
long walk(Path cur, const char* path, u32 flags, u32* links, Path* out, bool parent_only, const char** last,
          u32* last_len) {
    FsContext* fs = current_proc()->fs;
    if (path[0] == '/') {
        path_put(cur);
        cur = fs->root;
        path_get(cur);
    }
    const char* p = path;
    for (;;) {
        while (*p == '/') p++;
        if (!*p) break;
        const char* q = p;
        while (*q && *q != '/') q++;
        u32 len = u32(q - p);
        const char* rest = q;
        while (*rest == '/') rest++;
        bool is_last = *rest == 0;
        bool trailing_slash = is_last && *q == '/';
        if (len > kNameMax) {
            path_put(cur);
            return -ENAMETOOLONG;
        }
        if (!cur.d->inode || !cur.d->inode->is_dir()) {
            path_put(cur);
            return cur.d->inode ? -ENOTDIR : -ENOENT;
        }
        if (parent_only && is_last) {
            *last = p;
            *last_len = len;
            *out = cur;
            return 0;
        }
        if (len == 1 && p[0] == '.') {
            p = q;
            continue;
        }
        if (len == 2 && p[0] == '.' && p[1] == '.') {
            go_up(&cur, fs->root);
            p = q;
            continue;
        }
        long err = 0;
        Dentry* child = lookup_child(cur, p, len, &err);
        if (!child) {
            path_put(cur);
            return err;
        }
        Path next{cur.mnt, child};
        follow_mounts(&next);
        if (!next.d->inode) {
            path_put(next);
            path_put(cur);
            return -ENOENT;
        }
        if (next.d->inode->is_lnk() && (!is_last || (flags & kFollow) || trailing_slash)) {
            Path target;
            u32 f = is_last ? (flags | (trailing_slash ? kDirectory : 0)) : (kFollow | kDirectory);
            long r = follow_link(cur, next.d, f | kFollow, links, &target);
            path_put(next);
            path_put(cur);
            if (r) return r;
            cur = target;
        } else {
            path_put(cur);
            cur = next;
            if (trailing_slash && !cur.d->inode->is_dir()) {
                path_put(cur);
                return -ENOTDIR;
            }
        }
        p = q;
    }
    if (parent_only) {
        // The path had no last component ("/", "a/.." ...).
        *last = nullptr;
        *last_len = 0;
        *out = cur;
        return 0;
    }
    if ((flags & kDirectory) && !cur.d->inode->is_dir()) {
        path_put(cur);
        return -ENOTDIR;
    }
    *out = cur;
    return 0;
}

// The starting point for a relative path: the cwd or an open directory.
long start_at(int dirfd, const char* path, Path* start) {
    if (path[0] == '/' || dirfd == kAtFdCwd) {
        *start = current_proc()->fs->cwd;
        path_get(*start);
        return 0;
    }
    File* f = current_proc()->fds->get_file(dirfd);
    if (!f) return -EBADF;
    if (!f->path.d) return -ENOTDIR;
    if (!f->path.d->inode || !f->path.d->inode->is_dir()) return -ENOTDIR;
    *start = f->path;
    path_get(*start);
    return 0;
}
} // namespace

void follow_mounts(Path* p) {
    while (Mount* m = mounts::on(p->mnt, p->d)) {
        dcache::get(m->root);
        dcache::put(p->d);
        p->mnt = m;
        p->d = m->root;
    }
}

// Find, ask the file system, add: one step for other tasks, or a task
// preempted after its LOOKUP could add a stale (say negative) dentry next to
// the one another task created meanwhile, and later finds would see it.
Dentry* lookup_child(const Path& dir, const char* name, u32 len, long* err) {
    sched::PreemptGuard atomic;
    Inode* dino = dir.d->inode;
    bool cacheable = !dino->fs->volatile_names();
    Dentry* d = cacheable ? dcache::find(dir.d, name, len) : nullptr;
    if (d) {
        dcache::get(d);
        return d;
    }
    Inode* found = nullptr;
    long r = dino->fs->lookup(dino, name, len, &found);
    if (r && r != -ENOENT) {
        *err = r;
        return nullptr;
    }
    if (!cacheable) {
        d = dcache::make_unhashed(dir.d, name, len, r ? nullptr : found);
        if (!d) *err = -ENOMEM;
        return d;
    }
    d = dcache::add(dir.d, name, len, r ? nullptr : found);
    if (!d) {
        *err = -ENOMEM;
        return nullptr;
    }
    dcache::get(d);
    return d;
}

long resolve_at(int dirfd, const char* path, u32 flags, Path* out) {
    if (!path[0]) return -ENOENT;
    dcache::shrink(); // nothing is held without a reference here
    Path start;
    if (long r = start_at(dirfd, path, &start)) return r;
    u32 links = 0;
    return walk(start, path, flags, &links, out, false, nullptr, nullptr);
}

long resolve_parent_at(int dirfd, const char* path, Path* parent, const char** last, u32* len) {
    if (!path[0]) return -ENOENT;
    dcache::shrink();
    Path start;
    if (long r = start_at(dirfd, path, &start)) return r;
    u32 links = 0;
    return walk(start, path, 0, &links, parent, true, last, len);
}

long d_path(const Path& p, char* buf, u32 size) {
    if (size < 2) return -ERANGE;
    const Path& root = current_proc()->fs->root;
    // Built backwards from the end of buf.
    u32 pos = size - 1;
    buf[pos] = 0;
    Mount* mnt = p.mnt;
    Dentry* d = p.d;
    bool reachable = true;
    for (;;) {
        if (d == root.d && mnt == root.mnt) break;
        if (d == mnt->root) {
            if (!mnt->parent) {
                reachable = false;
                break;
            }
            d = mnt->mountpoint;
            mnt = mnt->parent;
            continue;
        }
        if (!d->parent) break;
        if (d->len + 1 > pos) return -ENAMETOOLONG;
        pos -= d->len;
        memcpy(buf + pos, d->name, d->len);
        buf[--pos] = '/';
        d = d->parent;
    }
    // Objects of internal file systems mounted nowhere (pipes) are named
    // as Linux names them: "pipe:[N]", no leading slash.
    if (!reachable && mnt != mounts::root() && pos < size - 1 && buf[pos] == '/') pos++;
    if (pos == size - 1) buf[--pos] = '/';
    u32 n = size - pos; // including the NUL
    memmove(buf, buf + pos, n);
    return long(n - 1);
}

} // namespace vfs
