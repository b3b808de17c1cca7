// A scratch directory for one unit test: made by mkdtemp under /tmp and
// removed, with everything in it, when the object goes.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace tandem::test_support {

class TempDir {
public:
    // `name` goes into the directory's name (/tmp/tandem-NAME-XXXXXX), so
    // that one left behind by a crashed test says whose it was.
    explicit TempDir(const std::string& name) {
        std::string pattern = "/tmp/tandem-" + name + "-XXXXXX";
        if (::mkdtemp(pattern.data())) path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    // False when mkdtemp failed (the path is then empty).
    bool ok() const { return !path_.empty(); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

} // namespace tandem::test_support
