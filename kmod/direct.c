/*
 * direct.c: guest traps that the module hands to the guest kernel itself,
 * without an upcall into vmlib and without an exit to vmproc (the
 * composite hypervisor's "trap redirection", lguest's "direct traps"): a
 * user `syscall`, hardware exceptions from user mode or from guest kernel
 * code outside vmlib, and the pending interrupt lines vmlib would deliver
 * there.
 *
 * While the guest is in user mode, or in its kernel's own code, vmlib is
 * not running, so the module may
 * read and write the head of vmlib's virtual CPU (struct tandem_cp_vcpu)
 * and do what vmlib would do, with the very same code: the `syscall` entry,
 * the exception delivery through the guest's IDT and TSS and the choice and
 * acknowledgement of a pending interrupt line are
 * vmlib/include/tandem/x86_event.c, compiled into both (x86_event.c here).
 * This file gives that code the module's view: the head copied in and out
 * around one redirect, the switcher's register frame as a struct
 * tandem_regs, and guest memory through the VM process's mapping.
 *
 * Anything unusual (a gate or stack that is not present or not in guest
 * memory, which hardware would escalate to #DF; software interrupts, whose
 * gate DPL needs the instruction) is left to vmlib: these functions return
 * 0 and the caller makes an upcall instead.  1 = delivered, negative = guest
 * memory vanished.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/uaccess.h>

#include <tandem/x86_event.h>

#include "switcher.h"
#include "tandem.h"

/* The head of vmlib's vCPU and the guest registers, copied in and out around one redirect. */
struct tandem_dt {
	struct tandem_vm *vm;
	struct tandem_cp_vcpu h;
	struct tandem_regs r;
};

/* Guest kernel-half memory through the VM process's mapping, checked like vmlib's kernel_range_ok. */
static void __user *tandem_dt_ptr(const struct tandem_vm *vm, u64 va, u64 len)
{
	u64 off = va - TANDEM_DIRECT_MAP_BASE;

	if (va < TANDEM_DIRECT_MAP_BASE || off >= vm->memory_size || len > vm->memory_size - off)
		return NULL;
	return (void __user *)(vm->memory_addr + off);
}

/* The shared delivery code's reads of guest memory (ctx = the VM). */
static int tandem_dt_read(void *ctx, u64 va, void *out, u64 len)
{
	void __user *p = tandem_dt_ptr(ctx, va, len);

	return !p || copy_from_user(out, p, len);
}

/* The shared delivery code's writes of guest memory (the hardware frame). */
static int tandem_dt_write(void *ctx, u64 va, const void *in, u64 len)
{
	void __user *p = tandem_dt_ptr(ctx, va, len);

	return !p || copy_to_user(p, in, len);
}

/* Reads the shared vCPU head (vmlib is not running) and the frame's registers. */
static int tandem_dt_load(struct tandem_dt *dt, struct tandem_vm *vm)
{
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);

	dt->vm = vm;
	if (copy_from_user(&dt->h, (void __user *)(vm->memory_addr + vm->vcpu.cp.vcpu_va -
						   TANDEM_DIRECT_MAP_BASE), sizeof(dt->h)))
		return -EFAULT;
	tandem_frame_to_gprs(f, dt->r.gpr);
	dt->r.rip = f->rip;
	dt->r.rflags = f->rflags;
	return 0;
}

/*
 * Writes the head back, puts the registers into the frame and leaves guest
 * user mode (the kernel shadow root from now on).
 */
static int tandem_dt_store(struct tandem_dt *dt)
{
	struct tandem_vm *vm = dt->vm;
	struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);

	if (copy_to_user((void __user *)(vm->memory_addr + vm->vcpu.cp.vcpu_va - TANDEM_DIRECT_MAP_BASE),
			 &dt->h, sizeof(dt->h)))
		return -EFAULT;
	tandem_gprs_to_frame(dt->r.gpr, f);
	f->rip = dt->r.rip;
	f->rflags = dt->r.rflags;
	tandem_cp_set_user_mode(&vm->vcpu, false);
	return 1;
}

/* A guest user `syscall`, entered at the guest kernel's LSTAR. */
int tandem_dt_syscall(struct tandem_vm *vm)
{
	struct tandem_dt dt;

	if (tandem_dt_load(&dt, vm))
		return -EFAULT;
	if (dt.h.state.cpl != 3 || !tandem_canonical(dt.h.state.lstar))
		return 0;
	tandem_x86_syscall(&dt.h, &dt.r);
	return tandem_dt_store(&dt);
}

/*
 * Delivers hardware exception `vector` (with `error` when it has one) from
 * guest user mode, or from guest kernel code outside vmlib (`user` false),
 * through the guest's IDT, as the CPU would; only when vmlib's virtual CPL
 * agrees with the mode the module runs the guest in.
 */
int tandem_dt_exception(struct tandem_vm *vm, bool user, u32 vector, bool has_error, u32 error, u64 cr2)
{
	const struct tandem_x86_memory mem = { tandem_dt_read, tandem_dt_write, vm };
	struct tandem_dt dt;

	if (tandem_dt_load(&dt, vm))
		return -EFAULT;
	if (dt.h.state.cpl != (user ? 3 : 0) ||
	    tandem_x86_deliver_once(&dt.h, &mem, &dt.r, vector, has_error, error, 0) != TANDEM_X86_DELIVERED)
		return 0;
	if (vector == TANDEM_EXC_PF)
		dt.h.state.cr2 = cr2;
	dt.h.sti_shadow = 0;	/* an exception ends an sti's interrupt shadow */
	return tandem_dt_store(&dt);
}

/*
 * Delivers the lowest pending interrupt line as vmlib would (the shared
 * tandem_x86_deliver_pending_irq: the line leaves irq_pending, the virtual
 * IF is cleared by an interrupt gate), to guest user mode or to guest
 * kernel code outside vmlib (`user` false).  The caller has checked the
 * sti shadow.  0 (the caller makes an upcall) when vmlib's virtual CPL
 * disagrees with the module's mode or the delivery would be a triple
 * fault, which vmlib reports when it stops the guest.
 */
int tandem_dt_interrupt(struct tandem_vm *vm, bool user)
{
	const struct tandem_x86_memory mem = { tandem_dt_read, tandem_dt_write, vm };
	struct tandem_dt dt;

	if (tandem_dt_load(&dt, vm))
		return -EFAULT;
	if (dt.h.state.cpl != (user ? 3 : 0) || tandem_x86_deliver_pending_irq(&dt.h, &mem, &dt.r) <= 0)
		return 0;
	return tandem_dt_store(&dt);
}
