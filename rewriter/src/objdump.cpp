#include "objdump.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace tandem::rw {
namespace {

// Runs argv without a shell, capturing stdout in `out` and stderr in `err_text`.
bool capture(const std::vector<std::string>& args, std::string& out, std::string& err_text,
             int& status, std::string& why) {
    int out_pipe[2], err_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0 || pipe2(err_pipe, O_CLOEXEC) != 0) {
        why = std::strerror(errno);
        return false;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err_pipe[1], 2);
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    if (rc != 0) {
        ::close(out_pipe[0]);
        ::close(err_pipe[0]);
        why = "cannot run " + args[0] + ": " + std::strerror(rc);
        return false;
    }
    // Drain both pipes together so neither can fill up and stall objdump.
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&out, &err_text};
    char buf[65536];
    int open_fds = 2;
    while (open_fds > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int k = 0; k < 2; ++k) {
            if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t n = ::read(fds[k].fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                fds[k].fd = -1;
                --open_fds;
            } else {
                sinks[k]->append(buf, static_cast<std::size_t>(n));
            }
        }
    }
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return true;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

} // namespace

bool for_each_instruction(const std::string& path, const std::function<void(const DisasmInsn&)>& fn,
                          std::string& why) {
    const char* tool = std::getenv("OBJDUMP");
    std::string out, err;
    int status = 0;
    if (!capture({tool && *tool ? tool : "objdump", "-d", "-w", path}, out, err, status, why))
        return false;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        why = "objdump failed";
        if (!err.empty())
            why += ": " + err.substr(0, err.find('\n'));
        return false;
    }
    DisasmInsn cur;
    const std::string sec_tag = "Disassembly of section ";
    std::size_t pos = 0;
    while (pos < out.size()) {
        std::size_t nl = out.find('\n', pos);
        std::string line = out.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        pos = nl == std::string::npos ? out.size() : nl + 1;
        if (line.rfind(sec_tag, 0) == 0) {
            cur.section = line.substr(sec_tag.size());
            if (!cur.section.empty() && cur.section.back() == ':')
                cur.section.pop_back();
            cur.symbol = cur.section;
            cur.symbol_addr = 0;
            continue;
        }
        // Symbol header: "0000000000001000 <name>:"
        std::size_t lt = line.find(" <");
        if (lt != std::string::npos && lt > 0 && is_hex(line[0]) && line.size() > 2 &&
            line.compare(line.size() - 2, 2, ">:") == 0) {
            cur.symbol = line.substr(lt + 2, line.size() - lt - 4);
            cur.symbol_addr = std::strtoull(line.c_str(), nullptr, 16);
            continue;
        }
        // Instruction: "  addr:\tbytes\ttext"
        std::size_t colon = line.find(":\t");
        if (colon == std::string::npos)
            continue;
        std::size_t i = 0;
        while (i < colon && line[i] == ' ')
            ++i;
        if (i == colon || line.find_first_not_of("0123456789abcdef", i) != colon)
            continue;
        std::size_t tab = line.find('\t', colon + 2);
        if (tab == std::string::npos)
            continue; // bytes only
        cur.addr = std::strtoull(line.c_str() + i, nullptr, 16);
        std::string text = line.substr(tab + 1);
        if (std::size_t hash = text.find(" #"); hash != std::string::npos)
            text.erase(hash);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
            text.pop_back();
        // Collapse objdump's column padding ("in     $0x60,%al").
        std::string compact;
        for (char c : text) {
            if (c == '\t')
                c = ' ';
            if (c == ' ' && !compact.empty() && compact.back() == ' ')
                continue;
            compact += c;
        }
        cur.text = compact;
        if (!cur.text.empty() && cur.section.size())
            fn(cur);
    }
    return true;
}

} // namespace tandem::rw
