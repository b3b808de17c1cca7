// tandem-stamp IMAGE...: writes the integrity stamp (image_stamp.h) into
// each guest image, in place.  The guest build runs it after linking.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include "image_stamp.h"

// Stamps one file; prints why not and returns false on failure.
static bool stamp_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "tandem-stamp: %s: cannot open\n", path);
        return false;
    }
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    if (bytes.size() < 16 || std::memcmp(bytes.data(), "\177ELF", 4) != 0) {
        std::fprintf(stderr, "tandem-stamp: %s: not an ELF file\n", path);
        return false;
    }
    tandem::write_stamp(bytes);
    std::ofstream out(path, std::ios::binary | std::ios::in | std::ios::out);
    out.write(reinterpret_cast<const char*>(bytes.data()), 16); // only e_ident changes
    if (!out) {
        std::fprintf(stderr, "tandem-stamp: %s: cannot write\n", path);
        return false;
    }
    return true;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: tandem-stamp IMAGE...\n");
        return 2;
    }
    bool ok = true;
    for (int i = 1; i < argc; i++) ok = stamp_file(argv[i]) && ok;
    return ok ? 0 : 1;
}
