/* Issue 13 item 5: open(FILE, O_RDONLY | O_TRUNC) on a read-only export
 * fails with EROFS and leaves the file as it was.  Prints the result. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    int fd = open(argv[1], O_RDONLY | O_TRUNC);
    int err = errno;
    struct stat st;
    if (stat(argv[1], &st) != 0) return 1;
    printf("open: %s; size now %lld\n", fd < 0 ? strerror(err) : "succeeded", (long long)st.st_size);
    return fd < 0 && err == EROFS ? 0 : 1;
}
