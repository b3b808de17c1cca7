// --pmem SIZE:FILE (docs/SUPERVISOR.md, "Persistent memory"): the file that
// keeps the guest's pseudo-non-volatile region across tandem runs.  The
// region itself is guest memory after RAM; its contents are read from the
// file at start and written back after each guest failure and at the end.
#pragma once

#include <cstdint>
#include <string>

#include "result.h"

namespace tandem {

class PmemStore {
public:
    // Opens FILE, creating it with `size` zero bytes if it does not exist;
    // an existing file of another size is an error (nothing is changed).
    // The file is locked (flock) so that two VM processes never share it.
    static Result<PmemStore> open(const std::string& path, std::uint64_t size);
    PmemStore(PmemStore&& other) noexcept;
    PmemStore& operator=(PmemStore&&) = delete;
    ~PmemStore();

    // Copies the file into the region (`size` bytes at `region`).
    Status load(std::uint8_t* region) const;
    // Writes the region to the file and waits until it is on disk.
    Status save(const std::uint8_t* region) const;

private:
    PmemStore(int fd, std::string path, std::uint64_t size) : fd_(fd), path_(std::move(path)), size_(size) {}
    int fd_ = -1;
    std::string path_;
    std::uint64_t size_ = 0;
};

} // namespace tandem
