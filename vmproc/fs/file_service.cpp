// Queue walking and request dispatch for the file device.  The queue header
// and every slot are guest memory and may hold anything: the geometry comes
// from vmproc's own copy, each request is copied out before it is looked at,
// and every guest-physical range and name is checked before an op runs.
#include "file_service.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>

#include "boot/clock.h"
#include "devices/device_registry.h"

namespace tandem {

const DeviceSpec kFileSpec{"file", TANDEM_DEV_FILE, TANDEM_PORT_FILE, TANDEM_VEC_FILE};

namespace {
const DeviceRegistration registration(kFileSpec);
} // namespace

FileService::FileService(std::uint8_t* guest, std::uint64_t guest_size, std::uint64_t queue_phys,
                         std::uint32_t slot_count, FsExports exports, std::size_t max_objects,
                         std::size_t fd_budget)
    : mem_{guest, guest_size}, queue_phys_(queue_phys), slot_count_(slot_count),
      valid_(slot_count > 0 && mem_.contains(queue_phys, sizeof(tandem_fs_queue) +
                                                             std::uint64_t{slot_count} * sizeof(tandem_fs_slot))),
      exports_(std::move(exports)), nodes_(max_objects, fd_budget), ops_(nodes_, exports_) {
    if (valid_) completed_ = reinterpret_cast<tandem_fs_queue*>(mem_.at(queue_phys_))->completed;
}

std::size_t FileService::default_fd_budget() {
    struct rlimit rl;
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return 4096;
    return static_cast<std::size_t>(rl.rlim_cur / 2);
}

void FileService::reset() {
    nodes_.clear();
    completed_ = valid_ ? reinterpret_cast<tandem_fs_queue*>(mem_.at(queue_phys_))->completed : 0;
}

// Port writes: only the kick register exists.
bool FileService::out(std::uint16_t offset, std::uint8_t, std::uint32_t) {
    if (offset != TANDEM_FS_KICK) return false;
    kick();
    return true;
}

// At most slot_count slots per kick: a guest that claims more than that is
// outstanding has corrupted the queue, and nothing of it is performed.
void FileService::kick() {
    if (!valid_) return;
    auto* q = reinterpret_cast<tandem_fs_queue*>(mem_.at(queue_phys_));
    auto* slots = reinterpret_cast<tandem_fs_slot*>(mem_.at(queue_phys_ + sizeof(tandem_fs_queue)));
    q->slot_count = slot_count_;
    const std::uint32_t submitted = q->submitted;
    std::uint32_t pending = submitted - completed_;
    if (pending > slot_count_) {
        counters_.queue_resets++;
        completed_ = submitted;
        q->completed = completed_;
        return;
    }
    for (; pending; pending--) {
        perform(&slots[completed_ % slot_count_]);
        completed_++;
        q->completed = completed_;
    }
    // A request may have written its data over the queue's own header (the
    // guest chose the buffer): the service's fields are published again.
    q->slot_count = slot_count_;
    q->completed = completed_;
}

// One slot: copy the request out, validate, run, count, write the reply.
void FileService::perform(tandem_fs_slot* slot) {
    const std::uint64_t start_tsc = trace_ && trace_->on() ? read_tsc() : 0;
    nodes_.trim(); // between requests: no op holds a node or handle now
    FsCall call;
    std::memcpy(&call.req, &slot->req, sizeof call.req);
    tandem_fs_reply rep{};
    std::int64_t r = prepare(call);
    if (r == 0) r = dispatch(call, rep);
    rep.result = r;
    const std::uint32_t op = call.req.op;
    if (op > 0 && op < TANDEM_FS_OP_COUNT) {
        counters_.requests[op]++;
        if (r < 0) counters_.errors[op]++;
    } else {
        counters_.unknown_ops++;
    }
    counters_.stale_nodes = nodes_.stale_replaced();
    std::memcpy(&slot->rep, &rep, sizeof rep);
    if (start_tsc) {
        const char* name = fs_op_name(op);
        trace_->request("file service", name ? name : "unknown op", start_tsc, r, call.req.len);
    }
}

// Copies a name argument out of guest memory and checks it; 0 or -errno.
std::int64_t FileService::read_name(std::uint64_t phys, std::uint32_t len, FsArg kind, std::string& out) const {
    const std::uint32_t max = kind == FsArg::Component ? TANDEM_FS_NAME_MAX : TANDEM_FS_PATH_MAX - 1;
    if (len > max) return -ENAMETOOLONG;
    if (!mem_.contains(phys, len)) return -EFAULT;
    out.assign(reinterpret_cast<const char*>(mem_.at(phys)), len);
    return kind == FsArg::Component ? check_component(out) : check_target(out);
}

// Checks the arguments the op takes: its names and its buffer.
std::int64_t FileService::prepare(FsCall& c) const {
    const tandem_fs_request& q = c.req;
    if (!fs_op_name(q.op)) return -ENOSYS;
    FsOpShape shape = fs_op_shape(q.op);
    if (shape.name != FsArg::None)
        if (std::int64_t r = read_name(q.name, q.name_len, shape.name, c.name); r < 0) return r;
    if (shape.name2 != FsArg::None)
        if (std::int64_t r = read_name(q.name2, q.name2_len, shape.name2, c.name2); r < 0) return r;
    if (shape.buf && q.len) {
        if (!mem_.contains(q.buf, q.len)) return -EFAULT;
        c.buf = mem_.at(q.buf);
    }
    return 0;
}

// Op number to implementation (prepare() already refused unknown numbers).
std::int64_t FileService::dispatch(const FsCall& c, tandem_fs_reply& rep) {
    switch (c.req.op) {
    case TANDEM_FS_GETATTR: return ops_.getattr(c, rep);
    case TANDEM_FS_LOOKUP: return ops_.lookup(c, rep);
    case TANDEM_FS_FORGET: return ops_.forget(c);
    case TANDEM_FS_OPEN: return ops_.open(c, rep);
    case TANDEM_FS_CLOSE: return ops_.close(c);
    case TANDEM_FS_READ: return ops_.read(c);
    case TANDEM_FS_WRITE: return ops_.write(c, rep);
    case TANDEM_FS_READDIR: return ops_.readdir(c, rep);
    case TANDEM_FS_CREATE: return ops_.create(c, rep);
    case TANDEM_FS_MKDIR: return ops_.mkdir(c, rep);
    case TANDEM_FS_MKNOD: return ops_.mknod(c, rep);
    case TANDEM_FS_UNLINK: return ops_.unlink(c, false);
    case TANDEM_FS_RMDIR: return ops_.unlink(c, true);
    case TANDEM_FS_RENAME: return ops_.rename(c);
    case TANDEM_FS_SYMLINK: return ops_.symlink(c, rep);
    case TANDEM_FS_READLINK: return ops_.readlink(c);
    case TANDEM_FS_LINK: return ops_.link(c, rep);
    case TANDEM_FS_SETATTR: return ops_.setattr(c, rep);
    case TANDEM_FS_STATFS: return ops_.statfs(c);
    case TANDEM_FS_FSYNC: return ops_.fsync(c);
    case TANDEM_FS_EXPORTS: return ops_.exports(c);
    default: return -ENOSYS;
    }
}

} // namespace tandem
