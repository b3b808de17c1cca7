// Address-to-symbol lookup for statistics output.
#include "symbols.h"

#include <cxxabi.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tandem {

void SymbolTable::add(std::uint64_t addr, std::uint64_t size, std::string name, bool is_function) {
    symbols_.push_back(Symbol{addr, size, std::move(name), is_function});
}

// Sorted by address; at one address functions come last so that the lookup
// (which takes the last candidate) prefers them over plain labels.
void SymbolTable::finish() {
    std::stable_sort(symbols_.begin(), symbols_.end(), [](const Symbol& a, const Symbol& b) {
        if (a.addr != b.addr) return a.addr < b.addr;
        return !a.is_function && b.is_function;
    });
}

// C++ names read better demangled ("checks_fpu()" rather than "_Z10checks_fpuv").
static std::string demangle(const std::string& name) {
    if (name.rfind("_Z", 0) != 0) return name;
    int status = 0;
    char* out = abi::__cxa_demangle(name.c_str(), nullptr, nullptr, &status);
    if (status != 0 || !out) return name;
    std::string result(out);
    std::free(out);
    return result;
}

std::uint64_t SymbolTable::address_of(const std::string& name) const {
    for (const Symbol& s : symbols_)
        if (s.name == name) return s.addr;
    return 0;
}

const SymbolTable::Symbol* SymbolTable::holding(std::uint64_t addr) const {
    auto it = std::upper_bound(symbols_.begin(), symbols_.end(), addr,
                               [](std::uint64_t a, const Symbol& s) { return a < s.addr; });
    if (it == symbols_.begin()) return nullptr;
    return &*std::prev(it);
}

static std::string hex(std::uint64_t addr) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(addr));
    return buf;
}

std::string SymbolTable::describe(std::uint64_t addr) const {
    const Symbol* s = holding(addr);
    if (!s) return hex(addr);
    return demangle(s->name) + "+" + hex(addr - s->addr);
}

std::string SymbolTable::function(std::uint64_t addr) const {
    const Symbol* s = holding(addr);
    if (!s) return hex(addr);
    return demangle(s->name);
}

} // namespace tandem
