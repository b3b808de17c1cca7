/* A hostile guest program: tries every way we know to read or write a host
 * file outside tandem's exports.  Usage (inside the guest):
 *   escape SECRET_HOST_PATH
 * It prints one line per attempt and exits 1 if any read returned the
 * secret's contents or any write outside the exports succeeded. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static int g_leaks;

static void try_read(const char *what, int dirfd, const char *path) {
    int fd = openat(dirfd, path, O_RDONLY);
    char buf[64] = {0};
    if (fd >= 0) {
        read(fd, buf, sizeof buf - 1);
        close(fd);
    }
    int leaked = strstr(buf, "TOP-SECRET") != NULL;
    g_leaks += leaked;
    printf("%-28s %s\n", what, leaked ? "LEAK" : fd >= 0 ? "opened, no secret" : strerror(errno));
}

static void try_write(const char *what, const char *path) {
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    int ok = fd >= 0 && write(fd, "pwned", 5) == 5;
    if (fd >= 0) close(fd);
    printf("%-28s %s\n", what, ok ? "written (checked on the host)" : strerror(errno));
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    const char *secret = argv[1];
    setvbuf(stdout, NULL, _IONBF, 0);
    char p[4096];
    try_read("absolute host path", AT_FDCWD, secret);
    snprintf(p, sizeof p, "/../../../../..%s", secret);
    try_read("dot-dot from root", AT_FDCWD, p);
    try_read("root/..", AT_FDCWD, "/../secret");
    try_read("abs symlink", AT_FDCWD, "/link_abs");
    try_read("rel symlink", AT_FDCWD, "/link_rel");
    try_read("deep dot-dot symlink", AT_FDCWD, "/link_deep");
    try_read("dir symlink + ..", AT_FDCWD, "/link_dir/secret");
    try_read("bind + ..", AT_FDCWD, "/bound/../../secret");
    try_read("bind symlink out", AT_FDCWD, "/bound/out/secret");
    for (int i = 0; i < 10; i++) chdir("..");
    try_read("cwd climbed", AT_FDCWD, "secret");
    int rootfd = open("/", O_RDONLY | O_DIRECTORY);
    try_read("openat(/, ../secret)", rootfd, "../secret");
    try_read("/proc/self/cwd/..", AT_FDCWD, "/proc/self/cwd/../secret");
    try_read("/proc/1/root", AT_FDCWD, "/proc/1/root/../secret");
    try_read("/dev/fd trick", AT_FDCWD, "/dev/fd/../../secret");
    /* Replace a directory by a symlink after looking it up. */
    mkdir("/bound/race", 0755);
    int rfd = open("/bound/race", O_RDONLY | O_DIRECTORY);
    rmdir("/bound/race");
    symlink("/../../..", "/bound/race");
    try_read("dir swapped for symlink", rfd, "secret");
    try_read("through swapped link", AT_FDCWD, "/bound/race/secret");
    /* Writes */
    try_write("write into ro root", "/evil");
    try_write("write via ..", "/../evil");
    symlink("/../../evil2", "/bound/wlink");
    try_write("write through symlink", "/bound/wlink");
    try_write("write into bind", "/bound/allowed");
    snprintf(p, sizeof p, "%s.evil", secret);
    try_write("write host path", p);
    /* mmap of a file named by a sneaky path */
    int fd = open("/link_rel", O_RDONLY);
    if (fd >= 0) {
        char *m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
        int leaked = m != MAP_FAILED && strstr(m, "TOP-SECRET");
        g_leaks += leaked;
        printf("%-28s %s\n", "mmap via symlink", leaked ? "LEAK" : "no secret");
    } else {
        printf("%-28s %s\n", "mmap via symlink", strerror(errno));
    }
    printf("leaks: %d\n", g_leaks);
    return g_leaks ? 1 : 0;
}
