// `tandem run --profile FILE`: vmproc's side of the sampling profiler
// (platform.h section 11).  It drains vmlib's sample ring (guest memory,
// read as hostile input, possibly while the guest runs), counts samples by
// where the vCPU was, and writes them symbolized: folded stacks to FILE
// ("program;kernel;function count", flame-graph input) and a top list to
// FILE.txt.
#pragma once

#include <tandem/platform.h>

#include <cstdint>
#include <map>
#include <string>
#include <tuple>

#include "boot/symbols.h"
#include "result.h"

namespace tandem {

class ProfileCollector {
public:
    // `ring` is vmlib's ring in vmproc's view of guest memory.
    explicit ProfileCollector(const std::uint8_t* ring) : ring_(ring) {}

    // Takes every sample written since the last drain.  Safe while vmlib
    // writes: samples it may have overwritten meanwhile are counted as lost.
    void drain();

    // A restarted guest (--restart) starts an empty ring: drain() the old
    // one first, then this; the samples of every guest add up.
    void restarted() { read_ = 0; }

    std::uint64_t samples() const { return samples_; }
    std::uint64_t lost() const { return lost_; }

    // Folded stacks, one "frame;frame count" line per stack, most samples first.
    std::string folded(const SymbolTable& symbols) const;
    // The top list: shares by where, by program, by function.
    std::string top_list(const SymbolTable& symbols, std::uint64_t interval_ns) const;
    // Creates (empties) `path` and `path`.txt, so that a profile that could
    // not be written is an error before the guest runs, not after.
    static Status create_outputs(const std::string& path);
    // Writes folded() to `path` and top_list() to `path`.txt.
    Status write(const std::string& path, const SymbolTable& symbols, std::uint64_t interval_ns) const;

private:
    // Samples counted by what names them: where, program, and the RIP (the
    // exit reason for vmproc's samples).
    using Key = std::tuple<std::uint32_t, std::string, std::uint64_t>;
    void take(const tandem_profile_sample& s);

    const std::uint8_t* ring_;
    std::uint32_t read_ = 0; // vmproc's own index: the guest never writes it
    std::uint64_t samples_ = 0;
    std::uint64_t lost_ = 0;
    std::map<Key, std::uint64_t> counts_;
};

} // namespace tandem
