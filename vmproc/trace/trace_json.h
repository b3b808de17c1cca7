// The Chrome trace-event format's "JSON Object Format", which Perfetto's UI
// and trace processor and chrome://tracing load:
//     {"traceEvents":[{"ph":"X","name":..,"pid":..,"tid":..,"ts":..,"dur":..,"args":{..}},..],
//      "displayTimeUnit":"ns","otherData":{..}}
// ts and dur are microseconds (written with nanosecond digits); "M" events
// name processes and threads, "X" are complete events with a duration, "i"
// instants (thread scope), "C" counters.  Events are written to the file as
// they come, so memory stays bounded whatever the trace's length.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "result.h"

namespace tandem {

class TraceJsonFile {
public:
    // Creates (truncates) `path` and writes the opening of the object.
    static Result<std::unique_ptr<TraceJsonFile>> create(const std::string& path);
    ~TraceJsonFile();

    void name_process(int pid, std::string_view name);
    void name_thread(int pid, int tid, std::string_view name);
    // `args` is a JSON object's text ("" for none).
    void complete(int pid, int tid, std::string_view name, std::string_view category, std::uint64_t ts_ns,
                  std::uint64_t dur_ns, const std::string& args);
    void instant(int pid, int tid, std::string_view name, std::string_view category, std::uint64_t ts_ns,
                 const std::string& args);
    // A counter track `name` of process `pid`: each arg is one series.
    void counter(int pid, std::string_view name, std::uint64_t ts_ns, const std::string& args);
    // Closes the event array, writes "otherData" (the trace's own facts:
    // dropped events, its source ...) and the file; an error if any write failed.
    Status finish(const std::vector<std::pair<std::string, std::string>>& other_text,
                  const std::vector<std::pair<std::string, std::uint64_t>>& other_numbers);

    std::uint64_t events() const { return events_; }
    const std::string& path() const { return path_; }

private:
    TraceJsonFile(std::FILE* f, std::string path) : f_(f), path_(std::move(path)) {}
    // Writes the members every event has, up to and including "ts".
    void begin_event(char phase, int pid, int tid, std::string_view name, std::string_view category,
                     std::uint64_t ts_ns);
    void end_event(const std::string& args);

    std::FILE* f_;
    std::string path_;
    std::uint64_t events_ = 0;
};

// Microseconds with three decimals, the format's unit: "12.345".
std::string trace_microseconds(std::uint64_t ns);

} // namespace tandem
