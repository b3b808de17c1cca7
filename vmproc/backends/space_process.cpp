// Starting, watching and ending user-only space processes.
#include "space_process.h"

#include <fcntl.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace tandem {

namespace {

struct SyscallName {
    int nr;
    const char* name;
};

// Generated at configure time from the host's <asm/unistd_64.h>.
constexpr SyscallName kSyscallNames[] = {
#include "host_syscall_names.inc"
};

// How long a stub may take to install its filter and report.
constexpr int kStartTimeoutMs = 10000;

// Why a stub that ended during set-up ended (platform.h section 10).
std::string setup_failure(int status) {
    if (WIFSIGNALED(status)) return std::string("killed by signal ") + strsignal(WTERMSIG(status));
    if (!WIFEXITED(status)) return "ended";
    switch (WEXITSTATUS(status)) {
    case TANDEM_SPACE_EXIT_CONFIG: return "no valid configuration on its channel";
    case TANDEM_SPACE_EXIT_MAP: return "could not map guest memory, the user window or its local area";
    case TANDEM_SPACE_EXIT_SIGNALS: return "could not set up its signal handlers or host timer";
    case TANDEM_SPACE_EXIT_DISPATCH: return "Syscall User Dispatch was refused (Linux 5.11 or later is needed)";
    case TANDEM_SPACE_EXIT_FILTER: return "its seccomp filter was refused";
    case TANDEM_SPACE_EXIT_CHANNEL: return "could not hand over its filter's listener";
    case 127: return "could not be executed";
    default: return "exited with status " + std::to_string(WEXITSTATUS(status));
    }
}

// Receives the ready byte and the listener; -1 with errno on failure, 0 on EOF.
int receive_listener(int sock, int* listener) {
    pollfd p{sock, POLLIN, 0};
    int r = ::poll(&p, 1, kStartTimeoutMs);
    if (r <= 0) {
        errno = r == 0 ? ETIMEDOUT : errno;
        return -1;
    }
    char byte = 0;
    iovec iov{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n = ::recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    if (n <= 0) return int(n);
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    if (byte != char(TANDEM_SPACE_READY) || !c || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS ||
        c->cmsg_len != CMSG_LEN(sizeof(int))) {
        errno = EPROTO;
        return -1;
    }
    std::memcpy(listener, CMSG_DATA(c), sizeof(int));
    return 1;
}

// Waits for the stub to close its end of the channel (no more bytes may come).
bool channel_closed(int sock) {
    pollfd p{sock, POLLIN, 0};
    if (::poll(&p, 1, kStartTimeoutMs) != 1) return false;
    char byte;
    return ::recv(sock, &byte, 1, 0) == 0;
}

} // namespace

const char* host_syscall_name(int nr) {
    for (const SyscallName& s : kSyscallNames)
        if (s.nr == nr) return s.name;
    return nullptr;
}

std::string describe(const SpaceViolation& v) {
    char where[64];
    std::snprintf(where, sizeof where, " at 0x%llx", static_cast<unsigned long long>(v.ip));
    std::string what;
    if (v.arch != AUDIT_ARCH_X86_64) {
        what = "i386 host system call " + std::to_string(v.nr);
    } else {
        const char* name = host_syscall_name(v.nr);
        what = std::string("host system call ") + (name ? name : "?") + " (" + std::to_string(v.nr) + ")";
    }
    return "forbidden " + what + where;
}

std::string space_stub_beside_self() {
    char self[4096];
    ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return "tandem-space";
    std::string path(self, std::size_t(n));
    return path.substr(0, path.rfind('/') + 1) + "tandem-space";
}

SpaceProcess::SpaceProcess(SpaceProcess&& o) noexcept
    : pid_(std::exchange(o.pid_, -1)), pidfd_(std::exchange(o.pidfd_, -1)), listener_(std::exchange(o.listener_, -1)),
      setup_fd_(std::exchange(o.setup_fd_, -1)) {}

SpaceProcess& SpaceProcess::operator=(SpaceProcess&& o) noexcept {
    if (this != &o) {
        kill_and_reap();
        pid_ = std::exchange(o.pid_, -1);
        pidfd_ = std::exchange(o.pidfd_, -1);
        listener_ = std::exchange(o.listener_, -1);
        setup_fd_ = std::exchange(o.setup_fd_, -1);
    }
    return *this;
}

SpaceProcess::~SpaceProcess() { kill_and_reap(); }

void SpaceProcess::close_fds() {
    if (pidfd_ >= 0) ::close(pidfd_);
    if (listener_ >= 0) ::close(listener_);
    if (setup_fd_ >= 0) ::close(setup_fd_);
    pidfd_ = listener_ = setup_fd_ = -1;
}

int SpaceProcess::kill_and_reap() {
    if (pid_ <= 0) {
        close_fds();
        return -1;
    }
    if (pidfd_ >= 0) ::syscall(SYS_pidfd_send_signal, pidfd_, SIGKILL, nullptr, 0);
    else ::kill(pid_, SIGKILL);
    return wait();
}

int SpaceProcess::wait() {
    int status = -1;
    if (pid_ > 0) {
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
    }
    close_fds();
    return status;
}

Result<SpaceProcess> SpaceProcess::start(const std::string& stub, int memfd, tandem_space_config config) {
    SpaceProcess space = TANDEM_TRY(spawn(stub, memfd, config));
    TANDEM_CHECK(space.finish_start());
    return space;
}

Result<SpaceProcess> SpaceProcess::spawn(const std::string& stub, int memfd, tandem_space_config config) {
    config.magic = TANDEM_SPACE_CONFIG_MAGIC;
    config.abi_version = TANDEM_ABI_VERSION;
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
        return Error{std::string("space channel: ") + std::strerror(errno), kExitError};

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, memfd, TANDEM_SPACE_MEMORY_FD);
    posix_spawn_file_actions_adddup2(&fa, sv[1], TANDEM_SPACE_CHANNEL_FD);
    posix_spawn_file_actions_addclosefrom_np(&fa, TANDEM_SPACE_CHANNEL_FD + 1);
    char arg0[] = "tandem-space";
    char* argv[] = {arg0, nullptr};
    char* envp[] = {nullptr};
    SpaceProcess space;
    int rc = ::posix_spawn(&space.pid_, stub.c_str(), &fa, nullptr, argv, envp);
    posix_spawn_file_actions_destroy(&fa);
    ::close(sv[1]);
    if (rc != 0) {
        ::close(sv[0]);
        space.pid_ = -1;
        return Error{"cannot start " + stub + ": " + std::strerror(rc), kExitError};
    }
    space.pidfd_ = int(::syscall(SYS_pidfd_open, space.pid_, 0));

    space.setup_fd_ = sv[0];
    // The configuration fits the socket's buffer: the stub reads it when it runs.
    const char* bytes = reinterpret_cast<const char*>(&config);
    std::size_t left = sizeof config;
    while (left) {
        ssize_t n = ::write(sv[0], bytes, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        bytes += n;
        left -= std::size_t(n);
    }
    if (left) {
        int saved = errno;
        int status = space.kill_and_reap();
        return Error{"a space process (" + stub + ") failed to start: " +
                         (status != -1 ? setup_failure(status) : std::string(std::strerror(saved))),
                     kExitError};
    }
    return space;
}

Status SpaceProcess::finish_start() {
    int listener = -1;
    int got = receive_listener(setup_fd_, &listener);
    int saved = errno;
    // The stub closes the listener, then the channel, before it runs guest
    // code: end of file here means it holds guest memory and nothing else.
    if (got > 0 && !channel_closed(setup_fd_)) {
        got = -1;
        saved = EPROTO;
    }
    ::close(setup_fd_);
    setup_fd_ = -1;
    if (got <= 0) {
        if (listener >= 0) ::close(listener);
        int status = kill_and_reap();
        std::string why = got == 0 || status != -1 ? setup_failure(status) : std::strerror(saved);
        return Error{"a space process (tandem-space) failed to start: " + why, kExitError};
    }
    listener_ = listener;
    return ok_status();
}

Result<SpaceViolation> SpaceProcess::next_violation(int timeout_ms) const {
    pollfd p[2] = {{listener_, POLLIN, 0}, {pidfd_, POLLIN, 0}};
    int r = ::poll(p, pidfd_ >= 0 ? 2 : 1, timeout_ms);
    if (r < 0) return Error{std::string("poll: ") + std::strerror(errno)};
    if (r == 0) return Error{"no refused system call"};
    if (!(p[0].revents & POLLIN)) return Error{"the space process ended"};
    seccomp_notif n{};
    if (::ioctl(listener_, SECCOMP_IOCTL_NOTIF_RECV, &n) < 0)
        return Error{std::string("seccomp listener: ") + std::strerror(errno)};
    SpaceViolation v;
    v.pid = pid_t(n.pid);
    v.nr = n.data.nr;
    v.arch = n.data.arch;
    v.ip = n.data.instruction_pointer;
    for (int i = 0; i < 6; i++) v.args[std::size_t(i)] = n.data.args[i];
    return v;
}

} // namespace tandem
