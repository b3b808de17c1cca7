// tandem-rewrite: entry point; everything is in run_cli.
#include "cli.h"

#include <iostream>

int main(int argc, char** argv) {
    return tandem::rw::run_cli(argc, argv, std::cout, std::cerr);
}
