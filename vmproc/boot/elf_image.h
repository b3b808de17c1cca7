// A validated tandem guest image: an x86-64 ELF executable linked into the
// direct map, carrying vmlib's descriptor.  Validation happens entirely on
// the file's bytes, before anything is copied into guest memory.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <string>
#include <vector>

#include "result.h"
#include "symbols.h"

namespace tandem {

struct LoadSegment {
    std::uint64_t vaddr;  // kernel (direct-map) address
    std::uint64_t offset; // in the file
    std::uint64_t filesz;
    std::uint64_t memsz;
    std::uint32_t flags;  // PF_R/PF_W/PF_X
};

class ElfImage {
public:
    // Validates `bytes` (the contents of the file `name`) for a guest with
    // memory_size bytes of memory.  Every error names the file.
    static Result<ElfImage> parse(const std::string& name, std::vector<std::uint8_t> bytes,
                                  std::uint64_t memory_size);
    // Reads and validates the file at `path`.
    static Result<ElfImage> open(const std::string& path, std::uint64_t memory_size);

    // Copies every PT_LOAD segment to guest-physical (vaddr - direct map
    // base) in `guest`, a host view of guest-physical memory, zero-filling
    // up to p_memsz.
    void load_into(std::uint8_t* guest, std::uint64_t memory_size) const;

    const std::string& name() const { return name_; }
    std::uint64_t entry() const { return entry_; }
    const std::vector<LoadSegment>& segments() const { return segments_; }
    // First byte after the loaded image, guest-physical.
    std::uint64_t kernel_phys_end() const { return image_end_ - TANDEM_DIRECT_MAP_BASE; }
    std::uint64_t image_start() const { return image_start_; }
    std::uint64_t image_end() const { return image_end_; }
    // Where the descriptor lives once loaded (direct-map address), and a copy.
    std::uint64_t vmlib_desc_addr() const { return desc_addr_; }
    const tandem_vmlib_desc& vmlib_desc() const { return desc_; }
    const SymbolTable& symbols() const { return symbols_; }

private:
    ElfImage() = default;
    std::string name_;
    std::vector<std::uint8_t> bytes_;
    std::uint64_t entry_ = 0;
    std::vector<LoadSegment> segments_;
    std::uint64_t image_start_ = 0, image_end_ = 0;
    std::uint64_t desc_addr_ = 0;
    tandem_vmlib_desc desc_{};
    SymbolTable symbols_;

    friend class ElfParser;
};

} // namespace tandem
