// The generators of /proc's files, by concern: per process
// (procfs_pid.cpp) and system-wide with the /proc/sys tree (procfs_sys.cpp).
#pragma once

#include "lib/types.h"

class File;
class Text;
struct Process;
struct TreeNode;

namespace procfs_gen {
void pid_stat(Text& t, Process* p);
void pid_status(Text& t, Process* p);
void pid_statm(Text& t, Process* p);
void pid_strings(Text& t, Process* p, bool environment); // cmdline, environ
void pid_auxv(Text& t, Process* p);
void pid_comm(Text& t, Process* p);
void pid_maps(Text& t, Process* p);
// /proc/<pid>/mem: the process's memory at file offset = address.
File* pid_mem_file(i32 pid, long* err);

void stat(Text& t);
void meminfo(Text& t);
void uptime(Text& t);
void loadavg(Text& t);
void version(Text& t);
// /proc/tandem/last_failure: vmproc's record of the previous guest's failure.
void last_failure(Text& t);
// The /proc/sys tree.
const TreeNode* sys_nodes(int* count);
} // namespace procfs_gen
