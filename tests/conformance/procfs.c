/* procfs and sysfs as procps, libc and runtimes read them: the formats of
 * /proc/stat, meminfo, uptime, loadavg, /proc/<pid>/{stat,status,statm,
 * cmdline,environ,comm,maps}, /proc/sys entries and /sys CPU lists.  Values
 * differ between machines, so the checks print what must hold. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static char buf[1 << 16];

/* The whole file into buf (NUL-terminated); its length or -1. */
static long slurp(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    long n = 0, r;
    while ((r = read(fd, buf + n, sizeof buf - 1 - n)) > 0) n += r;
    close(fd);
    buf[n] = 0;
    return n;
}

static int has_line_prefix(const char *prefix) {
    size_t n = strlen(prefix);
    for (const char *l = buf; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
        if (strncmp(l, prefix, n) == 0) return 1;
    return 0;
}

/* Fields of /proc/<pid>/stat after the ")" of the command name. */
static int stat_fields(pid_t pid, char *state, long *ppid, char *comm, size_t commsz) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    if (slurp(path) < 0) return -1;
    char *open_paren = strchr(buf, '('), *close_paren = strrchr(buf, ')');
    if (!open_paren || !close_paren) return -1;
    snprintf(comm, commsz, "%.*s", (int)(close_paren - open_paren - 1), open_paren + 1);
    int n = 2;
    for (char *tok = strtok(close_paren + 1, " \n"); tok; tok = strtok(NULL, " \n")) {
        n++;
        if (n == 3) *state = tok[0];
        if (n == 4) *ppid = atol(tok);
    }
    return n;
}

int main(int argc, char **argv) {
    (void)argc;
    setvbuf(stdout, NULL, _IONBF, 0);
    char self[PATH_MAX];
    if (!realpath("/proc/self/exe", self)) return 2;

    /* System-wide files. */
    slurp("/proc/stat");
    unsigned long v[10];
    int nv = sscanf(buf, "cpu %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
                    &v[6], &v[7], &v[8], &v[9]);
    printf("stat cpu fields=%d cpu0=%d\n", nv, has_line_prefix("cpu0 "));
    printf("stat btime=%d ctxt=%d processes=%d procs_running=%d\n", has_line_prefix("btime "),
           has_line_prefix("ctxt "), has_line_prefix("processes "), has_line_prefix("procs_running "));
    slurp("/proc/meminfo");
    unsigned long total = 0, avail = 0;
    sscanf(strstr(buf, "MemTotal:") ? strstr(buf, "MemTotal:") : "", "MemTotal: %lu kB", &total);
    sscanf(strstr(buf, "MemAvailable:") ? strstr(buf, "MemAvailable:") : "", "MemAvailable: %lu kB", &avail);
    printf("meminfo total>0=%d available<=total=%d swap=%d\n", total > 0, avail <= total, has_line_prefix("SwapTotal:"));
    slurp("/proc/uptime");
    double up, idle;
    printf("uptime fields=%d\n", sscanf(buf, "%lf %lf", &up, &idle));
    slurp("/proc/loadavg");
    double l1, l5, l15;
    int running, threads, last;
    printf("loadavg fields=%d\n", sscanf(buf, "%lf %lf %lf %d/%d %d", &l1, &l5, &l15, &running, &threads, &last));
    printf("loadavg running>=1=%d threads>=running=%d\n", running >= 1, threads >= running);

    /* /proc/sys and /sys. */
    slurp("/proc/sys/kernel/pid_max");
    printf("pid_max>=32768=%d\n", atol(buf) >= 32768);
    printf("osrelease=%d\n", slurp("/proc/sys/kernel/osrelease") > 1);
    slurp("/proc/sys/kernel/ostype");
    printf("ostype=%s", buf);
    slurp("/proc/sys/vm/overcommit_memory");
    printf("overcommit in 0..2=%d\n", atoi(buf) >= 0 && atoi(buf) <= 2 && buf[0] >= '0' && buf[0] <= '2');
    slurp("/proc/sys/kernel/random/boot_id");
    char *boot_id = strdup(buf);
    slurp("/proc/sys/kernel/random/boot_id");
    printf("boot_id stable=%d length=%zu\n", strcmp(boot_id, buf) == 0, strlen(buf));
    printf("/sys cpu online starts with 0=%d\n", slurp("/sys/devices/system/cpu/online") > 0 && buf[0] == '0');
    printf("nprocs online>=1=%d\n", sysconf(_SC_NPROCESSORS_ONLN) >= 1);

    /* This process. */
    char state, comm[64];
    long ppid;
    int n = stat_fields(getpid(), &state, &ppid, comm, sizeof comm);
    const char *base = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
    printf("self stat fields>=52=%d state=%c ppid ok=%d comm ok=%d\n", n >= 52, state, ppid == getppid(),
           strncmp(comm, base, 15) == 0);
    slurp("/proc/self/status");
    char want[64];
    snprintf(want, sizeof want, "Pid:\t%d\n", (int)getpid());
    printf("status name=%d pid=%d vmrss=%d threads=%d sigblk=%d\n", has_line_prefix("Name:\t"), strstr(buf, want) != 0,
           has_line_prefix("VmRSS:"), has_line_prefix("Threads:\t1"), has_line_prefix("SigBlk:"));
    unsigned long size, resident;
    slurp("/proc/self/statm");
    int fields = sscanf(buf, "%lu %lu", &size, &resident);
    printf("statm fields=%d resident<=size=%d\n", fields, resident <= size);
    long len = slurp("/proc/self/cmdline");
    printf("cmdline is argv=%d\n", len == (long)strlen(argv[0]) + 1 && strcmp(buf, argv[0]) == 0);
    setenv("TANDEM_CONF_MARK", "x", 1); /* the initial environment is what environ shows */
    len = slurp("/proc/self/environ");
    int found_path = 0;
    for (long i = 0; i < len; i += strlen(buf + i) + 1)
        if (strncmp(buf + i, "PATH=", 5) == 0) found_path = 1;
    printf("environ has PATH=%d\n", found_path);
    slurp("/proc/self/comm");
    size_t blen = strlen(base) < 15 ? strlen(base) : 15;
    printf("comm ok=%d\n", strncmp(buf, base, blen) == 0 && buf[blen] == '\n');

    /* maps: the program by its path, the stack, the heap, shared memory. */
    char *big = malloc(1);
    sbrk(4096);
    void *sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    char shline[64];
    snprintf(shline, sizeof shline, "%lx-", (unsigned long)sh);
    slurp("/proc/self/maps");
    char *shl = strstr(buf, shline);
    printf("maps program=%d stack=%d heap=%d\n", strstr(buf, self) != 0, strstr(buf, "[stack]") != 0,
           strstr(buf, "[heap]") != 0);
    printf("maps shared anon=%d\n", shl && strstr(shl, "rw-s") && strstr(shl, "/dev/zero (deleted)") &&
                                        strstr(shl, "/dev/zero (deleted)") < strchr(shl, '\n'));
    free(big);

    /* Another process: sleeping, then stopped. */
    pid_t c = fork();
    if (c == 0) {
        pause();
        _exit(0);
    }
    usleep(100000);
    stat_fields(c, &state, &ppid, comm, sizeof comm);
    printf("child state=%c ppid ok=%d\n", state, ppid == getpid());
    kill(c, SIGSTOP);
    int st;
    waitpid(c, &st, WUNTRACED);
    stat_fields(c, &state, &ppid, comm, sizeof comm);
    printf("stopped child state=%c\n", state);
    kill(c, SIGKILL);
    waitpid(c, &st, 0);
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)c);
    printf("reaped child gone=%d\n", open(path, O_RDONLY) < 0);
    return 0;
}
