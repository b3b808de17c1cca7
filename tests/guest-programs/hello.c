/* The first program tandem runs: one line of output and exit status 7. */
#include <stdio.h>

int main(void) {
    puts("hello from the guest");
    return 7;
}
