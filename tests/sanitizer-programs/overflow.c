/* A heap overflow for memory checkers run in the guest: with the argument
 * "overflow" the program writes one byte past a 16-byte block, which
 * AddressSanitizer (built with -fsanitize=address) and valgrind's memcheck
 * (built plain) report; without it, it stays inside and prints "clean". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int over = argc > 1 && !strcmp(argv[1], "overflow");
    volatile char *p = malloc(16);
    p[over ? 16 : 15] = 1; /* volatile: the store to a block freed unread stays */
    printf("%s\n", over ? "wrote past the block" : "clean");
    free((void *)p);
    return 0;
}
