// The anonymous inode's attributes and the blocking rule of anonymous files.
#include "fs/anon_file.h"
#include "arch/percpu.h"
#include "lib/errno.h"
#include "lib/string.h"
#include "proc/signal.h"
#include "sched/task.h"
#include "sched/waitqueue.h"

long AnonFile::stat(LinuxStat* st) {
    memset(st, 0, sizeof *st);
    st->st_dev = 0xe;
    st->st_ino = 1;
    st->st_nlink = 1;
    st->st_mode = 0600;
    st->st_blksize = 4096;
    return 0;
}

long AnonFile::wait_or_fail(WaitQueue& q) {
    if (status_flags & O_NONBLOCK) return -EAGAIN;
    if (signal::interrupt_pending(current())) return -signal::ERESTARTSYS;
    q.sleep_locked();
    return 0;
}
