// libFuzzer target: the file service's request decoder and dispatcher
// (vmproc's FileService) over a fake guest memory, with real host
// exports in a temporary tree.  The input is a guest's view of the queue:
//
//   128 bytes            names and buffers, copied to guest-physical kNames
//   then records:        1 byte `n` (low 3 bits + 1 = slots to submit;
//                        bit 7: next 4 bytes are a forged `submitted`;
//                        bit 6: next 4 bytes are a forged `slot_count`),
//                        then n requests of 112 bytes, then a kick.
//
// Guest memory is a heap block of exactly kMemSize bytes, so AddressSanitizer
// reports any access outside it.  After every kick the host is checked:
// the files outside the exports must be unchanged (a confinement escape
// aborts, which the fuzzer reports as a crash).
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "fs/file_service.h"

namespace {

constexpr std::uint64_t kMemSize = 64 * 1024;
constexpr std::uint64_t kQueue = 0x1000;
constexpr std::uint32_t kSlots = 8;
constexpr std::uint64_t kNames = 0x8000;
constexpr std::size_t kNameBytes = 128;

std::string g_top;        // the temporary tree
bool g_rw_dirty = true;   // the last input may have changed the read-write export
std::string g_outside;    // a file beside the exports that must never change
std::string g_outside_text = "outside every export\n";

void write_file(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// Recreates the read-write export, so every input starts from the same host state.
void reset_rw() {
    std::error_code ec;
    std::filesystem::remove_all(g_top + "/rw", ec);
    std::filesystem::create_directory(g_top + "/rw");
    write_file(g_top + "/rw/a", "file a\n");
    std::filesystem::create_directory(g_top + "/rw/d");
    write_file(g_top + "/rw/d/b", "file b\n");
}

// The host tree: ro/ (read-only root export), rw/ (read-write bind) and
// outside/ beside them.
void make_tree() {
    // On tmpfs when there is one: FSYNC and many creates are disk-bound elsewhere.
    char shm[] = "/dev/shm/tandem-fuzz-fs-XXXXXX", tmp[] = "/tmp/tandem-fuzz-fs-XXXXXX";
    const char* made = ::mkdtemp(shm);
    if (!made) made = ::mkdtemp(tmp);
    if (!made) std::abort();
    g_top = made;
    std::filesystem::create_directories(g_top + "/ro/dir");
    std::filesystem::create_directories(g_top + "/outside");
    write_file(g_top + "/ro/file", "read-only text\n");
    write_file(g_top + "/ro/dir/inner", "inner\n");
    std::filesystem::create_symlink("../outside/secret", g_top + "/ro/link");
    std::filesystem::create_symlink("/", g_top + "/ro/rootlink");
    g_outside = g_top + "/outside/secret";
    write_file(g_outside, g_outside_text);
    reset_rw();
}

// Aborts if anything outside the exports changed.
void check_outside() {
    std::ifstream f(g_outside);
    std::string text((std::istreambuf_iterator<char>(f)), {});
    if (text != g_outside_text) {
        std::fprintf(stderr, "confinement broken: %s changed\n", g_outside.c_str());
        std::abort();
    }
    std::error_code ec;
    std::size_t entries = 0;
    for (auto it = std::filesystem::directory_iterator(g_top, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec))
        entries++;
    if (entries != 3) {
        std::fprintf(stderr, "confinement broken: %zu entries in %s\n", entries, g_top.c_str());
        std::abort();
    }
}

void remove_tree() {
    std::error_code ec;
    std::filesystem::remove_all(g_top, ec);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    make_tree();
    std::atexit(remove_tree);
    return 0;
}

// True if a request that can change the host tree succeeded.
static bool may_have_written(const tandem::FsCounters& c) {
    for (int op : {TANDEM_FS_OPEN, TANDEM_FS_WRITE, TANDEM_FS_CREATE, TANDEM_FS_MKDIR, TANDEM_FS_UNLINK, TANDEM_FS_RMDIR,
                   TANDEM_FS_RENAME, TANDEM_FS_SYMLINK, TANDEM_FS_LINK, TANDEM_FS_SETATTR})
        if (c.requests[op] > c.errors[op]) return true;
    return false;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (g_rw_dirty) reset_rw();
    std::vector<tandem::ExportSpec> specs = {{g_top + "/ro", "/", true}, {g_top + "/rw", "/rw", false}};
    auto exports = tandem::FsExports::open(specs);
    if (!exports.ok()) std::abort();
    auto mem = std::make_unique<std::uint8_t[]>(kMemSize);
    std::memset(mem.get(), 0, kMemSize);
    auto* q = reinterpret_cast<tandem_fs_queue*>(mem.get() + kQueue);
    auto* slots = reinterpret_cast<tandem_fs_slot*>(q + 1);
    q->slot_count = kSlots;
    tandem::FileService service(mem.get(), kMemSize, kQueue, kSlots, std::move(exports.value()), 64);

    std::size_t at = std::min(size, kNameBytes);
    std::memcpy(mem.get() + kNames, data, at);
    while (at < size) {
        std::uint8_t head = data[at++];
        std::uint32_t n = (head & 7u) + 1;
        auto word = [&](std::uint32_t& out) {
            if (at + 4 > size) return false;
            std::memcpy(&out, data + at, 4);
            at += 4;
            return true;
        };
        std::uint32_t forged_submitted = 0, forged_count = 0;
        bool have_submitted = (head & 0x80) && word(forged_submitted);
        bool have_count = (head & 0x40) && word(forged_count);
        for (std::uint32_t i = 0; i < n && at + sizeof(tandem_fs_request) <= size; i++) {
            tandem_fs_slot& s = slots[q->submitted % kSlots];
            std::memcpy(&s.req, data + at, sizeof s.req);
            at += sizeof s.req;
            q->submitted = q->submitted + 1;
        }
        if (have_submitted) q->submitted = forged_submitted;
        if (have_count) q->slot_count = forged_count;
        // What the service must have completed (all of it, or a reset to
        // it); `submitted` itself may be overwritten by a request's data.
        const std::uint32_t expected = q->submitted;
        service.out(TANDEM_FS_KICK, 4, 0);
        if (q->slot_count != kSlots || q->completed != expected) {
            std::fprintf(stderr, "queue not resynchronised: slot_count %u completed %u submitted %u\n", q->slot_count,
                         q->completed, q->submitted);
            std::abort();
        }
        check_outside();
    }
    g_rw_dirty = may_have_written(service.counters());
    return 0;
}
