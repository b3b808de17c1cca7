// The control socket's protocol (docs/SUPERVISOR.md): one JSON object per
// line in each direction.  A request names its command,
//     {"command":"info"} | {"command":"stats"} | {"command":"top"}
// and every reply has "ok": true with the data, or "ok": false with "error".
#pragma once

#include <string>
#include <string_view>

#include "live_view.h"
#include "result.h"

namespace tandem {

enum class ControlCommand { Info, Stats, Top };

// The longest request line a server accepts.
inline constexpr std::size_t kMaxRequestLine = 4096;

// Parses one request line (without its newline); an error for anything but
// an object with a known "command" string.
Result<ControlCommand> parse_request(std::string_view line);

// The request line for a command (with its newline).
std::string request_line(ControlCommand command);

// Answers one request line; never fails (bad requests get an error reply).
std::string answer_request(std::string_view line, const LiveSources& sources);

} // namespace tandem
