// Opening export roots.  This is the only place where vmproc resolves a host
// path for the file service, and the paths come from the user, not the guest.
#include "fs_exports.h"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tandem {

FsExports& FsExports::operator=(FsExports&& other) noexcept {
    if (this != &other) {
        for (auto& e : list_) ::close(e.fd);
        list_ = std::move(other.list_);
        other.list_.clear();
    }
    return *this;
}

FsExports::~FsExports() {
    for (auto& e : list_) ::close(e.fd);
}

Result<FsExports> FsExports::open(const std::vector<ExportSpec>& specs) {
    FsExports out;
    for (const ExportSpec& s : specs) {
        int fd = ::open(s.host.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return Error{"export " + s.host + ": " + std::strerror(errno)};
        struct statfs sfs;
        bool pseudo = ::fstatfs(fd, &sfs) == 0 && is_pseudo_fs(static_cast<std::int64_t>(sfs.f_type));
        out.list_.push_back(FsExport{fd, s.guest, s.read_only, pseudo, s.keep_suid});
    }
    return out;
}

std::vector<ExportSpec> mount_order(const ExportSpec& root, const std::vector<ExportSpec>& binds) {
    std::vector<ExportSpec> v{root};
    std::vector<ExportSpec> b = binds;
    std::stable_sort(b.begin(), b.end(), [](const ExportSpec& x, const ExportSpec& y) {
        return path_depth(x.guest) < path_depth(y.guest);
    });
    v.insert(v.end(), b.begin(), b.end());
    return v;
}

bool is_pseudo_fs(std::int64_t f_type) {
    static const std::int64_t kinds[] = {
        PROC_SUPER_MAGIC, SYSFS_MAGIC,      DEVPTS_SUPER_MAGIC, DEBUGFS_MAGIC,   TRACEFS_MAGIC,
        SECURITYFS_MAGIC, CGROUP_SUPER_MAGIC, CGROUP2_SUPER_MAGIC, BPF_FS_MAGIC, PSTOREFS_MAGIC,
        EFIVARFS_MAGIC,   SELINUX_MAGIC,    SMACK_MAGIC,        BINFMTFS_MAGIC,  NSFS_MAGIC,
        0x62656570 /* configfs */, 0x65735543 /* fusectl */, 0x19800202 /* mqueue */,
        0x62646576 /* bdev */,     0x67596969 /* rpc_pipefs */,
    };
    for (std::int64_t k : kinds)
        if (f_type == k) return true;
    return false;
}

} // namespace tandem
