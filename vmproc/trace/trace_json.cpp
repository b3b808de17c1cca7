// Writing the format by hand keeps each event one fprintf: names and
// categories go through json::append_string (escaped), numbers are integers
// or microseconds with a fixed number of decimals.
#include "trace_json.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "supervise/json.h"

namespace tandem {

std::string trace_microseconds(std::uint64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llu.%03llu", static_cast<unsigned long long>(ns / 1000),
                  static_cast<unsigned long long>(ns % 1000));
    return buf;
}

Result<std::unique_ptr<TraceJsonFile>> TraceJsonFile::create(const std::string& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) return Error{"trace: cannot write " + path + ": " + std::strerror(errno)};
    std::FILE* f = ::fdopen(fd, "w");
    if (!f) {
        ::close(fd);
        return Error{"trace: cannot write " + path + ": " + std::strerror(errno)};
    }
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
    std::fputs("{\"traceEvents\":[\n", f);
    return std::unique_ptr<TraceJsonFile>(new TraceJsonFile(f, path));
}

TraceJsonFile::~TraceJsonFile() {
    if (f_) std::fclose(f_);
}

void TraceJsonFile::begin_event(char phase, int pid, int tid, std::string_view name, std::string_view category,
                                std::uint64_t ts_ns) {
    std::string head = events_ ? ",\n{\"ph\":\"" : "{\"ph\":\"";
    head += phase;
    head += "\",\"name\":";
    json::append_string(head, name);
    if (!category.empty()) {
        head += ",\"cat\":";
        json::append_string(head, category);
    }
    head += ",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid) + ",\"ts\":" + trace_microseconds(ts_ns);
    std::fputs(head.c_str(), f_);
    events_++;
}

void TraceJsonFile::end_event(const std::string& args) {
    if (!args.empty()) {
        std::fputs(",\"args\":", f_);
        std::fputs(args.c_str(), f_);
    }
    std::fputc('}', f_);
}

void TraceJsonFile::name_process(int pid, std::string_view name) {
    std::string args = "{\"name\":";
    json::append_string(args, name);
    begin_event('M', pid, 0, "process_name", "", 0);
    end_event(args + "}");
}

void TraceJsonFile::name_thread(int pid, int tid, std::string_view name) {
    std::string args = "{\"name\":";
    json::append_string(args, name);
    begin_event('M', pid, tid, "thread_name", "", 0);
    end_event(args + "}");
}

void TraceJsonFile::complete(int pid, int tid, std::string_view name, std::string_view category, std::uint64_t ts_ns,
                             std::uint64_t dur_ns, const std::string& args) {
    begin_event('X', pid, tid, name, category, ts_ns);
    std::fputs((",\"dur\":" + trace_microseconds(dur_ns)).c_str(), f_);
    end_event(args);
}

void TraceJsonFile::instant(int pid, int tid, std::string_view name, std::string_view category, std::uint64_t ts_ns,
                            const std::string& args) {
    begin_event('i', pid, tid, name, category, ts_ns);
    std::fputs(",\"s\":\"t\"", f_);
    end_event(args);
}

void TraceJsonFile::counter(int pid, std::string_view name, std::uint64_t ts_ns, const std::string& args) {
    begin_event('C', pid, 0, name, "", ts_ns);
    end_event(args);
}

Status TraceJsonFile::finish(const std::vector<std::pair<std::string, std::string>>& other_text,
                             const std::vector<std::pair<std::string, std::uint64_t>>& other_numbers) {
    json::Writer w;
    w.begin_object();
    for (const auto& [k, v] : other_text) w.member(k, v);
    for (const auto& [k, v] : other_numbers) w.member(k, v);
    w.end_object();
    std::fputs("\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":", f_);
    std::fputs(w.text().c_str(), f_);
    std::fputs("}\n", f_);
    bool failed = std::ferror(f_) != 0;
    failed |= std::fclose(f_) != 0;
    f_ = nullptr;
    if (failed) return Error{"trace: writing " + path_ + " failed"};
    return ok_status();
}

} // namespace tandem
