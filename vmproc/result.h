// Errors as values: every fallible step in vmproc returns a Result<T> or a
// Status carrying one user-facing line, so main() decides how to report it
// and which exit status to use.  No exception is part of any interface.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tandem {

// Exit statuses of the `tandem` command that are not the guest's own.
inline constexpr int kExitError = 1; // tandem (or the guest image) failed
inline constexpr int kExitUsage = 2; // bad command line
// User-only mode: guest code tried a host system call outside its space's
// allow-list (128 + SIGSYS, as a process killed by seccomp would report).
inline constexpr int kExitIsolation = 159;

// One line for the user ("tandem: " is added by main), plus how to exit.
struct Error {
    Error(std::string msg, int code = kExitError, std::string hint_line = {})
        : message(std::move(msg)), exit_code(code), hint(std::move(hint_line)) {}
    std::string message;
    int exit_code;
    std::string hint; // second line, e.g. "Try 'tandem run --help'."
};

inline constexpr const char* kRunHelpHint = "Try 'tandem run --help'.";
inline constexpr const char* kMainHelpHint = "Try 'tandem --help'.";

// A usage error of `tandem run`: exit status 2 and, unless the message is
// self-explanatory, a pointer to the help text.
inline Error usage_error(std::string message, bool suggest_help = true) {
    return Error{std::move(message), kExitUsage, suggest_help ? kRunHelpHint : ""};
}

// A value or the reason there is none.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const T& value() const& { return std::get<0>(v_); }
    T* operator->() { return &std::get<0>(v_); }
    T& operator*() { return std::get<0>(v_); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

// Success, or the reason for failure.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error)) {}

    bool ok() const { return !error_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *error_; }

private:
    std::optional<Error> error_;
};

inline Status ok_status() { return Status(); }

} // namespace tandem

// Propagates an error out of the calling function; yields the value otherwise
// (GNU statement expression, supported by GCC and Clang).
#define TANDEM_TRY(expr)                                                     \
    ({                                                                       \
        auto tandem_try_result_ = (expr);                                    \
        if (!tandem_try_result_.ok()) return tandem_try_result_.error();     \
        std::move(tandem_try_result_).value();                               \
    })

// Propagates the error of a Status-returning expression.
#define TANDEM_CHECK(expr)                                                   \
    do {                                                                     \
        auto tandem_check_status_ = (expr);                                  \
        if (!tandem_check_status_.ok()) return tandem_check_status_.error(); \
    } while (0)
