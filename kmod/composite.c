// SPDX-License-Identifier: GPL-2.0
/*
 * composite.c: running vmlib's guest (platform.h section 8b).
 *
 * vmproc describes vmlib with SET_VMLIB before a VM may run; the guest's
 * kernel and vmlib then run in ring 3, and the module
 *
 *  - reflects guest events it does not resolve itself into vmlib (an
 *    "upcall": the interrupted registers go into vmlib's event record, and
 *    the guest resumes at vmlib's event entry, as a signal handler would
 *    run in user-only mode);
 *  - fills the shadow on a #PF from the direct map or the guest's own page
 *    tables (shadow.c, gpt.c), and enters user syscalls and exceptions at
 *    the guest kernel itself when it can (direct.c);
 *  - watches the shared head of vmlib's virtual CPU between runs: lines
 *    vmproc raised and a timer deadline that passed become pending, and a
 *    pending line with the virtual IF set is delivered through the guest's
 *    IDT (direct.c), or by vmlib after an upcall when the module cannot.
 *
 * vmlib's hypercalls are hypercall.c's; the lazy FPU switch and #NM are
 * fpu.c's.
 *
 * Guest memory is only ever touched through the VM process's own mapping
 * (copy_from_user/copy_to_user): RUN runs in that process (run.c checks).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/hrtimer.h>
#include <linux/math64.h>
#include <linux/uaccess.h>

#include <asm/msr.h>
#include <asm/processor-flags.h>
#include <asm/trap_pf.h>
#include <asm/trapnr.h>

#include "switcher.h"
#include "tandem.h"


/* TANDEM_IOC_SET_VMLIB: checks every address vmlib gave before trusting it. */
long tandem_cp_set_vmlib(struct tandem_vm *vm, const void __user *uarg)
{
	struct tandem_cp_config c;

	if (copy_from_user(&c, uarg, sizeof(c)))
		return -EFAULT;
	if ((c.flags & ~(u64)TANDEM_CP_EAGER_NM) || !c.clock.tsc_to_ns_mult)
		return -EINVAL;
	if (!tandem_cp_range_ok(vm, c.event_va, sizeof(struct tandem_cp_event)) ||
	    !tandem_cp_range_ok(vm, c.vcpu_va, sizeof(struct tandem_cp_vcpu)) ||
	    !tandem_cp_range_ok(vm, c.run_va, sizeof(struct tandem_run)))
		return -EINVAL;
	if (!tandem_canonical(c.boot_rip) || !tandem_canonical(c.boot_rsp) ||
	    !tandem_canonical(c.event_rip) || !tandem_canonical(c.event_rsp))
		return -EINVAL;
	if (c.text_start > c.text_end || c.private_stack_lo > c.private_stack_hi)
		return -EINVAL;
	vm->vcpu.cp = c;
	vm->vcpu.cp_on = true;
	tandem_fast_disarm(&vm->vcpu);	/* the next RUN maps the (new) head */
	return 0;
}

/*
 * The guest is inside vmlib: no event may be reflected there (it is not
 * reentrant).  Guest user mode never is, whatever its RIP and RSP say (its
 * shadow root does not even map vmlib).  profile.c names samples by it.
 */
bool tandem_cp_in_vmlib(const struct tandem_vcpu *vcpu, const struct tandem_sw_frame *f)
{
	const struct tandem_cp_config *c = &vcpu->cp;

	if (tandem_cp_user_mode(vcpu))
		return false;
	return (f->rip >= c->text_start && f->rip < c->text_end) ||
	       (f->rsp >= c->private_stack_lo && f->rsp <= c->private_stack_hi);
}

/* Guest monotonic nanoseconds (boot_info.clock), as vmlib computes them. */
u64 tandem_cp_now(const struct tandem_vcpu *vcpu)
{
	const struct tandem_clock *c = &vcpu->cp.clock;

	return mul_u64_u32_shr(rdtsc_ordered() - c->tsc_at_boot, c->tsc_to_ns_mult,
			       c->tsc_to_ns_shift);
}

/*
 * Writes the interrupted guest state and the event into vmlib's event
 * record and resumes the guest at vmlib's event entry on its event stack.
 */
static int tandem_cp_upcall(struct tandem_vm *vm, u32 kind, u32 vector, u32 error, u64 cr2)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	struct tandem_cp_event ev;
	u64 *g = ev.regs.gpr;

	tandem_frame_to_gprs(f, g);
	ev.regs.rip = f->rip;
	ev.regs.rflags = f->rflags;
	ev.kind = kind;
	ev.vector = vector;
	ev.error = error;
	ev.reserved = 0;
	ev.cr2 = cr2;
	if (copy_to_user(tandem_cp_user(vm, vcpu->cp.event_va), &ev, sizeof(ev)))
		return -EFAULT;
	tandem_cp_set_user_mode(vcpu, false);
	f->rip = vcpu->cp.event_rip;
	f->rsp = vcpu->cp.event_rsp;
	f->rflags = X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	return 0;
}

/*
 * Stops a guest that vmlib can no longer help: an exception inside vmlib
 * itself (it is not reentrant), guest memory that cannot be written, a bad
 * hypercall, or a frame the switcher cannot enter.  RUN returns SHUTDOWN
 * with the RIP and the reason; vmproc reports both.
 */
int tandem_cp_stop(struct tandem_vm *vm, struct tandem_run *run, u32 vector, const char *why)
{
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);

	run->exit_reason = TANDEM_EXIT_SHUTDOWN;
	run->fault_vector = vector;
	run->fault_error = f->error;
	run->fault_rip = f->rip;
	run->fault_addr = vm->vcpu.state.cr2;
	snprintf(run->message, sizeof(run->message), "composite mode: %s", why);
	vm->vcpu.stats.events[TANDEM_STAT_EXIT_SHUTDOWN]++;
	return 1;
}

/*
 * The shadow root the next entry runs on: the user tree once vmlib entered
 * guest user mode, until the next upcall; the kernel tree otherwise.
 */
u64 tandem_cp_root(const struct tandem_vcpu *vcpu)
{
	return tandem_shadow_cr3(tandem_cp_user_mode(vcpu) ? &vcpu->ushadow : &vcpu->shadow);
}

/* The virtual CPL vmlib keeps (0 = guest kernel); 3 if it cannot be read. */
u8 tandem_cp_vcpl(struct tandem_vm *vm)
{
	u8 cpl;
	u64 va = vm->vcpu.cp.vcpu_va + offsetof(struct tandem_cp_vcpu, state.cpl);

	if (get_user(cpl, (u8 __user *)tandem_cp_user(vm, va)))
		return 3;
	return cpl;
}

/*
 * A hardware exception from guest user mode, or from guest kernel code
 * outside vmlib (whose vCPU head is then at rest), goes straight through
 * the guest's IDT (direct.c); #BP and the #GP of `int $n` are software
 * interrupts whose gate DPL needs the instruction, and stay with vmlib, as
 * does an exception inside vmlib (it stops the guest) and anything
 * direct.c finds unusual (vmlib escalates it).  1 = delivered.
 */
static int tandem_cp_try_direct(struct tandem_vm *vm, u32 vector, u32 error, u64 cr2)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	bool user = tandem_cp_user_mode(vcpu);
	u64 t0 = rdtsc_ordered();
	int r;

	if ((!user && tandem_cp_in_vmlib(vcpu, f)) || vector == X86_TRAP_BP || vector >= 20 ||
	    vector == X86_TRAP_NMI || vector == X86_TRAP_MC || vector == X86_TRAP_DF ||
	    (vector == X86_TRAP_GP && (error & 2)))
		return 0;
	r = tandem_dt_exception(vm, user, vector, TANDEM_HAS_ERROR_CODE(vector),
				TANDEM_HAS_ERROR_CODE(vector) ? error : 0, cr2);
	if (r > 0) {
		vcpu->stats.events[TANDEM_STAT_DIRECT_EXCEPTION]++;
		vcpu->stats.events[TANDEM_STAT_DIRECT_TSC] += rdtsc_ordered() - t0;
	}
	return r;
}

/* A guest exception the module does not resolve: delivered directly, or by vmlib. */
int tandem_cp_exception(struct tandem_vm *vm, struct tandem_run *run, u32 vector)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	int r;

	if (vector != X86_TRAP_PF) {
		r = tandem_cp_try_direct(vm, vector, f->error, 0);
		if (r)
			return r < 0 ? r : 0;
	}
	if (tandem_cp_in_vmlib(vcpu, f))
		return tandem_cp_stop(vm, run, vector, "exception inside vmlib");
	vcpu->stats.events[TANDEM_STAT_UPCALL_EXCEPTION]++;
	if (tandem_cp_upcall(vm, TANDEM_CP_EVENT_EXCEPTION, vector, f->error,
			     vector == X86_TRAP_PF ? vcpu->state.cr2 : 0))
		return tandem_cp_stop(vm, run, vector, "vmlib's event record is not writable");
	return 0;
}

/* A guest `syscall`: vmlib enters the guest kernel at its LSTAR. */
int tandem_cp_syscall(struct tandem_vm *vm, struct tandem_run *run)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);

	if (tandem_cp_user_mode(vcpu)) {
		u64 t0 = rdtsc_ordered();
		int r = tandem_dt_syscall(vm);

		if (r < 0)
			return r;
		if (r) {
			vcpu->stats.events[TANDEM_STAT_DIRECT_SYSCALL]++;
			vcpu->stats.events[TANDEM_STAT_DIRECT_TSC] += rdtsc_ordered() - t0;
			return 0;
		}
	}
	if (tandem_cp_in_vmlib(vcpu, f))
		return tandem_cp_stop(vm, run, 0, "syscall inside vmlib");
	vcpu->stats.events[TANDEM_STAT_UPCALL_SYSCALL]++;
	if (tandem_cp_upcall(vm, TANDEM_CP_EVENT_SYSCALL, 0, 0, 0))
		return tandem_cp_stop(vm, run, 0, "vmlib's event record is not writable");
	return 0;
}

/*
 * #PF with the guest's CR2: the direct map (guest kernel mode only) and
 * the user window from the guest's own page tables are filled here; what
 * the guest's tables refuse goes to vmlib, which delivers the #PF.
 */
int tandem_cp_page_fault(struct tandem_vm *vm, struct tandem_run *run)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	u64 cr2 = vcpu->state.cr2, cr3;
	u32 pf_error = (f->error & (X86_PF_WRITE | X86_PF_INSTR)) | (tandem_cp_user_mode(vcpu) ? X86_PF_USER : 0);
	int r;

	if (!tandem_cp_user_mode(vcpu)) {
		r = tandem_shadow_fault(vm, cr2, f->error);
		if (r)
			return r < 0 ? r : 0;
	} else if ((f->error & (X86_PF_PROT | X86_PF_USER)) == X86_PF_PROT && tandem_user_address(cr2)) {
		/*
		 * Guest user code, a present user page, and an access the CPU
		 * made with supervisor rights (SMAP refused it): no fill can
		 * change that, and retrying would loop for ever.  Hardware
		 * makes such accesses only to descriptor tables and the TSS,
		 * which live in the switcher; qemu's TCG also pops a far
		 * return's stack that way (a far return to a selector the
		 * VM's GDT lacks, which hardware would refuse with #GP).  The
		 * instruction cannot complete here: the guest gets #GP(0).
		 */
		vcpu->stats.events[TANDEM_STAT_CP_SUPERVISOR_PF]++;
		r = tandem_cp_try_direct(vm, X86_TRAP_GP, 0, 0);
		if (r)
			return r < 0 ? r : 0;
		return tandem_cp_exception(vm, run, X86_TRAP_GP);
	}
	if (tandem_user_address(cr2) && !tandem_cp_in_vmlib(vcpu, f)) {
		u64 va = vcpu->cp.vcpu_va + offsetof(struct tandem_cp_vcpu, state.cr3);

		if (get_user(cr3, (u64 __user *)tandem_cp_user(vm, va)))
			return -EFAULT;
		r = tandem_gpt_fill(vm, cr3, cr2, tandem_cp_user_mode(vcpu), f->error & X86_PF_WRITE,
				    f->error & X86_PF_INSTR, &pf_error);
		if (r)
			return r < 0 ? r : 0;
	}
	vcpu->stats.events[TANDEM_STAT_PF_TO_GUEST]++;
	r = tandem_cp_try_direct(vm, X86_TRAP_PF, pf_error, cr2);
	if (r)
		return r < 0 ? r : 0;
	return tandem_cp_exception(vm, run, X86_TRAP_PF);
}

/* The hrtimer only has to end the guest's time slice; the run loop does the rest. */
static enum hrtimer_restart tandem_cp_timer_fn(struct hrtimer *t)
{
	return HRTIMER_NORESTART;
}

/* Prepares the vCPU's deadline timer, and the profiler's. */
void tandem_cp_init(struct tandem_vcpu *vcpu)
{
	hrtimer_init(&vcpu->timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	vcpu->timer.function = tandem_cp_timer_fn;
	tandem_profile_init(vcpu);
}

/* Stops the deadline timer and the profiler's (RUN returns, or the VM goes away). */
void tandem_cp_stop_timer(struct tandem_vcpu *vcpu)
{
	hrtimer_cancel(&vcpu->timer);
	tandem_profile_stop(vcpu);
}

/*
 * A deliverable interrupt line (virtual IF set, outside vmlib, no sti
 * shadow) goes through the guest's IDT here, by vmlib's own rule (direct.c
 * on x86_event.c).  vmlib gets an upcall only for what the module cannot
 * decide: a delivery that would be a triple fault (vmlib stops the guest
 * and reports it) or a virtual CPL that disagrees with the shadow root the
 * module runs the guest on.
 */
static int tandem_cp_interrupt(struct tandem_vm *vm)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	u64 t0 = rdtsc_ordered();
	int r = tandem_dt_interrupt(vm, tandem_cp_user_mode(vcpu));

	if (r < 0)
		return r;
	if (r) {
		vcpu->stats.events[TANDEM_STAT_DIRECT_IRQ]++;
		vcpu->stats.events[TANDEM_STAT_DIRECT_TSC] += rdtsc_ordered() - t0;
		return 0;
	}
	vcpu->stats.events[TANDEM_STAT_UPCALL_IRQ]++;
	return tandem_cp_upcall(vm, TANDEM_CP_EVENT_IRQ, 0, 0, 0);
}

/*
 * Before each entry: lines vmproc raised (vmlib's run record, or another
 * thread's INJECT_IRQ, inject.c) and a passed deadline become pending in
 * vmlib's virtual CPU, and a pending line with
 * the virtual IF set is delivered (tandem_cp_interrupt).  All of it only while the guest is
 * outside vmlib, which owns that state while it runs; a deadline that
 * passes or a line injected meanwhile is looked at again TANDEM_IRQ_RETRY_NS later.
 */
int tandem_cp_before_entry(struct tandem_vm *vm)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	void __user *head = tandem_cp_user(vm, vcpu->cp.vcpu_va);
	u64 __user *raise_p = tandem_cp_user(vm, vcpu->cp.run_va + offsetof(struct tandem_run, irq_raise));
	u64 __user *pending_p = head + offsetof(struct tandem_cp_vcpu, state.irq_pending);
	u64 __user *deadline_p = head + offsetof(struct tandem_cp_vcpu, state.timer_deadline_ns);
	u8 __user *vif_p = head + offsetof(struct tandem_cp_vcpu, vif);
	u8 __user *shadow_p = head + offsetof(struct tandem_cp_vcpu, sti_shadow);
	u64 pending, deadline, raise, now;
	u8 vif, sti_shadow;

	u64 __user *cr0_p = head + offsetof(struct tandem_cp_vcpu, state.cr0);
	u64 cr0;

	/* Where the guest was, before an upcall below moves it into vmlib. */
	if (unlikely(vcpu->profile.cfg.interval_ns))
		tandem_profile_entry(vm);
	if (get_user(deadline, deadline_p) || get_user(cr0, cr0_p))
		return -EFAULT;
	tandem_fpu_note_guest_cr0(vcpu, cr0);
	now = deadline ? tandem_cp_now(vcpu) : 0;
	vcpu->inject_merge = !tandem_cp_in_vmlib(vcpu, f);
	/* Outside vmlib its invalidation queue is complete: apply it before the guest goes on. */
	if (vcpu->inject_merge && tandem_spaces_drain(vm))
		return -EFAULT;
	if (!vcpu->inject_merge) {
		if (deadline)
			hrtimer_start(&vcpu->timer,
				      ns_to_ktime(deadline > now ? deadline - now : TANDEM_IRQ_RETRY_NS),
				      HRTIMER_MODE_REL);
		/* Injected lines wait too: look again soon, as for a passed deadline. */
		if (tandem_inject_pending(vcpu))
			hrtimer_start(&vcpu->timer, ns_to_ktime(TANDEM_IRQ_RETRY_NS), HRTIMER_MODE_REL);
		tandem_fast_note_entry(vcpu, deadline, tandem_fpu_guest_ts_armed(vcpu));
		return 0;
	}
	if (get_user(pending, pending_p) || get_user(raise, raise_p) || get_user(vif, vif_p) ||
	    get_user(sti_shadow, shadow_p))
		return -EFAULT;
	raise |= tandem_inject_take(vcpu);
	if (raise) {
		pending |= raise;
		if (put_user(0ull, raise_p))
			return -EFAULT;
	}
	if (deadline && now >= deadline) {
		deadline = 0;
		pending |= TANDEM_IRQ_LINE_BIT(TANDEM_VEC_TIMER);
		if (put_user(0ull, deadline_p))
			return -EFAULT;
		raise = 1;
	}
	if (raise && put_user(pending, pending_p))
		return -EFAULT;
	if (deadline)
		hrtimer_start(&vcpu->timer, ns_to_ktime(deadline - now), HRTIMER_MODE_REL);
	tandem_fast_note_entry(vcpu, deadline, tandem_fpu_guest_ts_armed(vcpu));
	/* After sti the next instruction (a rewritten site here) runs first, as on hardware. */
	if (vif && pending && !sti_shadow)
		return tandem_cp_interrupt(vm);
	return 0;
}
