// SPDX-License-Identifier: GPL-2.0
/*
 * main.c: /dev/tandem, the door between a tandem process and the module.
 *
 * A tandem process (vmproc) opens /dev/tandem once; the open file is its
 * handle on one VM.  Everything it asks goes through ioctl(), numbered and
 * laid out in the platform contract (vmlib/include/tandem/platform.h,
 * section 8), which vmproc includes too, so both sides read one definition.
 *
 * The requests: the API version, creating a VM over guest memory,
 * describing its vmlib (composite.c), setting and reading its vCPU state,
 * running it through the world switch (run.c), raising interrupts from
 * another thread while it runs (inject.c) and reading its statistics.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include <asm/cpufeature.h>
#include <asm/pgtable.h>

#include "tandem.h"

/*
 * Each open() gets its own context, because each tandem process runs its own
 * VM and several may hold the device at once.  Nothing is shared between
 * files, so opening never waits for anyone.
 */
static int tandem_open(struct inode *inode, struct file *file)
{
	struct tandem_file *tf;

	tf = kzalloc(sizeof(*tf), GFP_KERNEL_ACCOUNT);
	if (!tf)
		return -ENOMEM;
	mutex_init(&tf->lock);
	file->private_data = tf;
	return 0;
}

/*
 * The last close of a file (the process exited or closed it) is where its VM
 * dies: nobody can reach it any more, so its memory and references go back.
 */
static int tandem_release(struct inode *inode, struct file *file)
{
	struct tandem_file *tf = file->private_data;

	if (tf->vm)
		tandem_vm_destroy(tf->vm);
	mutex_destroy(&tf->lock);
	kfree(tf);
	return 0;
}

/*
 * The requests that act on a VM: -ENXIO ("no such VM") before CREATE_VM,
 * so that vmproc can tell a missing VM from a missing feature.  The caller
 * holds tf->lock, which RUN keeps for as long as the guest runs.
 */
static long tandem_vm_ioctl(struct tandem_file *tf, unsigned int cmd, void __user *argp)
{
	if (!tf->vm)
		return -ENXIO;
	switch (cmd) {
	case TANDEM_IOC_SET_STATE:
		return tandem_vcpu_set_state(tf->vm, argp);
	case TANDEM_IOC_GET_STATE:
		return tandem_vcpu_get_state(tf->vm, argp);
	case TANDEM_IOC_RUN:
		return tandem_vcpu_run(tf->vm, argp);
	case TANDEM_IOC_GET_STATS:
		return tandem_vcpu_get_stats(tf->vm, argp);
	case TANDEM_IOC_SET_VMLIB:
		return tandem_cp_set_vmlib(tf->vm, argp);
	case TANDEM_IOC_SET_PROFILE:
		return tandem_profile_set(tf->vm, argp);
	}
	return -ENOTTY;
}

/*
 * All requests arrive here and are sorted by number; anything else is
 * -ENOTTY ("not a tandem request").  vmproc asks API_VERSION first, so an
 * older module is told apart by its version, not by a failing request.
 */
static long tandem_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tandem_file *tf = file->private_data;
	void __user *argp = (void __user *)arg;
	long ret;

	switch (cmd) {
	case TANDEM_IOC_API_VERSION:
		return TANDEM_ABI_VERSION;

	case TANDEM_IOC_CREATE_VM:
		mutex_lock(&tf->lock);
		ret = tandem_vm_create(tf, argp);
		mutex_unlock(&tf->lock);
		return ret;

	case TANDEM_IOC_SET_STATE:
	case TANDEM_IOC_GET_STATE:
	case TANDEM_IOC_RUN:
	case TANDEM_IOC_GET_STATS:
	case TANDEM_IOC_SET_VMLIB:
	case TANDEM_IOC_SET_PROFILE:
		mutex_lock(&tf->lock);
		ret = tandem_vm_ioctl(tf, cmd, argp);
		mutex_unlock(&tf->lock);
		return ret;

	/*
	 * Not under tf->lock: RUN holds it while the guest runs, and injecting
	 * into a running guest is the point.  tf->vm, once set, stays until
	 * release(), which cannot run while this ioctl holds the file.
	 */
	case TANDEM_IOC_INJECT_IRQ: {
		struct tandem_vm *vm = smp_load_acquire(&tf->vm);

		return vm ? tandem_inject_irq(vm, argp) : -ENXIO;
	}

	default:
		return -ENOTTY;
	}
}

/*
 * .owner makes every open file hold a reference on the module, so the kernel
 * itself refuses to unload tandem.ko while any tandem process has the device
 * open; release() above can therefore never run after the module is gone.
 * There is no compat_ioctl: 32-bit processes cannot run 64-bit guests.
 */
static const struct file_operations tandem_fops = {
	.owner = THIS_MODULE,
	.open = tandem_open,
	.release = tandem_release,
	.unlocked_ioctl = tandem_ioctl,
	.llseek = noop_llseek,
};

/*
 * A misc device gives us /dev/tandem (with devtmpfs or udev) without owning a
 * whole major number.  Mode 0600: only root may run guests in composite mode
 * until the module is trusted with more.
 */
static struct miscdevice tandem_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "tandem",
	.fops = &tandem_fops,
	.mode = 0600,
};

/*
 * Loading registers the device and says, in one line, which version this is
 * and which host features composite mode copes with (4- or 5-level
 * paging, KPTI, SMEP, SMAP), so that a test log or a bug report
 * shows at once what kind of host the module met.
 */
static int __init tandem_init(void)
{
	int err;

	err = tandem_switcher_check_host();
	if (err)
		return err;
	err = misc_register(&tandem_misc);
	if (err) {
		pr_err("cannot register /dev/tandem: %d\n", err);
		return err;
	}
	pr_info("version %s (ABI %u) loaded; host: %d-level paging, KPTI %s, SMEP %s, SMAP %s; composite mode: world switch, shadow paging, direct traps, interrupt injection\n",
		TANDEM_KMOD_VERSION, TANDEM_ABI_VERSION,
		pgtable_l5_enabled() ? 5 : 4,
		boot_cpu_has(X86_FEATURE_PTI) ? "on" : "off",
		boot_cpu_has(X86_FEATURE_SMEP) ? "on" : "off",
		boot_cpu_has(X86_FEATURE_SMAP) ? "on" : "off");
	return 0;
}

/*
 * Unloading only happens once no file is open (see tandem_fops.owner), so
 * there is no VM left to tear down: removing the device is all there is.
 */
static void __exit tandem_exit(void)
{
	misc_deregister(&tandem_misc);
	pr_info("unloaded\n");
}

module_init(tandem_init);
module_exit(tandem_exit);

MODULE_DESCRIPTION("tandem: kernel-level hypervisor of the tandem composite hypervisor");
MODULE_VERSION(TANDEM_KMOD_VERSION);
MODULE_LICENSE("GPL");
