/* Files and directories: every call prints its result or errno name, so the
 * guest's output can be compared with the host's.  argv[1]: a scratch
 * directory (empty, writable). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/uio.h>
#include <unistd.h>
#include "check.h"

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list_dir(const char *path) {
    DIR *d = opendir(path);
    if (!d) { printf("opendir %s: %s\n", path, ename(errno)); return; }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("ls %s:", path);
    for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

int main(int argc, char **argv) {
    if (argc < 2 || chdir(argv[1]) != 0) { perror("chdir"); return 2; }
    umask(022);
    setvbuf(stdout, NULL, _IONBF, 0);

    int fd = open("a.txt", O_CREAT | O_EXCL | O_RDWR, 0644);
    CHECK("open creat", fd >= 0 ? 0 : -1);
    CHECK("open excl again", open("a.txt", O_CREAT | O_EXCL | O_RDWR, 0644));
    CHECK("write", write(fd, "hello world\n", 12));
    CHECK("lseek end", lseek(fd, 0, SEEK_END));
    CHECK("lseek set", lseek(fd, 6, SEEK_SET));
    char buf[64] = {0};
    CHECK("read", read(fd, buf, 5));
    printf("  data=%s\n", buf);
    CHECK("pread", pread(fd, buf, 5, 0));
    CHECK("pwrite", pwrite(fd, "HELLO", 5, 0));
    struct iovec iov[2] = {{"ab", 2}, {"cd", 2}};
    CHECK("lseek end2", lseek(fd, 0, SEEK_END));
    CHECK("writev", writev(fd, iov, 2));
    struct stat st;
    CHECK("fstat", fstat(fd, &st));
    printf("  size=%lld mode=%o nlink=%lu reg=%d\n", (long long)st.st_size, st.st_mode & 0777,
           (unsigned long)st.st_nlink, S_ISREG(st.st_mode));
    CHECK("ftruncate", ftruncate(fd, 3));
    CHECK("fstat2", fstat(fd, &st));
    printf("  size=%lld\n", (long long)st.st_size);
    CHECK("close", close(fd));
    CHECK("close again", close(fd));
    fd = open("a.txt", O_RDONLY);
    memset(buf, 0, sizeof buf);
    CHECK("read trunc", read(fd, buf, sizeof buf));
    printf("  data=%s\n", buf);
    CHECK("write rdonly", write(fd, "x", 1));
    close(fd);
    fd = open("a.txt", O_WRONLY | O_APPEND);
    CHECK("append", write(fd, "++", 2));
    close(fd);
    CHECK("stat", stat("a.txt", &st));
    printf("  size=%lld\n", (long long)st.st_size);

    CHECK("mkdir", mkdir("d", 0755));
    CHECK("mkdir again", mkdir("d", 0755));
    CHECK("mkdir nested missing", mkdir("x/y", 0755));
    CHECK("rmdir nonempty prep", close(open("d/f", O_CREAT | O_WRONLY, 0600)));
    CHECK("rmdir nonempty", rmdir("d"));
    CHECK("unlink dir", unlink("d"));
    CHECK("rmdir file", rmdir("a.txt"));
    CHECK("open dir for write", open("d", O_WRONLY));
    CHECK("open file as dir", open("a.txt", O_RDONLY | O_DIRECTORY));
    CHECK("open missing", open("nope", O_RDONLY));
    CHECK("open trailing slash", open("a.txt/", O_RDONLY));
    CHECK("symlink", symlink("a.txt", "link"));
    CHECK("symlink exists", symlink("a.txt", "link"));
    memset(buf, 0, sizeof buf);
    CHECK("readlink", readlink("link", buf, sizeof buf));
    printf("  target=%s\n", buf);
    CHECK("readlink non-link", readlink("a.txt", buf, sizeof buf));
    CHECK("readlink missing", readlink("nope", buf, sizeof buf));
    CHECK("lstat link", lstat("link", &st));
    printf("  islnk=%d\n", S_ISLNK(st.st_mode));
    CHECK("stat via link", stat("link", &st));
    printf("  isreg=%d size=%lld\n", S_ISREG(st.st_mode), (long long)st.st_size);
    CHECK("open nofollow", open("link", O_RDONLY | O_NOFOLLOW));
    CHECK("symlink loop a", symlink("loop2", "loop1"));
    CHECK("symlink loop b", symlink("loop1", "loop2"));
    CHECK("open loop", open("loop1", O_RDONLY));
    CHECK("dangling", symlink("missing-target", "dangle"));
    CHECK("stat dangling", stat("dangle", &st));
    CHECK("link", link("a.txt", "hard"));
    CHECK("stat nlink", stat("a.txt", &st));
    printf("  nlink=%lu\n", (unsigned long)st.st_nlink);
    CHECK("rename", rename("hard", "d/hard2"));
    CHECK("rename noreplace", renameat2(AT_FDCWD, "a.txt", AT_FDCWD, "d/hard2", RENAME_NOREPLACE));
    CHECK("rename over", rename("d/f", "d/hard2"));
    CHECK("rename dir into itself", rename("d", "d/sub"));
    CHECK("mkdir e", mkdir("e", 0700));
    CHECK("rename dir over empty dir", rename("e", "d2"));
    list_dir(".");
    list_dir("d");
    CHECK("chdir d", chdir("d"));
    char cwd[4096];
    printf("  cwd ends with /d: %d\n", getcwd(cwd, sizeof cwd) && strcmp(cwd + strlen(cwd) - 2, "/d") == 0);
    CHECK("chdir ..", chdir(".."));
    CHECK("access r", access("a.txt", R_OK));
    CHECK("access x", access("a.txt", X_OK));
    CHECK("chmod", chmod("a.txt", 0755));
    CHECK("access x2", access("a.txt", X_OK));
    CHECK("stat mode", stat("a.txt", &st));
    printf("  mode=%o\n", st.st_mode & 0777);
    struct timespec ts[2] = {{1000000000, 0}, {946684800, 0}};
    CHECK("utimensat", utimensat(AT_FDCWD, "a.txt", ts, 0));
    CHECK("stat mtime", stat("a.txt", &st));
    printf("  mtime=%ld\n", (long)st.st_mtime);
    int dfd = open("d", O_RDONLY | O_DIRECTORY);
    CHECK("openat rel", close(openat(dfd, "hard2", O_RDONLY)));
    CHECK("fstatat", fstatat(dfd, "hard2", &st, 0));
    CHECK("unlinkat", unlinkat(dfd, "hard2", 0));
    CHECK("unlinkat again", unlinkat(dfd, "hard2", 0));
    CHECK("mkdirat", mkdirat(dfd, "sub", 0755));
    CHECK("unlinkat removedir", unlinkat(dfd, "sub", AT_REMOVEDIR));
    close(dfd);
    fd = open("a.txt", O_RDONLY);
    unlink("a.txt");
    memset(buf, 0, sizeof buf);
    CHECK("read unlinked open file", read(fd, buf, sizeof buf));
    printf("  data=%s\n", buf);
    close(fd);
    CHECK("stat removed", stat("a.txt", &st));
    CHECK("truncate path", truncate("d2", 0));
    fd = open("big", O_CREAT | O_RDWR, 0644);
    char page[5000];
    memset(page, 'z', sizeof page);
    for (int i = 0; i < 20; i++) write(fd, page, sizeof page);
    CHECK("lseek big", lseek(fd, 0, SEEK_END));
    CHECK("pread big middle", pread(fd, buf, 10, 44444));
    close(fd);
    CHECK("getdents big dir prep", mkdir("many", 0755));
    for (int i = 0; i < 300; i++) {
        char nm[64];
        snprintf(nm, sizeof nm, "many/file-with-a-long-name-%03d", i);
        close(open(nm, O_CREAT | O_WRONLY, 0644));
    }
    DIR *d = opendir("many");
    int count = 0;
    while (readdir(d)) count++;
    closedir(d);
    printf("  entries=%d\n", count);
    /* a fd opened with O_CLOEXEC */
    fd = open("big", O_RDONLY | O_CLOEXEC);
    printf("  cloexec=%d\n", fcntl(fd, F_GETFD) & FD_CLOEXEC);
    close(fd);
    return 0;
}
