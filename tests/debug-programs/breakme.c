/* A program for the debugger test: gdb stops at `inner` and prints the
 * backtrace (inner called from main). */
#include <stdio.h>

__attribute__((noinline)) static int inner(int x) { return x * 2; }

int main(void) {
    printf("%d\n", inner(21));
    return 0;
}
