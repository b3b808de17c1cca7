// Runs `objdump -d -w` and walks its output instruction by instruction.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace tandem::rw {

struct DisasmInsn {
    std::string section;
    std::uint64_t addr = 0;
    std::string symbol;         // enclosing symbol as objdump names it
    std::uint64_t symbol_addr = 0;
    std::string text;           // instruction, without raw bytes or comment
};

// Runs objdump (the OBJDUMP environment variable, else "objdump") on `path`
// and calls `fn` for each instruction.  Returns false with `why` set if
// objdump could not be run or failed.
bool for_each_instruction(const std::string& path, const std::function<void(const DisasmInsn&)>& fn,
                          std::string& why);

} // namespace tandem::rw
