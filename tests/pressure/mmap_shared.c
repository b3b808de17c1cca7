/* Issue 13 item 2: MAP_SHARED writes to a file reach the file.  Usage:
 * mmap_shared FILE MODE, MODE one of msync (write, msync, keep the mapping
 * and pause: the caller checks the host file while the guest runs),
 * munmap (write then munmap) or exit (write, then exit with the mapping in
 * place).  The file must exist with at least 3 pages. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    int fd = open(argv[1], O_RDWR);
    if (fd < 0) {
        perror("open");
        return 1;
    }
    size_t len = 3 * 4096;
    char* p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    close(fd);
    char line[64];
    snprintf(line, sizeof line, "written by %s", argv[2]);
    memcpy(p + 10, line, strlen(line));
    memcpy(p + 2 * 4096 + 5, line, strlen(line));
    if (strcmp(argv[2], "msync") == 0) {
        if (msync(p, len, MS_SYNC) != 0) {
            perror("msync");
            return 1;
        }
        puts("synced");
        fflush(stdout);
        sleep(3); /* the caller reads the host file now */
        return 0;
    }
    if (strcmp(argv[2], "munmap") == 0) {
        if (munmap(p, len) != 0) {
            perror("munmap");
            return 1;
        }
        puts("unmapped");
        return 0;
    }
    puts("exiting");
    return 0;
}
