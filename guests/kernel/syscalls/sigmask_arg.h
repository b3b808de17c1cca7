// The temporary signal mask of ppoll, pselect6 and epoll_pwait: installed
// for the wait, kept until a handler runs if the wait was interrupted
// (the handler frame saves the original, signal.cpp), else restored.
#pragma once

#include "arch/percpu.h"
#include "arch/usercopy.h"
#include "lib/errno.h"
#include "proc/signal.h"
#include "sched/task.h"

// Installs the user's mask (umask = 0: none); 0 or -errno.
static inline long swap_sigmask(u64 umask, u64 size) {
    if (!umask) return 0;
    if (size != 8) return -EINVAL;
    u64 m;
    if (!get_user(m, umask)) return -EFAULT;
    Task* t = current();
    t->saved_sigmask = t->sigmask;
    t->restore_sigmask = true;
    t->sigmask = m & ~signal::kUnblockable;
    return 0;
}

// Puts the original mask back unless a signal interrupted the wait.
static inline void restore_sigmask_unless(bool interrupted) {
    Task* t = current();
    if (t->restore_sigmask && !interrupted) {
        t->sigmask = t->saved_sigmask;
        t->restore_sigmask = false;
    }
}
