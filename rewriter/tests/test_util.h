// Helpers shared by the rewriter tests: temporary directories, files and
// running commands.
#pragma once

#include <string>
#include <vector>

namespace tandem::rw::test {

// A fresh directory under $TMPDIR, removed with its contents on destruction.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

  private:
    std::string path_;
};

struct RunResult {
    int status = -1; // exit status, or -1 if it did not exit normally
    std::string out, err;
};

// Runs `argv` (no shell) and captures its output.
RunResult run(const std::vector<std::string>& argv);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
bool file_exists(const std::string& path);

} // namespace tandem::rw::test
