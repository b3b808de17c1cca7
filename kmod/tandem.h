/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tandem.ko, the kernel-level half of tandem's composite hypervisor.
 *
 * This header is what the module's files share with each other: the
 * per-file context, the VM object and the few functions that cross file
 * boundaries.  What the module shares with user space (the ioctl numbers and
 * their argument layouts) lives in the one platform contract,
 * vmlib/include/tandem/platform.h, section 8.
 *
 * State of the module: a skeleton.  It registers /dev/tandem, answers the
 * API version and creates VM objects over guest memory; running a guest is
 * not implemented yet (composite mode: not implemented yet), and every
 * request that would need it fails with -ENOSYS.
 */
#ifndef TANDEM_KMOD_H
#define TANDEM_KMOD_H

#include <linux/mm_types.h>
#include <linux/mutex.h>
#include <linux/types.h>

#include <tandem/platform.h>

#define TANDEM_KMOD_VERSION "0.1.0"

/*
 * One VM: guest-physical memory is a range of the creating process's address
 * space (vmproc's memfd mapping).  The module only records it today; the
 * shadow page tables of composite mode will be filled from it.
 */
struct tandem_vm {
	u64 memory_addr;	/* user virtual address of guest-physical 0 */
	u64 memory_size;	/* bytes */
	struct mm_struct *mm;	/* the address space memory_addr belongs to */
	pid_t creator;		/* thread group that created it, for messages */
};

/*
 * What one open file of /dev/tandem owns.  Each tandem process opens the
 * device once and gets its own context, so VMs never share state.
 */
struct tandem_file {
	struct mutex lock;	/* serialises the ioctls of this file */
	struct tandem_vm *vm;	/* NULL until TANDEM_IOC_CREATE_VM */
};

long tandem_vm_create(struct tandem_file *tf,
		      const struct tandem_create_vm __user *uarg);
void tandem_vm_destroy(struct tandem_vm *vm);

#endif /* TANDEM_KMOD_H */
