// Shortcuts for system-call handlers: the calling task and its process.
#pragma once

#include "arch/percpu.h"
#include "fs/file.h"
#include "proc/process.h"
#include "sched/task.h"

static inline Process* current_proc() { return current()->proc; }
// The calling process's open file for fd, or nullptr.
static inline File* fd_file(u64 fd) { return current_proc()->fds->get_file(int(fd)); }
