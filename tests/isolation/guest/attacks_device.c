/* Malformed device requests.  Guest user code that can write guest memory
 * can write the device queues the guest kernel shares with vmproc: the
 * file-service queue and the console rings.  vmproc must treat all of it as
 * hostile; these attacks forge requests and indices and check vmproc's
 * answers (an out-of-range request that succeeds means vmproc read or wrote
 * outside guest memory). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "redteam.h"

struct fsq {
    struct tandem_fs_queue* q;
    struct tandem_fs_slot* slots;
    uint32_t count;
    uint64_t scratch; /* guest-physical address of a page of this program */
    uint32_t scratch_len;
    uint64_t mem;     /* guest memory size */
};

/* Finds the file-service queue through the boot info. */
static int fs_queue(struct fsq* f) {
    const struct tandem_device* d = find_device(TANDEM_DEV_FILE);
    if (!d || !d->ring_phys[0]) {
        contained("the file-service queue is not reachable from guest user code");
        return 0;
    }
    uint64_t probe;
    if (!probe_read8(TANDEM_PHYS_TO_VIRT(d->ring_phys[0]), &probe)) {
        contained("the file-service queue is not readable from guest user code");
        return 0;
    }
    f->q = phys_to_ptr(d->ring_phys[0]);
    f->slots = (struct tandem_fs_slot*)(f->q + 1);
    f->count = f->q->slot_count;
    /* Buffers and names of forged requests: a page of this program, by its
     * guest-physical address. */
    static uint8_t page[4096] __attribute__((aligned(4096)));
    memset(page, 0, sizeof page);
    f->scratch = user_to_phys(page);
    f->scratch_len = f->scratch ? sizeof page : 0;
    f->mem = boot_info()->memory_size;
    return f->count > 0;
}

static const int64_t kUnperformed = 0x5a5a5a5a;

/* Places `n` forged requests behind the guest kernel's and makes it kick:
 * vmproc performs every submitted slot in order. */
static void forge(struct fsq* f, const struct tandem_fs_request* reqs, int n, struct tandem_fs_reply* reps) {
    uint32_t s = f->q->submitted;
    for (int i = 0; i < n; i++) {
        struct tandem_fs_slot* slot = &f->slots[(s + i) % f->count];
        slot->req = reqs[i];
        memset(&slot->rep, 0, sizeof slot->rep);
        slot->rep.result = kUnperformed;
    }
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    f->q->submitted = s + n;
    kick_file_service();
    for (int i = 0; i < n; i++) reps[i] = f->slots[(s + i) % f->count].rep;
}

static struct tandem_fs_request rq(uint32_t op, uint64_t node) {
    struct tandem_fs_request r;
    memset(&r, 0, sizeof r);
    r.op = op;
    r.node = node;
    return r;
}

/* Writes a name into the scratch area at `off`; returns its guest-physical address. */
static uint64_t scratch_name(struct fsq* f, uint32_t off, const char* s) {
    memcpy(phys_to_ptr(f->scratch + off), s, strlen(s));
    return f->scratch + off;
}

/* Checks one forged reply against what it must be. */
static int expect(const char* what, const struct tandem_fs_reply* rep, int64_t want) {
    if (rep->result == kUnperformed) {
        note("%s: not performed", what);
        return 0;
    }
    if (want < 0 && rep->result >= 0) {
        escaped("%s: vmproc performed it (result %ld)", what, (long)rep->result);
        return 1;
    }
    note("%s: %ld%s", what, (long)rep->result, rep->result == want ? "" : " (unexpected errno)");
    return 0;
}

/* The export roots, from a forged EXPORTS into the scratch area. */
static int roots(struct fsq* f, uint64_t* ro_root, uint64_t* rw_root) {
    if (f->scratch_len < 2 * sizeof(struct tandem_fs_export)) {
        contained("no guest-physical page of this program found for forged buffers");
        return 0;
    }
    struct tandem_fs_request r = rq(TANDEM_FS_EXPORTS, 0);
    r.buf = f->scratch;
    r.len = f->scratch_len;
    struct tandem_fs_reply rep;
    forge(f, &r, 1, &rep);
    if (rep.result < 1) {
        contained("forged EXPORTS answered %ld", (long)rep.result);
        return 0;
    }
    struct tandem_fs_export* ex = phys_to_ptr(f->scratch);
    *ro_root = ex[0].root;
    *rw_root = 0;
    for (int i = 1; i < rep.result && (i + 1) * sizeof *ex <= f->scratch_len; i++)
        if (!(ex[i].flags & TANDEM_FS_EXPORT_RO)) *rw_root = ex[i].root;
    return 1;
}

void attack_fs_bad_ranges(void) {
    struct fsq f;
    uint64_t ro, rw;
    if (!fs_queue(&f) || !roots(&f, &ro, &rw)) return;
    /* a handle on the watched file of the read-only root, for READ */
    uint64_t name = scratch_name(&f, 512, "watched.txt");
    struct tandem_fs_request look = rq(TANDEM_FS_LOOKUP, ro);
    look.name = name;
    look.name_len = 11;
    struct tandem_fs_reply lrep, orep;
    forge(&f, &look, 1, &lrep);
    struct tandem_fs_request op = rq(TANDEM_FS_OPEN, lrep.node);
    forge(&f, &op, 1, &orep);
    note("forged LOOKUP + OPEN of watched.txt: node %lu handle %lu (%ld)", (unsigned long)lrep.node,
         (unsigned long)orep.handle, (long)orep.result);
    uint64_t h = orep.handle;

    struct tandem_fs_request r[10];
    const char* what[10];
    int n = 0;
    r[n] = rq(TANDEM_FS_EXPORTS, 0), r[n].buf = f.mem - 16, r[n].len = 4096, what[n++] = "EXPORTS into the last 16 bytes of memory";
    r[n] = rq(TANDEM_FS_EXPORTS, 0), r[n].buf = 0xfffffffffffff000ull, r[n].len = 0x2000, what[n++] = "EXPORTS with a wrapping buffer";
    r[n] = rq(TANDEM_FS_STATFS, ro), r[n].buf = f.mem, r[n].len = 72, what[n++] = "STATFS at the end of memory";
    r[n] = rq(TANDEM_FS_LOOKUP, ro), r[n].name = f.mem - 2, r[n].name_len = 10, what[n++] = "LOOKUP with a name past memory";
    r[n] = rq(TANDEM_FS_LOOKUP, ro), r[n].name = name, r[n].name_len = 0xffffffffu, what[n++] = "LOOKUP with a 4 GiB name";
    r[n] = rq(TANDEM_FS_READ, h), r[n].buf = f.mem - 100, r[n].len = 4096, what[n++] = "READ across the end of memory";
    r[n] = rq(TANDEM_FS_READ, h), r[n].buf = f.scratch, r[n].len = 0xffffffffu, what[n++] = "READ of 4 GiB";
    r[n] = rq(TANDEM_FS_READ, h), r[n].buf = 1ull << 62, r[n].len = 16, what[n++] = "READ to guest-physical 2^62";
    r[n] = rq(TANDEM_FS_READLINK, lrep.node), r[n].buf = f.mem - 1, r[n].len = 4096, what[n++] = "READLINK past memory";
    r[n] = rq(TANDEM_FS_EXPORTS, 0), r[n].buf = f.scratch, r[n].len = 0x80000000u, what[n++] = "EXPORTS with a 2 GiB length";
    struct tandem_fs_reply rep[10];
    forge(&f, r, n, rep);
    int bad = 0;
    for (int i = 0; i < n; i++) bad += expect(what[i], &rep[i], i == 8 ? -EINVAL : -EFAULT);
    struct tandem_fs_request cl = rq(TANDEM_FS_CLOSE, h);
    forge(&f, &cl, 1, rep);
    if (!bad) contained("vmproc refused every out-of-range buffer and length");
}

void attack_fs_bad_ids(void) {
    struct fsq f;
    uint64_t ro, rw;
    if (!fs_queue(&f) || !roots(&f, &ro, &rw)) return;
    uint64_t dotdot = scratch_name(&f, 512, ".."), slash = scratch_name(&f, 520, "a/b"),
             watched = scratch_name(&f, 528, "watched.txt"), evil = scratch_name(&f, 544, "evil");
    struct tandem_fs_request look = rq(TANDEM_FS_LOOKUP, ro);
    look.name = watched;
    look.name_len = 11;
    struct tandem_fs_reply lrep;
    forge(&f, &look, 1, &lrep);

    struct tandem_fs_request r[12];
    const char* what[12];
    int64_t want[12];
    int n = 0;
    r[n] = rq(TANDEM_FS_GETATTR, 0xdeadbeef), want[n] = -ESTALE, what[n++] = "GETATTR of an unknown node";
    r[n] = rq(TANDEM_FS_GETATTR, 0), want[n] = -ESTALE, what[n++] = "GETATTR of node 0";
    r[n] = rq(TANDEM_FS_READ, 0x1234), r[n].buf = f.scratch, r[n].len = 16, want[n] = -EBADF, what[n++] = "READ of an unknown handle";
    r[n] = rq(TANDEM_FS_CLOSE, 0xfeedface), want[n] = -EBADF, what[n++] = "CLOSE of a handle never handed out";
    r[n] = rq(999, ro), want[n] = -ENOSYS, what[n++] = "op 999";
    r[n] = rq(0, ro), want[n] = -ENOSYS, what[n++] = "op 0";
    r[n] = rq(TANDEM_FS_LOOKUP, ro), r[n].name = dotdot, r[n].name_len = 2, want[n] = -EINVAL, what[n++] = "LOOKUP \"..\" in the root export";
    r[n] = rq(TANDEM_FS_LOOKUP, ro), r[n].name = slash, r[n].name_len = 3, want[n] = -EINVAL, what[n++] = "LOOKUP \"a/b\"";
    r[n] = rq(TANDEM_FS_CREATE, ro), r[n].name = evil, r[n].name_len = 4, r[n].mode = 0644, r[n].flags = O_RDWR,
    want[n] = -EROFS, what[n++] = "CREATE in the read-only export";
    r[n] = rq(TANDEM_FS_OPEN, lrep.node), r[n].flags = O_RDWR | O_TRUNC, want[n] = -EROFS, what[n++] = "OPEN read-write in the read-only export";
    r[n] = rq(TANDEM_FS_LINK, lrep.node), r[n].node2 = rw, r[n].name2 = evil, r[n].name2_len = 4, want[n] = -EXDEV,
    what[n++] = "LINK a read-only file into the read-write export";
    r[n] = rq(TANDEM_FS_RENAME, ro), r[n].name = watched, r[n].name_len = 11, r[n].node2 = rw, r[n].name2 = evil,
    r[n].name2_len = 4, want[n] = -EXDEV, what[n++] = "RENAME out of the read-only export";
    struct tandem_fs_reply rep[12];
    forge(&f, r, n, rep);
    int bad = 0;
    for (int i = 0; i < n; i++) bad += expect(what[i], &rep[i], want[i]);
    if (!bad) contained("vmproc refused every forged id, name and cross-export request");
}

void attack_fs_submitted_far(void) {
    struct fsq f;
    if (!fs_queue(&f)) return;
    uint32_t c0 = f.q->completed;
    f.q->submitted = c0 + 1000000;
    kick_file_service();
    note("submitted %u past completed: completed is now %u, submitted %u", 1000000, f.q->completed - c0,
         f.q->submitted - c0);
    f.q->submitted = f.q->completed - 7; /* behind completed */
    kick_file_service();
    struct stat st;
    if (stat("/watched.txt", &st) == 0)
        contained("the file service still answers after forged queue counters");
    else
        note("stat after forged counters: %s", strerror(errno));
}

void attack_fs_slot_count(void) {
    struct fsq f;
    if (!fs_queue(&f)) return;
    uint32_t was = f.q->slot_count;
    f.q->slot_count = 0xffffffffu;
    f.q->reserved = 0xffffffffu;
    kick_file_service();
    uint32_t now = f.q->slot_count;
    note("slot_count forged to 0xffffffff; after a kick it reads %u (was %u)", now, was);
    struct stat st;
    if (now == was && stat("/watched.txt", &st) == 0)
        contained("vmproc kept its own queue geometry");
    else if (now != was)
        note("the queue geometry was not restored");
    f.q->slot_count = was;
}

static volatile int g_stop;
static struct fsq g_race;

/* Rewrites every slot's request while the other thread makes requests. */
static void* scribbler(void* arg) {
    (void)arg;
    uint64_t i = 0;
    while (!g_stop) {
        struct tandem_fs_slot* s = &g_race.slots[i % g_race.count];
        s->req.op = (uint32_t)(i % 23);
        s->req.len = (uint32_t)(i * 2654435761u);
        s->req.buf = g_race.mem - (i & 0xff);
        s->req.name = (i & 1) ? g_race.mem - 1 : g_race.scratch;
        s->req.name_len = (uint32_t)(i & 0x1ff);
        s->req.node = i * 7;
        i++;
    }
    return NULL;
}

void attack_fs_toctou(void) {
    if (!fs_queue(&g_race)) return;
    pthread_t t;
    pthread_create(&t, NULL, scribbler, NULL);
    int ok = 0, failed = 0;
    for (int i = 0; i < 2000; i++) {
        struct stat st;
        char name[64];
        snprintf(name, sizeof name, "/race-%d", i);
        if (stat(name, &st) == 0) ok++; else failed++;
        if (i % 200 == 0) sched_yield();
    }
    g_stop = 1;
    pthread_join(t, NULL);
    note("2000 lookups while another guest thread rewrote the queue: %d found, %d not", ok, failed);
    contained("the device process survived requests changed under it");
}

/* The console's ring `which` (0: output, 1: input). */
static struct tandem_ring* console_ring(int which) {
    const struct tandem_device* d = find_device(TANDEM_DEV_CONSOLE);
    uint64_t probe;
    if (!d || !d->ring_phys[which] || !probe_read8(TANDEM_PHYS_TO_VIRT(d->ring_phys[which]), &probe)) return NULL;
    return phys_to_ptr(d->ring_phys[which]);
}

void attack_console_out_indices(void) {
    struct tandem_ring* r = console_ring(0);
    if (!r) {
        contained("the console's output ring is not reachable from guest user code");
        return;
    }
    uint32_t size = r->data_size;
    r->head = r->tail + 0x80000000u;
    printf("  after head far past tail\n");
    fflush(stdout);
    r->tail = r->head + 100;
    printf("  after tail past head\n");
    fflush(stdout);
    r->data_size = 0x7fffffffu;
    memset(r + 1, '#', size);
    r->head = r->tail + size - 1;
    printf("  after data_size forged and a full ring\n");
    fflush(stdout);
    r->data_size = size;
    printf("console still works\n");
    fflush(stdout);
    contained("vmproc resynchronised the console output ring");
}

void attack_console_in_indices(void) {
    struct tandem_ring* r = console_ring(1);
    if (!r) {
        contained("the console's input ring is not reachable from guest user code");
        return;
    }
    uint32_t size = r->data_size;
    r->tail = r->head + 0x1000;   /* consumer ahead of the producer */
    r->data_size = 0x10;
    usleep(200000);
    r->head = r->tail + 0x7fff0000u; /* the host's index, forged */
    usleep(200000);
    r->data_size = size;
    r->tail = r->head;
    char buf[64] = {0};
    int fl = fcntl(0, F_GETFL);
    fcntl(0, F_SETFL, fl | O_NONBLOCK);
    ssize_t got = read(0, buf, sizeof buf - 1);
    fcntl(0, F_SETFL, fl);
    note("read after forged input indices: %zd bytes", got);
    contained("vmproc kept writing inside the console input ring");
}
