// The operations behind the path-based system calls, the mount helpers and
// each process's file-system context.
#include "fs/vfs.h"
#include "fs/pipe.h"
#include "fs/file.h"
#include "fs/inode.h"
#include "fs/inode_file.h"
#include "lib/errno.h"
#include "lib/kprintf.h"
#include "lib/string.h"
#include "mm/kmalloc.h"
#include "sched/sched.h"
#include "syscalls/current.h"

namespace vfs {
namespace {
bool is_dot(const char* name, u32 len) { return (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.'); }

// The parent and its (not mount-followed) child dentry for a create-type
// call; *child may be negative.
long parent_and_child(int dirfd, const char* path, Path* parent, Dentry** child, const char** name, u32* len) {
    long r = resolve_parent_at(dirfd, path, parent, name, len);
    if (r) return r;
    if (!*name) {
        path_put(*parent);
        return -EEXIST; // "/" or a path ending in ".."
    }
    if (*len > kNameMax) {
        path_put(*parent);
        return -ENAMETOOLONG;
    }
    if (is_dot(*name, *len)) {
        *child = nullptr;
        return 0;
    }
    long err = 0;
    *child = lookup_child(*parent, *name, *len, &err);
    if (!*child) {
        path_put(*parent);
        return err;
    }
    return 0;
}

// True if the last component was written with a slash after it ("new/"):
// Linux then takes the name to mean a directory.
bool trailing_slash(const char* name, u32 len) { return name[len] == '/'; }

void release(const Path& parent, Dentry* child) {
    if (child) dcache::put(child);
    path_put(parent);
}

bool mount_readonly(const Path& p) { return p.mnt->readonly || p.d->inode->fs->readonly; }

// True if `anc` is `d` or one of its ancestors (same mount).
bool is_ancestor(Dentry* anc, Dentry* d) {
    for (; d; d = d->parent)
        if (d == anc) return true;
    return false;
}
} // namespace

// ---- contexts ----
FsContext* create_fs_context() {
    FsContext* fs = knew<FsContext>();
    if (!fs) return nullptr;
    fs->refs = 1;
    Mount* m = mounts::root();
    if (m) {
        fs->root = fs->cwd = Path{m, m->root};
        dcache::get(m->root);
        dcache::get(m->root);
    }
    return fs;
}

FsContext* clone_fs_context(FsContext* src) {
    FsContext* fs = knew<FsContext>();
    if (!fs) return nullptr;
    fs->refs = 1;
    fs->root = src->root;
    fs->cwd = src->cwd;
    if (fs->root.d) path_get(fs->root);
    if (fs->cwd.d) path_get(fs->cwd);
    return fs;
}

void get_fs_context(FsContext* fs) { fs->refs++; }

void put_fs_context(FsContext* fs) {
    if (--fs->refs) return;
    if (fs->root.d) path_put(fs->root);
    if (fs->cwd.d) path_put(fs->cwd);
    kdelete(fs);
}

// ---- mounts ----
bool mount_root(FileSystem* fs) { return mounts::add(nullptr, nullptr, fs, "/") != nullptr; }

long mount_at(const char* path, FileSystem* fs) {
    Mount* m = mounts::root();
    if (!m || path[0] != '/') return -EINVAL;
    sched::PreemptGuard atomic;
    // Walk from the root, creating negative entries where names are missing:
    // a mount point need not exist in the file system below.
    Path cur{m, m->root};
    dcache::get(cur.d);
    const char* p = path;
    for (;;) {
        while (*p == '/') p++;
        if (!*p) break;
        const char* q = p;
        while (*q && *q != '/') q++;
        long err = 0;
        Dentry* child = cur.d->inode && cur.d->inode->is_dir() ? lookup_child(cur, p, u32(q - p), &err)
                                                                : dcache::find(cur.d, p, u32(q - p));
        if (!child) {
            // Below a missing directory: remember the name only.
            child = dcache::add(cur.d, p, u32(q - p), nullptr);
            if (!child) {
                path_put(cur);
                return -ENOMEM;
            }
            dcache::get(child);
        }
        Path next{cur.mnt, child};
        follow_mounts(&next);
        path_put(cur);
        cur = next;
        p = q;
    }
    Mount* nm = mounts::add(cur.mnt, cur.d, fs, path);
    path_put(cur);
    return nm ? 0 : -ENOMEM;
}

// ---- operations ----
File* open_path(const Path& p, u32 flags, long* err) {
    Inode* ino = p.d->inode;
    File* f = nullptr;
    if (flags & O_PATH) {
        f = make_path_file();
    } else if ((ino->mode & S_IFMT) == S_IFIFO) {
        f = pipe::open_fifo(ino, flags, err);
        if (!f) return nullptr;
    } else if ((f = ino->fs->open_special(ino, flags, err))) {
    } else if (*err) {
        return nullptr;
    } else if (ino->is_dir()) {
        f = make_dir_file();
    } else if (ino->is_reg()) {
        f = make_regular_file();
    } else if (ino->is_lnk()) {
        *err = -ELOOP;
        return nullptr;
    } else {
        *err = -ENXIO;
        return nullptr;
    }
    if (!f) {
        *err = -ENOMEM;
        return nullptr;
    }
    f->status_flags = flags & (O_ACCMODE | O_APPEND | O_NONBLOCK | O_PATH | O_DIRECTORY | O_LARGEFILE);
    f->path = p;
    path_get(p);
    return f;
}

// O_TMPFILE: a file with no name in directory `path`, reachable only
// through the descriptor (and linkat through /proc/self/fd).  Its dentry is
// an unhashed "#<ino>" under the directory, as Linux names it.
long open_tmpfile(int dirfd, const char* path, u32 flags, u32 mode, File** out) {
    u32 acc = flags & O_ACCMODE;
    if (acc != O_WRONLY && acc != O_RDWR) return -EINVAL;
    Path dir;
    long r = resolve_at(dirfd, path, kFollow | kDirectory, &dir);
    if (r) return r;
    if (mount_readonly(dir)) {
        path_put(dir);
        return -EROFS;
    }
    Inode* ino = nullptr;
    Inode* d = dir.d->inode;
    r = d->fs->tmpfile(d, (mode & 07777 & ~current_proc()->umask) | S_IFREG, &ino);
    if (r) {
        path_put(dir);
        return r;
    }
    char name[24];
    int n = ksnprintf(name, sizeof name, "#%lu", ino->ino);
    Dentry* child = dcache::make_unhashed(dir.d, name, u32(n), ino);
    if (!child) { // (the inode went with it)
        path_put(dir);
        return -ENOMEM;
    }
    Path p{dir.mnt, child};
    File* f = open_path(p, flags & ~u32(O_TMPFILE), &r);
    dcache::put(child);
    path_put(dir);
    if (!f) return r;
    *out = f;
    return 0;
}

long open(int dirfd, const char* path, u32 flags, u32 mode, File** out) {
    if ((flags & O_TMPFILE) == O_TMPFILE) return open_tmpfile(dirfd, path, flags, mode, out);
    u32 acc = flags & O_ACCMODE;
    if (acc == 3) return -EINVAL;
    bool writes = acc != O_RDONLY;
    Path p;
    if (flags & O_CREAT) {
        // Lookup and create as one step: "cat > f" must never see EEXIST
        // from a name another task created after our lookup missed.
        sched::PreemptGuard atomic;
        Path parent;
        Dentry* child;
        const char* name;
        u32 len;
        long r = parent_and_child(dirfd, path, &parent, &child, &name, &len);
        if (r == -EEXIST) return -EISDIR;
        if (r) return r;
        if (!child || trailing_slash(name, len)) {
            release(parent, child);
            return -EISDIR;
        }
        Path cp{parent.mnt, child};
        dcache::get(child);
        follow_mounts(&cp);
        if (cp.d->inode) {
            if (flags & O_EXCL) {
                path_put(cp);
                release(parent, child);
                return -EEXIST;
            }
            if (cp.d->inode->is_lnk()) {
                path_put(cp);
                release(parent, child);
                if (flags & O_NOFOLLOW) return -ELOOP;
                r = resolve_at(dirfd, path, kFollow, &p);
                if (r) return r;
            } else {
                p = cp;
                release(parent, child);
            }
        } else {
            path_put(cp);
            if (mount_readonly(parent)) {
                release(parent, child);
                return -EROFS;
            }
            Inode* ino = nullptr;
            Inode* dir = parent.d->inode;
            r = dir->fs->create(dir, name, len, (mode & 07777 & ~current_proc()->umask) | S_IFREG, &ino);
            if (r) {
                release(parent, child);
                return r;
            }
            dcache::instantiate(child, ino);
            p = Path{parent.mnt, child};
            dcache::get(child);
            release(parent, child);
            flags &= ~u32(O_TRUNC); // just created: already empty
        }
    } else {
        u32 wf = (flags & O_NOFOLLOW) ? 0 : kFollow;
        if (flags & O_DIRECTORY) wf |= kDirectory;
        long r = resolve_at(dirfd, path, wf, &p);
        if (r) return r;
        if (p.d->inode->is_lnk() && !(flags & O_PATH)) {
            path_put(p);
            return -ELOOP;
        }
    }
    Inode* ino = p.d->inode;
    long err = 0;
    if (!(flags & O_PATH)) {
        if ((flags & O_DIRECTORY) && !ino->is_dir()) err = -ENOTDIR;
        else if (ino->is_dir() && (writes || (flags & O_CREAT))) err = -EISDIR;
        // O_TRUNC truncates even with O_RDONLY (as on Linux), so it is a write.
        else if ((writes || (flags & O_TRUNC)) && ino->is_reg() && mount_readonly(p)) err = -EROFS;
        else if ((flags & O_TRUNC) && ino->is_reg() && ino->size) err = inode::truncate(ino, 0);
    }
    if (err) {
        path_put(p);
        return err;
    }
    File* f = open_path(p, flags, &err);
    path_put(p);
    if (!f) return err;
    *out = f;
    return 0;
}

// Shared body of mkdir, mknod and symlink: create a name that must not exist
// (only a directory's name may end in a slash).
template <typename Make> long create_common(int dirfd, const char* path, bool dir, Make&& make) {
    sched::PreemptGuard atomic; // the name checked is the name created
    Path parent;
    Dentry* child;
    const char* name;
    u32 len;
    long r = parent_and_child(dirfd, path, &parent, &child, &name, &len);
    if (r) return r;
    if (!child || child->inode || mounts::on(parent.mnt, child)) {
        release(parent, child);
        return -EEXIST;
    }
    if (!dir && trailing_slash(name, len)) {
        release(parent, child);
        return -ENOENT;
    }
    if (mount_readonly(parent)) {
        release(parent, child);
        return -EROFS;
    }
    Inode* ino = nullptr;
    r = make(parent.d->inode, name, len, &ino);
    if (!r) dcache::instantiate(child, ino);
    release(parent, child);
    return r;
}

long mkdir(int dirfd, const char* path, u32 mode) {
    u32 m = (mode & 07777 & ~current_proc()->umask) | S_IFDIR;
    return create_common(dirfd, path, true, [&](Inode* dir, const char* name, u32 len, Inode** out) {
        return dir->fs->mkdir(dir, name, len, m, out);
    });
}

long mknod(int dirfd, const char* path, u32 mode, u64 dev) {
    u32 type = mode & S_IFMT;
    if (type == 0) type = S_IFREG;
    u32 m = (mode & 07777 & ~current_proc()->umask) | type;
    return create_common(dirfd, path, false, [&](Inode* dir, const char* name, u32 len, Inode** out) {
        if (type == S_IFREG) return dir->fs->create(dir, name, len, m, out);
        return dir->fs->mknod(dir, name, len, m, dev, out);
    });
}

long symlink(const char* target, int dirfd, const char* path) {
    if (!target[0]) return -ENOENT;
    return create_common(dirfd, path, false, [&](Inode* dir, const char* name, u32 len, Inode** out) {
        return dir->fs->symlink(dir, name, len, target, out);
    });
}

// Shared body of unlink and rmdir.
long remove(int dirfd, const char* path, bool dir) {
    sched::PreemptGuard atomic; // the dentry checked is the one removed
    Path parent;
    Dentry* child;
    const char* name;
    u32 len;
    long r = parent_and_child(dirfd, path, &parent, &child, &name, &len);
    if (r == -EEXIST) return dir ? -EBUSY : -EISDIR;
    if (r) return r;
    if (!child) {
        path_put(parent);
        return dir ? (len == 1 ? -EINVAL : -ENOTEMPTY) : -EISDIR;
    }
    Inode* victim = child->inode;
    if (!victim) r = -ENOENT;
    else if (mounts::on(parent.mnt, child)) r = -EBUSY;
    else if ((dir || trailing_slash(name, len)) && !victim->is_dir()) r = -ENOTDIR;
    else if (!dir && victim->is_dir()) r = -EISDIR;
    else if (mount_readonly(parent)) r = -EROFS;
    else {
        Inode* d = parent.d->inode;
        r = dir ? d->fs->rmdir(d, name, len, victim) : d->fs->unlink(d, name, len, victim);
        if (!r) {
            // Open files keep the old dentry and inode; new lookups go to the fs.
            if (dir) dcache::unhash_children(child);
            dcache::unhash(child);
        }
    }
    release(parent, child);
    return r;
}

long unlink(int dirfd, const char* path) { return remove(dirfd, path, false); }
long rmdir(int dirfd, const char* path) { return remove(dirfd, path, true); }

long rename(int odirfd, const char* opath, int ndirfd, const char* npath, u32 flags) {
    constexpr u32 RENAME_NOREPLACE = 1, RENAME_EXCHANGE = 2;
    if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE)) return -EINVAL;
    if ((flags & RENAME_NOREPLACE) && (flags & RENAME_EXCHANGE)) return -EINVAL;
    sched::PreemptGuard atomic; // both dentries stay what was checked until moved
    Path op, np;
    Dentry *oc, *nc;
    const char *oname, *nname;
    u32 olen, nlen;
    long r = parent_and_child(odirfd, opath, &op, &oc, &oname, &olen);
    if (r) return r == -EEXIST ? -EBUSY : r;
    r = parent_and_child(ndirfd, npath, &np, &nc, &nname, &nlen);
    if (r) {
        release(op, oc);
        return r == -EEXIST ? -EBUSY : r;
    }
    Inode* src = oc ? oc->inode : nullptr;
    Inode* dst = nc ? nc->inode : nullptr;
    if (!oc || !nc) r = -EBUSY;
    else if (!src) r = -ENOENT;
    else if (op.mnt != np.mnt) r = -EXDEV;
    else if (mounts::on(op.mnt, oc) || mounts::on(np.mnt, nc)) r = -EBUSY;
    else if (mount_readonly(op)) r = -EROFS;
    else if ((flags & RENAME_EXCHANGE) && !dst) r = -ENOENT;
    else if (!src->is_dir() && (trailing_slash(oname, olen) || trailing_slash(nname, nlen))) r = -ENOTDIR;
    else if ((flags & RENAME_NOREPLACE) && dst) r = -EEXIST;
    else if (src == dst) r = 0;
    else if (dst && src->is_dir() && !dst->is_dir() && !(flags & RENAME_EXCHANGE)) r = -ENOTDIR;
    else if (dst && !src->is_dir() && dst->is_dir() && !(flags & RENAME_EXCHANGE)) r = -EISDIR;
    else if (src->is_dir() && is_ancestor(oc, np.d)) r = -EINVAL;
    else if (dst && dst->is_dir() && is_ancestor(nc, op.d)) r = -ENOTEMPTY;
    else {
        r = op.d->inode->fs->rename(op.d->inode, oname, olen, np.d->inode, nname, nlen, flags);
        if (!r) {
            if (flags & RENAME_EXCHANGE) {
                dcache::unhash_children(oc);
                dcache::unhash_children(nc);
                dcache::unhash(oc);
                dcache::unhash(nc);
            } else {
                if (dst && dst->is_dir()) dcache::unhash_children(nc);
                dcache::unhash(nc);
                dcache::move(oc, np.d, nname, nlen);
            }
        }
    }
    release(np, nc);
    release(op, oc);
    return r;
}

long link(int odirfd, const char* opath, int ndirfd, const char* npath, u32 flags) {
    constexpr u32 AT_SYMLINK_FOLLOW = 0x400, AT_EMPTY_PATH = 0x1000;
    if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) return -EINVAL;
    sched::PreemptGuard atomic; // the new name checked is the name linked
    Path old;
    long r = resolve_at(odirfd, opath, (flags & AT_SYMLINK_FOLLOW) ? kFollow : 0, &old);
    if (r) return r;
    if (old.d->inode->is_dir()) {
        path_put(old);
        return -EPERM;
    }
    Path parent;
    Dentry* child;
    const char* name;
    u32 len;
    r = parent_and_child(ndirfd, npath, &parent, &child, &name, &len);
    if (r) {
        path_put(old);
        return r;
    }
    if (!child || child->inode) r = -EEXIST;
    else if (trailing_slash(name, len)) r = -ENOENT;
    else if (parent.mnt != old.mnt) r = -EXDEV;
    else if (mount_readonly(parent)) r = -EROFS;
    else {
        Inode* ino = old.d->inode;
        r = ino->fs->link(ino, parent.d->inode, name, len);
        if (!r) {
            inode::get(ino);
            dcache::instantiate(child, ino);
        }
    }
    release(parent, child);
    path_put(old);
    return r;
}

long readlink(int dirfd, const char* path, char* buf, u32 size) {
    Path p;
    long r = resolve_at(dirfd, path, 0, &p);
    if (r) return r;
    Inode* ino = p.d->inode;
    r = ino->is_lnk() ? ino->fs->readlink(ino, buf, size) : -EINVAL;
    path_put(p);
    return r;
}

long chdir(const Path& p) {
    if (!p.d->inode->is_dir()) return -ENOTDIR;
    FsContext* fs = current_proc()->fs;
    path_get(p);
    path_put(fs->cwd);
    fs->cwd = p;
    return 0;
}

} // namespace vfs
