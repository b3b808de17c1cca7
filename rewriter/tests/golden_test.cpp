// Golden tests: every tests/golden/NAME.s is rewritten and compared byte for
// byte with NAME.expected.s; the expected output must also assemble and pass
// --verify.  Set TANDEM_UPDATE_GOLDEN=1 to regenerate the expected files
// (then review the diff).
#include "rewriter.h"
#include "test_util.h"
#include "verify.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

namespace tandem::rw {
namespace {

namespace fs = std::filesystem;

// Every NAME.s in the golden directory (the expected files excluded).
std::vector<std::string> golden_names() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(REWRITER_GOLDEN_DIR)) {
        std::string n = e.path().filename().string();
        if (n.size() > 2 && n.ends_with(".s") && !n.ends_with(".expected.s"))
            names.push_back(n.substr(0, n.size() - 2));
    }
    std::sort(names.begin(), names.end());
    return names;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, RewritesExactly) {
    std::string dir = REWRITER_GOLDEN_DIR;
    std::string input = test::read_file(dir + "/" + GetParam() + ".s");
    RewriteResult r = rewrite_source(input, GetParam() + ".s");
    ASSERT_TRUE(r.errors.empty()) << r.errors.front();
    std::string expected_path = dir + "/" + GetParam() + ".expected.s";
    const char* update = std::getenv("TANDEM_UPDATE_GOLDEN");
    if (update && *update == '1')
        test::write_file(expected_path, r.text);
    ASSERT_TRUE(test::file_exists(expected_path)) << expected_path;
    EXPECT_EQ(r.text, test::read_file(expected_path));
}

TEST_P(Golden, OutputAssemblesAndVerifies) {
    std::string dir = REWRITER_GOLDEN_DIR;
    test::TempDir tmp;
    std::string obj = tmp.file(GetParam() + ".o");
    auto as = test::run({"as", "--64", "-o", obj, dir + "/" + GetParam() + ".expected.s"});
    ASSERT_EQ(as.status, 0) << as.err;
    std::ostringstream out, err;
    EXPECT_EQ(verify_file(obj, out, err), 0) << err.str();
    EXPECT_NE(out.str().find("verified"), std::string::npos);
}

TEST_P(Golden, RewritingTwiceChangesNothing) {
    std::string input = test::read_file(std::string(REWRITER_GOLDEN_DIR) + "/" + GetParam() + ".s");
    RewriteResult once = rewrite_source(input, "x.s");
    ASSERT_TRUE(once.errors.empty());
    RewriteResult twice = rewrite_source(once.text, "x.s");
    ASSERT_TRUE(twice.errors.empty());
    EXPECT_EQ(twice.text, once.text);
    EXPECT_EQ(twice.sites, 0u);
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, ::testing::ValuesIn(golden_names()),
                         [](const auto& info) { return info.param; });

} // namespace
} // namespace tandem::rw
