/* Makes system calls the guest kernel does not know, each number twice:
 * `tandem run --verbose` must name each number once, with this program's
 * name (issue 14). */
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    for (int i = 0; i < 2; i++) {
        syscall(335); /* unassigned on x86-64 */
        syscall(600); /* beyond the table */
        syscall(601);
    }
    return 0;
}
