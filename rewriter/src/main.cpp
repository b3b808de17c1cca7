// tandem-rewrite: entry point; everything is in run_cli.
#include "cli.h"

#include <iostream>

// Process entry: the whole tool is run_cli, so tests can call it too.
int main(int argc, char** argv) {
    return tandem::rw::run_cli(argc, argv, std::cout, std::cerr);
}
