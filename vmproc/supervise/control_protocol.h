// The control socket's protocol (docs/SUPERVISOR.md): one JSON object per
// line in each direction.  A request names its command,
//     {"command":"info"} | {"command":"stats"} | {"command":"top"}
//     | {"command":"trace-start","path":"/abs/file"} | {"command":"trace-stop"}
// and every reply has "ok": true with the data, or "ok": false with "error".
#pragma once

#include <string>
#include <string_view>

#include "live_view.h"
#include "result.h"

namespace tandem {

enum class ControlCommand { Info, Stats, Top, TraceStart, TraceStop };

// The longest request line a server accepts.
inline constexpr std::size_t kMaxRequestLine = 4096;

// Parses one request line (without its newline); an error for anything but
// an object with a known "command" string.
Result<ControlCommand> parse_request(std::string_view line);

// The request line for a command (with its newline).
std::string request_line(ControlCommand command);

// The trace-start request line for `path` (with its newline).
std::string trace_start_line(const std::string& path);

// Answers one request line of connection `session` (a token: the trace a
// connection starts is that connection's); never fails (bad requests get an
// error reply).
std::string answer_request(std::string_view line, const LiveSources& sources, const void* session = nullptr);

// A connection ended: a trace it left open is closed (its file completed).
void end_session(const LiveSources& sources, const void* session);

} // namespace tandem
