// The guest image's symbol table, kept after loading so that --stats can name
// the function holding each rewritten instruction site.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tandem {

class SymbolTable {
public:
    void add(std::uint64_t addr, std::uint64_t size, std::string name, bool is_function);
    // Sorts the symbols; call once after the last add().
    void finish();
    // "name+0xoff" for an address, or "0x..." when no symbol precedes it.
    std::string describe(std::uint64_t addr) const;
    // The demangled name of the symbol holding `addr` (no offset), or "0x..."
    // when no symbol precedes it: one frame of a --profile stack.
    std::string function(std::uint64_t addr) const;
    std::size_t size() const { return symbols_.size(); }
    // The address of the symbol named exactly `name` (not demangled), or 0.
    std::uint64_t address_of(const std::string& name) const;

private:
    struct Symbol {
        std::uint64_t addr;
        std::uint64_t size;
        std::string name;
        bool is_function;
    };
    // The last symbol at or below `addr`, or nullptr.
    const Symbol* holding(std::uint64_t addr) const;
    std::vector<Symbol> symbols_;
};

} // namespace tandem
