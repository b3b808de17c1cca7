/* Writes through a null pointer: the kernel must kill the process with
 * SIGSEGV, so tandem exits with 128 + 11 = 139. */
#include <stdio.h>

int main(void) {
    puts("about to fault");
    fflush(stdout);
    *(volatile int *)0 = 1;
    puts("still alive?!");
    return 0;
}
