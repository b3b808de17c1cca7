/* Path and file semantics: trailing slashes, /proc/self/exe (readlink,
 * open, exec through a symlink), O_TMPFILE on tmpfs, chown that changes
 * nothing, fallocate, ioprio_get/ioprio_set, personality, the older
 * getdents(2) layout beside getdents64, and the ".." a directory's listing
 * names (the scratch directory's: in the guest the root of an export).
 * argv[1]: a scratch directory (or "--exe" for the exec check's child). */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static int exe_is(const char *want) {
    char got[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", got, sizeof got - 1);
    if (n < 0) return 0;
    got[n] = 0;
    return strcmp(got, want) == 0;
}

static void trailing_slashes(void) {
    CHECK("open new/ O_CREAT", open("new/", O_CREAT | O_WRONLY, 0644));
    printf("new exists after=%d\n", access("new", F_OK) == 0);
    CHECK("mkdir dir/", mkdir("dir/", 0755));
    CHECK("open dir/ O_CREAT", open("dir/", O_CREAT | O_RDONLY, 0644));
    close(open("f", O_CREAT | O_WRONLY, 0644));
    CHECK("open f/", open("f/", O_RDONLY));
    CHECK("open f/ O_CREAT", open("f/", O_CREAT | O_WRONLY, 0644));
    CHECK("rename f x/", rename("f", "x/"));
    printf("x exists=%d f exists=%d\n", access("x", F_OK) == 0, access("f", F_OK) == 0);
    CHECK("rename f/ x", rename("f/", "x"));
    CHECK("rename dir dir2/", rename("dir", "dir2/"));
    CHECK("rename dir2/ dir", rename("dir2/", "dir"));
    CHECK("unlink f/", unlink("f/"));
    CHECK("unlink dir/", unlink("dir/"));
    CHECK("unlink missing/", unlink("missing/"));
    CHECK("symlink f s/", symlink("f", "s/"));
    CHECK("link f l/", link("f", "l/"));
    CHECK("link f dir/", link("f", "dir/"));
    CHECK("mknod p/", mknod("p/", S_IFREG | 0644, 0));
    CHECK("rmdir dir/", rmdir("dir/"));
    CHECK("unlink f", unlink("f"));
}

static void proc_self_exe(const char *argv0) {
    char real[PATH_MAX];
    if (!realpath(argv0, real)) {
        printf("realpath failed\n");
        return;
    }
    printf("readlink /proc/self/exe is the program=%d\n", exe_is(real));
    struct stat a, b;
    int fd = open("/proc/self/exe", O_RDONLY);
    printf("open /proc/self/exe ok=%d\n", fd >= 0);
    printf("same file=%d\n", fd >= 0 && fstat(fd, &a) == 0 && stat(real, &b) == 0 && a.st_ino == b.st_ino &&
                                 a.st_dev == b.st_dev);
    close(fd);
    char elf[4] = {0};
    fd = open("/proc/self/exe", O_RDONLY);
    read(fd, elf, 4);
    close(fd);
    printf("reads the ELF header=%d\n", memcmp(elf, "\177ELF", 4) == 0);
    /* Run through a symlink: /proc/self/exe names the target, not the link. */
    CHECK("symlink to program", symlink(real, "prog-link"));
    pid_t c = fork();
    if (c == 0) {
        execl("./prog-link", "prog-link", "--exe", real, (char *)NULL);
        _exit(99);
    }
    int st;
    waitpid(c, &st, 0);
    printf("exec through symlink: child exe is the target=%d\n", WIFEXITED(st) && WEXITSTATUS(st) == 0);
    unlink("prog-link");
}

static void tmpfile_on_tmpfs(void) {
    int fd = open("/dev/shm", O_TMPFILE | O_RDWR, 0600);
    printf("O_TMPFILE ok=%d\n", fd >= 0);
    if (fd < 0) return;
    struct stat st;
    fstat(fd, &st);
    printf("regular=%d nlink=%lu\n", S_ISREG(st.st_mode), (unsigned long)st.st_nlink);
    CHECK("write", write(fd, "tmpdata", 7));
    char buf[8] = {0};
    CHECK("pread", pread(fd, buf, 7, 0));
    printf("data=%s\n", buf);
    char proc[64], name[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    snprintf(name, sizeof name, "/dev/shm/tandem-conf-tmp-%d", (int)getpid());
    CHECK("linkat from /proc/self/fd", linkat(AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW));
    fstat(fd, &st);
    printf("nlink after link=%lu\n", (unsigned long)st.st_nlink);
    int fd2 = open(name, O_RDONLY);
    memset(buf, 0, sizeof buf);
    read(fd2, buf, 7);
    printf("linked name reads=%s\n", buf);
    close(fd2);
    unlink(name);
    close(fd);
    CHECK("O_TMPFILE read-only", open("/dev/shm", O_TMPFILE | O_RDONLY, 0600));
    CHECK("O_TMPFILE on a file", open("/dev/null", O_TMPFILE | O_RDWR, 0600));
}

static void owners(void) {
    close(open("own", O_CREAT | O_WRONLY, 0644));
    struct stat st;
    stat("own", &st);
    CHECK("chown -1 -1", chown("own", -1, -1));
    CHECK("chown to owner", chown("own", st.st_uid, st.st_gid));
    CHECK("lchown to owner", lchown("own", st.st_uid, -1));
    int fd = open("own", O_RDONLY);
    CHECK("fchown to owner", fchown(fd, -1, st.st_gid));
    close(fd);
    CHECK("chown missing", chown("missing", -1, -1));
    unlink("own");
    /* tmpfs: root may give a file away. */
    char name[64];
    snprintf(name, sizeof name, "/dev/shm/tandem-conf-own-%d", (int)getpid());
    close(open(name, O_CREAT | O_WRONLY, 04755));
    CHECK("chown tmpfs", chown(name, 1234, 5678));
    stat(name, &st);
    printf("tmpfs owner=%u:%u setuid dropped=%d\n", st.st_uid, st.st_gid, !(st.st_mode & S_ISUID));
    unlink(name);
}

static void space(const char *what, const char *path) {
    int fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
    struct stat st;
    printf("%s:\n", what);
    CHECK(" fallocate 0..8192", fallocate(fd, 0, 0, 8192));
    fstat(fd, &st);
    printf(" size=%ld\n", (long)st.st_size);
    CHECK(" fallocate keep size", fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 65536));
    fstat(fd, &st);
    printf(" size=%ld\n", (long)st.st_size);
    char buf[100];
    memset(buf, 'a', sizeof buf);
    pwrite(fd, buf, sizeof buf, 0);
    CHECK(" punch hole", fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 10, 20));
    pread(fd, buf, sizeof buf, 0);
    printf(" hole zero=%d around kept=%d\n", buf[10] == 0 && buf[29] == 0, buf[9] == 'a' && buf[30] == 'a');
    CHECK(" punch without keep size", fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 10));
    CHECK(" zero length", fallocate(fd, 0, 0, 0));
    CHECK(" negative offset", fallocate(fd, 0, -1, 10));
    close(fd);
    fd = open(path, O_RDONLY);
    CHECK(" read-only fd", fallocate(fd, 0, 0, 10));
    close(fd);
    unlink(path);
    int p[2];
    pipe(p);
    CHECK(" pipe", fallocate(p[1], 0, 0, 10));
    close(p[0]);
    close(p[1]);
}

static void priorities(void) {
    const int WHO_PROCESS = 1, WHO_PGRP = 2;
    printf("ioprio_get default=%ld\n", syscall(SYS_ioprio_get, WHO_PROCESS, 0));
    long be4 = (2 << 13) | 4;
    CHECK("ioprio_set BE/4", syscall(SYS_ioprio_set, WHO_PROCESS, 0, be4));
    printf("ioprio_get=%ld\n", syscall(SYS_ioprio_get, WHO_PROCESS, 0));
    printf("ioprio_get by pid=%ld\n", syscall(SYS_ioprio_get, WHO_PROCESS, getpid()));
    CHECK("ioprio_set NONE/1", syscall(SYS_ioprio_set, WHO_PROCESS, 0, 1));
    CHECK("ioprio_set class 7", syscall(SYS_ioprio_set, WHO_PROCESS, 0, 7 << 13));
    CHECK("ioprio_set bad which", syscall(SYS_ioprio_set, 9, 0, be4));
    CHECK("ioprio_get bad which", syscall(SYS_ioprio_get, 9, 0));
    CHECK("ioprio_get no such pid", syscall(SYS_ioprio_get, WHO_PROCESS, 999999));
    pid_t c = fork();
    if (c == 0) _exit(syscall(SYS_ioprio_get, WHO_PROCESS, 0) == be4 ? 0 : 1);
    int st;
    waitpid(c, &st, 0);
    printf("inherited=%d\n", WIFEXITED(st) && WEXITSTATUS(st) == 0);
    CHECK("ioprio_get pgrp", syscall(SYS_ioprio_get, WHO_PGRP, 0) >= 0);

    printf("personality=%#x\n", personality(0xffffffff));
    printf("set ADDR_NO_RANDOMIZE old=%#x\n", personality(ADDR_NO_RANDOMIZE));
    printf("personality=%#x\n", personality(0xffffffff));
    c = fork();
    if (c == 0) _exit(personality(0xffffffff) == ADDR_NO_RANDOMIZE ? 0 : 1);
    waitpid(c, &st, 0);
    printf("personality inherited=%d\n", WIFEXITED(st) && WEXITSTATUS(st) == 0);
    printf("back to PER_LINUX old=%#x\n", personality(PER_LINUX));
}

/* Lists a fresh directory with getdents(2) (d_type in each record's last
 * byte), as the sanitizers' thread lister does, and with getdents64; prints
 * each call's names with their types, sorted, and a one-record buffer's
 * result. */
static int name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static void list_dir(const char *what, long nr, int record_size_only) {
    int fd = open("dents", O_RDONLY | O_DIRECTORY);
    char buf[4096], *names[16];
    int n = 0;
    long got;
    if (record_size_only) {
        got = syscall(nr, fd, buf, 24); /* room for one short record, not two */
        printf("%s small buffer: %s\n", what, got > 0 && got <= 24 ? "one record" : got < 0 ? ename(errno) : "?");
        close(fd);
        return;
    }
    while ((got = syscall(nr, fd, buf, sizeof buf)) > 0) {
        for (long off = 0; off < got && n < 16;) {
            unsigned short reclen;
            memcpy(&reclen, buf + off + 16, 2);
            const char *name = nr == SYS_getdents ? buf + off + 18 : buf + off + 19;
            unsigned char type = nr == SYS_getdents ? (unsigned char)buf[off + reclen - 1] : (unsigned char)buf[off + 18];
            names[n] = malloc(300);
            snprintf(names[n++], 300, "%s:%u:%s", name, type, reclen % 8 ? "unaligned" : "aligned");
            off += reclen;
        }
    }
    qsort(names, n, sizeof names[0], name_cmp);
    printf("%s:", what);
    for (int i = 0; i < n; i++) printf(" %s", names[i]), free(names[i]);
    printf(" (last %ld)\n", got);
    close(fd);
}
static void getdents_layouts(void) {
    mkdir("dents", 0755);
    mkdir("dents/subdir", 0755);
    close(open("dents/a-file-with-a-longer-name", O_CREAT | O_WRONLY, 0644));
    symlink("a-file-with-a-longer-name", "dents/link");
    list_dir("getdents", SYS_getdents, 0);
    list_dir("getdents64", SYS_getdents64, 0);
    list_dir("getdents", SYS_getdents, 1);
    /* "." and ".." in the scratch directory's own listing: two directories. */
    DIR *d = opendir(".");
    unsigned long dot = 0, dotdot = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".")) dot = e->d_ino;
        if (!strcmp(e->d_name, "..")) dotdot = e->d_ino;
    }
    if (d) closedir(d);
    printf("scratch listing: '..' is another directory than '.': %d\n", dot && dotdot && dot != dotdot);
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--exe") == 0) return exe_is(argv[2]) ? 0 : 1;
    char self[PATH_MAX];
    if (argc < 2 || !realpath(argv[0], self) || chdir(argv[1]) != 0) return 2;
    setvbuf(stdout, NULL, _IONBF, 0);
    trailing_slashes();
    proc_self_exe(self);
    tmpfile_on_tmpfs();
    owners();
    space("scratch", "fa.dat");
    space("tmpfs", "/dev/shm/tandem-conf-fa");
    priorities();
    getdents_layouts();
    return 0;
}
