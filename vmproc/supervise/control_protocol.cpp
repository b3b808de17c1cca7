// Requests are validated before anything is read for them.
#include "control_protocol.h"

#include "json.h"

namespace tandem {

namespace {
struct Named {
    const char* name;
    ControlCommand command;
};
constexpr Named kCommands[] = {
    {"info", ControlCommand::Info}, {"stats", ControlCommand::Stats}, {"top", ControlCommand::Top}};
} // namespace

Result<ControlCommand> parse_request(std::string_view line) {
    if (line.size() > kMaxRequestLine) return Error{"request too long"};
    json::Value v = TANDEM_TRY(json::parse(line));
    if (v.kind != json::Value::Kind::Object) return Error{"a request is a JSON object"};
    const json::Value* c = v.find("command");
    if (!c || c->kind != json::Value::Kind::String) return Error{"a request needs a \"command\" string"};
    for (const Named& n : kCommands)
        if (c->string == n.name) return n.command;
    return Error{"unknown command '" + c->string + "' (commands: info, stats, top)"};
}

std::string request_line(ControlCommand command) {
    for (const Named& n : kCommands)
        if (n.command == command) return std::string("{\"command\":\"") + n.name + "\"}\n";
    return "{}\n";
}

std::string answer_request(std::string_view line, const LiveSources& sources) {
    auto command = parse_request(line);
    if (!command) return error_reply(command.error().message);
    switch (*command) {
    case ControlCommand::Info: return info_reply(sources);
    case ControlCommand::Stats: return stats_reply(sources);
    case ControlCommand::Top: return processes_reply(sources);
    }
    return error_reply("unknown command");
}

} // namespace tandem
