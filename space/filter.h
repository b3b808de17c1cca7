/* The seccomp allow-list every space process runs under (docs/PLATFORM.md,
 * "The seccomp allow-list of a space process"). */
#pragma once

#include <linux/filter.h>

enum { SPACE_FILTER_MAX = 160 };

/* Writes the filter program into `out` (room for SPACE_FILTER_MAX
 * instructions); returns its length.  Pure: no system call. */
unsigned space_filter_build(struct sock_filter *out);
