// SPDX-License-Identifier: GPL-2.0
/*
 * hypercall.c: vmlib's hypercalls (platform.h section 8b).
 *
 * vmlib reaches the module with `int $TANDEM_HYPERCALL_VECTOR` (vector 31,
 * which no CPU raises as an exception): the number in RAX, arguments in RDI
 * and RSI, 0 back in RAX and every other register preserved.  EXIT returns
 * to vmproc (RUN exits TANDEM_EXIT_VMLIB, vmlib's own run record holds the
 * details); MAP fills the user window of the shadow trees, SET_SPACE
 * (a CR3 load) and INVALIDATE (a full invalidation queue) keep the windows
 * in step with the guest's page tables (spaces.c); ENTER_USER applies the
 * invalidation queue and enters guest user mode on the user shadow root.  Only vmlib's text and guest
 * kernel mode may make them.  The switcher's fast path (fastpath.c) makes
 * the common ENTER_USER itself; this file is the path for everything else.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/mm.h>
#include <linux/uaccess.h>

#include <asm/processor-flags.h>
#include <asm/trapnr.h>

#include "switcher.h"
#include "tandem.h"

/* TANDEM_HC_MAP's argument checks, then the shadow mapping. */
static long tandem_hc_map(struct tandem_vm *vm, u64 va, u64 arg)
{
	u64 gpa = arg & TANDEM_PTE_ADDR_MASK;

	if (!tandem_user_address(va) || (va & ~PAGE_MASK))
		return -EINVAL;
	if (arg & ~(TANDEM_PTE_ADDR_MASK | TANDEM_HC_MAP_WRITE | TANDEM_HC_MAP_NX))
		return -EINVAL;
	if (gpa >= vm->memory_size)
		return -EINVAL;
	vm->vcpu.stats.events[TANDEM_STAT_SHADOW_MAP]++;
	return tandem_shadow_map_user(vm, tandem_cp_vcpl(vm) == 3, va, gpa, arg & TANDEM_HC_MAP_WRITE,
				      arg & TANDEM_HC_MAP_NX);
}

/*
 * TANDEM_HC_SET_SPACE: a guest CR3 load.  The queued invalidations go
 * first (they name the spaces as they were), then the space of (root,
 * PCID) becomes current (spaces.c).
 */
static long tandem_hc_set_space(struct tandem_vm *vm, u64 root, u64 arg)
{
	long r;

	if ((root & ~TANDEM_CR3_ADDR_MASK) || (arg & ~(TANDEM_CR3_PCID_MASK | TANDEM_HC_SPACE_FLUSH)))
		return -EINVAL;
	r = tandem_spaces_drain(vm);
	if (r)
		return r;
	tandem_spaces_switch(&vm->vcpu, root, arg & TANDEM_CR3_PCID_MASK, arg & TANDEM_HC_SPACE_FLUSH);
	return 0;
}

/*
 * TANDEM_HC_ENTER_USER: loads the user registers vmlib computed (an iretq
 * or sysretq to CPL 3) into the frame; the next entry runs them on the
 * user shadow root, with TF and AC real as after a hardware iretq, and with
 * the real TS following the guest's again (fpu.c).
 */
static long tandem_hc_enter_user(struct tandem_vm *vm, u64 va)
{
	struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);
	struct tandem_regs r;
	const u64 *g = r.gpr;

	if (!tandem_cp_range_ok(vm, va, sizeof(r)) ||
	    copy_from_user(&r, tandem_cp_user(vm, va), sizeof(r)))
		return -EINVAL;
	tandem_gprs_to_frame(g, f);
	f->rip = r.rip;
	f->rflags = (r.rflags & GUEST_RFLAGS_MASK) | X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	tandem_cp_set_user_mode(&vm->vcpu, true);
	tandem_fpu_end_loan(&vm->vcpu);
	tandem_fast_note_enter(vm, va);
	return 0;
}

/*
 * `int $TANDEM_HYPERCALL_VECTOR`: from vmlib's text (whatever the virtual
 * CPL: vmlib handles user events too) or guest kernel mode a hypercall (RAX
 * = number, result 0 in RAX); from guest user mode the #GP that `int $n`
 * through a DPL-0 gate raises on hardware, reported at the instruction.  An
 * unknown number or a bad argument stops the VM (RUN exits SHUTDOWN naming
 * the hypercall and the RIP after it): vmlib never makes one.
 */
int tandem_cp_hypercall(struct tandem_vm *vm, struct tandem_run *run)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	long r;

	if (tandem_cp_user_mode(vcpu) || (!(f->rip - 2 >= vcpu->cp.text_start && f->rip - 2 < vcpu->cp.text_end) &&
				tandem_cp_vcpl(vm) != 0)) {
		f->rip -= 2;
		f->error = TANDEM_HYPERCALL_VECTOR * 8 + 2;
		return tandem_cp_exception(vm, run, X86_TRAP_GP);
	}
	vcpu->stats.events[TANDEM_STAT_HYPERCALL]++;
	switch (f->rax) {
	case TANDEM_HC_EXIT:
		run->exit_reason = TANDEM_EXIT_VMLIB;
		f->rax = 0;
		return 1;
	case TANDEM_HC_MAP:
		r = tandem_hc_map(vm, f->rdi, f->rsi);
		break;
	case TANDEM_HC_SET_SPACE:
		r = tandem_hc_set_space(vm, f->rdi, f->rsi);
		break;
	case TANDEM_HC_INVALIDATE:
		r = tandem_spaces_drain(vm);
		break;
	case TANDEM_HC_ENTER_USER:
		r = tandem_spaces_drain(vm);
		if (r == 0)
			r = tandem_hc_enter_user(vm, f->rdi);
		if (r == 0)
			return 0;	/* the frame is the user's now */
		break;
	default:
		r = -ENOSYS;
	}
	if (r) {
		/* vmlib never makes a bad hypercall: whoever did is hostile or broken. */
		char why[64];

		snprintf(why, sizeof(why), "bad hypercall %llu (error %ld)", f->rax, r);
		return tandem_cp_stop(vm, run, TANDEM_HYPERCALL_VECTOR, why);
	}
	f->rax = 0;
	return 0;
}
