/* Prints its arguments and a few environment variables, one per line:
 * checks the initial stack the kernel builds (argc, argv, envp, auxv). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    const char *vars[] = {"PATH", "HOME", "TERM"};
    for (unsigned i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        printf("%s=%s\n", vars[i], v ? v : "(unset)");
    }
    printf("pagesz=%lu\n", getauxval(AT_PAGESZ));
    printf("random=%s\n", getauxval(AT_RANDOM) ? "yes" : "no");
    const char *platform = (const char *)getauxval(AT_PLATFORM);
    printf("platform=%s\n", platform ? platform : "(none)");
    return 0;
}
