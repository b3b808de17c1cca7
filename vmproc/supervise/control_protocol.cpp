// Requests are validated before anything is read for them.
#include "control_protocol.h"

#include "json.h"
#include "trace/tracer.h"

namespace tandem {

namespace {
struct Named {
    const char* name;
    ControlCommand command;
};
constexpr Named kCommands[] = {{"info", ControlCommand::Info},
                               {"stats", ControlCommand::Stats},
                               {"top", ControlCommand::Top},
                               {"trace-start", ControlCommand::TraceStart},
                               {"trace-stop", ControlCommand::TraceStop}};

// The request as a JSON object and its command.
Result<std::pair<json::Value, ControlCommand>> parse_object(std::string_view line) {
    if (line.size() > kMaxRequestLine) return Error{"request too long"};
    json::Value v = TANDEM_TRY(json::parse(line));
    if (v.kind != json::Value::Kind::Object) return Error{"a request is a JSON object"};
    const json::Value* c = v.find("command");
    if (!c || c->kind != json::Value::Kind::String) return Error{"a request needs a \"command\" string"};
    for (const Named& n : kCommands)
        if (c->string == n.name) return std::pair{std::move(v), n.command};
    return Error{"unknown command '" + c->string + "' (commands: info, stats, top, trace-start, trace-stop)"};
}

// trace-start: {"command":"trace-start","path":"/absolute/file"}; the file
// is written with this process's rights, which are the client's (the
// server answers its own user only).
std::string trace_start(const json::Value& request, const LiveSources& s, const void* session) {
    if (!s.tracer) return error_reply("this VM cannot be traced");
    const json::Value* path = request.find("path");
    if (!path || path->kind != json::Value::Kind::String || path->string.empty() || path->string[0] != '/' ||
        path->string.find('\0') != std::string::npos)
        return error_reply("trace-start needs an absolute \"path\"");
    Status started = s.tracer->start(path->string, session, "tandem trace");
    if (!started) return error_reply(started.error().message);
    json::Writer w;
    w.begin_object().member("ok", true).member("path", path->string).end_object();
    return w.text();
}

// trace-stop: ends the trace this connection started.
std::string trace_stop(const LiveSources& s, const void* session) {
    if (!s.tracer) return error_reply("this VM cannot be traced");
    auto summary = s.tracer->stop(session);
    if (!summary) return error_reply(summary.error().message);
    json::Writer w;
    w.begin_object()
        .member("ok", true)
        .member("path", summary->path)
        .member("events", summary->events)
        .member("dropped", summary->dropped)
        .member("invalid", summary->invalid)
        .member("lost", summary->lost)
        .end_object();
    return w.text();
}
} // namespace

Result<ControlCommand> parse_request(std::string_view line) {
    auto parsed = TANDEM_TRY(parse_object(line));
    return parsed.second;
}

std::string request_line(ControlCommand command) {
    for (const Named& n : kCommands)
        if (n.command == command) return std::string("{\"command\":\"") + n.name + "\"}\n";
    return "{}\n";
}

std::string trace_start_line(const std::string& path) {
    json::Writer w;
    w.begin_object().member("command", "trace-start").member("path", path).end_object();
    return w.text() + "\n";
}

std::string answer_request(std::string_view line, const LiveSources& sources, const void* session) {
    auto parsed = parse_object(line);
    if (!parsed) return error_reply(parsed.error().message);
    switch (parsed->second) {
    case ControlCommand::Info: return info_reply(sources);
    case ControlCommand::Stats: return stats_reply(sources);
    case ControlCommand::Top: return processes_reply(sources);
    case ControlCommand::TraceStart: return trace_start(parsed->first, sources, session);
    case ControlCommand::TraceStop: return trace_stop(sources, session);
    }
    return error_reply("unknown command");
}

void end_session(const LiveSources& sources, const void* session) {
    if (sources.tracer && sources.tracer->owned_by(session)) (void)sources.tracer->stop(session);
}

} // namespace tandem
