// SPDX-License-Identifier: GPL-2.0
/*
 * vm.c: VM objects.
 *
 * A VM is what one tandem process runs: its guest-physical memory, which
 * lives in that process's own address space (vmproc maps a memfd there),
 * and its one vCPU (vcpu.c) with the vCPU's switcher region and shadow
 * address space.  Creating a VM checks the range, remembers it and
 * builds the vCPU and registers the MMU notifier that keeps the shadow trees
 * in step with the process's guest memory (guest_mm.c).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/mm.h>
#include <linux/overflow.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "tandem.h"

/*
 * The guest memory range must be something the module can later map page by
 * page into shadow page tables: whole pages, no bigger than the contract's
 * guest-physical limit, no smaller than its minimum, and entirely user
 * memory of the caller.  Reject anything else here, before any object exists.
 */
static long tandem_vm_check_memory(const struct tandem_create_vm *req)
{
	u64 end;

	if (req->flags)
		return -EINVAL;
	if (!PAGE_ALIGNED(req->memory_addr) || !PAGE_ALIGNED(req->memory_size))
		return -EINVAL;
	if (req->memory_size < TANDEM_MEMORY_MIN ||
	    req->memory_size > TANDEM_PHYS_MAX)
		return -EINVAL;
	if (check_add_overflow(req->memory_addr, req->memory_size, &end))
		return -EINVAL;
	if (!access_ok((void __user *)(unsigned long)req->memory_addr,
		       req->memory_size))
		return -EFAULT;
	return 0;
}

/*
 * TANDEM_IOC_CREATE_VM: give the calling file its VM.  One VM per open file
 * keeps lifetimes simple (the VM dies with the file); a second request on the
 * same file is refused with -EBUSY rather than silently replacing the first.
 * The caller holds tf->lock.
 */
long tandem_vm_create(struct tandem_file *tf,
		      const struct tandem_create_vm __user *uarg)
{
	struct tandem_create_vm req;
	struct tandem_vm *vm;
	long err;

	if (copy_from_user(&req, uarg, sizeof(req)))
		return -EFAULT;
	err = tandem_vm_check_memory(&req);
	if (err)
		return err;
	if (tf->vm)
		return -EBUSY;
	if (!current->mm)
		return -EINVAL;

	vm = kzalloc(sizeof(*vm), GFP_KERNEL_ACCOUNT);
	if (!vm)
		return -ENOMEM;
	vm->memory_addr = req.memory_addr;
	vm->memory_size = req.memory_size;
	/* Keep the mm_struct itself alive (not its pages) for as long as the VM. */
	mmgrab(current->mm);
	vm->mm = current->mm;
	vm->creator = task_tgid_nr(current);
	err = tandem_vcpu_init(&vm->vcpu);
	if (err) {
		mmdrop(vm->mm);
		kfree(vm);
		return err;
	}
	err = tandem_guest_mm_register(vm);
	if (err) {
		tandem_vm_destroy(vm);
		return err;
	}
	/* INJECT_IRQ reads tf->vm without tf->lock: publish a finished VM. */
	smp_store_release(&tf->vm, vm);

	pr_debug("pid %d created a VM: %llu MiB at %#llx\n", vm->creator,
		 vm->memory_size >> 20, vm->memory_addr);
	return 0;
}

/*
 * Called when the owning file is released: drop what the VM holds.  Nothing
 * can be running (RUN holds a reference on the file): the MMU notifier goes
 * first (no callback can look at the trees after that), then the vCPU and
 * its shadow trees, then the mm reference.
 */
void tandem_vm_destroy(struct tandem_vm *vm)
{
	tandem_guest_mm_unregister(vm);
	tandem_vcpu_destroy(&vm->vcpu);
	mmdrop(vm->mm);
	kfree(vm);
}
