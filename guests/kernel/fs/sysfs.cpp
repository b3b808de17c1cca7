// A fixed tree of generated files (fs/pseudo_tree.h) mounted at /sys.
#include "fs/sysfs.h"
#include "fs/inode.h"
#include "fs/pseudo_tree.h"
#include "fs/text.h"
#include "lib/errno.h"
#include "mm/kmalloc.h"

namespace {
constexpr u64 kSysfsMagic = 0x62656572;

// The vCPUs: one (the list format is "0", or "0-N" with more).
void gen_cpu_list(Text& t) { t.add("0\n"); }

const TreeNode kNodes[] = {
    {"devices", S_IFDIR | 0555, nullptr},
    {"devices/system", S_IFDIR | 0555, nullptr},
    {"devices/system/cpu", S_IFDIR | 0555, nullptr},
    {"devices/system/cpu/online", S_IFREG | 0444, gen_cpu_list},
    {"devices/system/cpu/possible", S_IFREG | 0444, gen_cpu_list},
    {"devices/system/cpu/present", S_IFREG | 0444, gen_cpu_list},
    {"devices/system/cpu/cpu0", S_IFDIR | 0555, nullptr},
    {"fs", S_IFDIR | 0555, nullptr},
    {"kernel", S_IFDIR | 0555, nullptr},
};
constexpr int kCount = int(sizeof kNodes / sizeof kNodes[0]);

// The node index of an inode (pseudo_tree::kRoot for the root).
int node_of(Inode* i) { return int(i->ino) - 2; }

class Sysfs final : public FileSystem {
public:
    const char* name() const override { return "sysfs"; }
    u64 magic() const override { return kSysfsMagic; }

    Inode* make(int node) {
        Inode* i = inode::alloc(this);
        if (!i) return nullptr;
        i->ino = u64(node + 2);
        i->mode = node == pseudo_tree::kRoot ? (S_IFDIR | 0555) : kNodes[node].mode;
        i->nlink = (i->mode & S_IFMT) == S_IFDIR ? 2 : 1;
        if (node != pseudo_tree::kRoot && kNodes[node].gen) i->size = 4096; // as sysfs reports its files
        return i;
    }
    long lookup(Inode* dir, const char* name, u32 len, Inode** out) override {
        int k = pseudo_tree::lookup(kNodes, kCount, node_of(dir), name, len);
        if (k < 0) return -ENOENT;
        return (*out = make(k)) ? 0 : -ENOMEM;
    }
    long readdir(Inode* dir, u64* pos, DirEmit emit, void* ctx) override {
        u64 seen = 0;
        for (int k = 0; k < kCount; k++) {
            if (!pseudo_tree::is_child(kNodes, k, node_of(dir))) continue;
            if (seen++ < *pos) continue;
            const char* base = pseudo_tree::base_name(kNodes[k]);
            if (!emit(ctx, base, u32(kstrlen(base)), u64(k + 2), u8((kNodes[k].mode & S_IFMT) >> 12))) return 0;
            *pos = seen;
        }
        return 0;
    }
    File* open_special(Inode* i, u32, long* err) override {
        int k = node_of(i);
        if (k == pseudo_tree::kRoot || !kNodes[k].gen) return nullptr; // directories
        Text t;
        kNodes[k].gen(t);
        return make_snapshot_file(t, err);
    }
};
} // namespace

namespace sysfs {
FileSystem* create() {
    Sysfs* fs = knew<Sysfs>();
    if (!fs) return nullptr;
    fs->dev = 0x16;
    fs->root = fs->make(pseudo_tree::kRoot);
    return fs->root ? fs : nullptr;
}
} // namespace sysfs
