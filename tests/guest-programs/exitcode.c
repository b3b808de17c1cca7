/* Exits with the status given as argv[1] (checks argv and exit_group). */
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc < 2) return 100;
    return atoi(argv[1]);
}
