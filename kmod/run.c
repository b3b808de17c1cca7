// SPDX-License-Identifier: GPL-2.0
/*
 * run.c: TANDEM_IOC_RUN, the run loop and the exit dispatch.
 *
 * A VM runs only once vmlib is described (SET_VMLIB, composite.c).  One
 * iteration is one world switch: with preemption and interrupts off, swap
 * the few pieces of CPU state the switcher does not (the FPU through
 * fpu.c, LSTAR, SYSENTER_CS, PKRU, DR7), call the switcher, swap them back,
 * give the host whatever interrupt or NMI arrived while the guest ran, turn
 * interrupts on and dispatch the exit: one handler per kind, each with its
 * own counter.  Handlers resolve the exit in the module (a shadow page
 * fill, a direct trap, an upcall into vmlib, a host interrupt) and the loop
 * goes round again, or fill a struct tandem_run (vmlib's EXIT hypercall, a
 * stopped guest) and the ioctl returns it.  Before every entry the loop
 * checks signal_pending() (RUN returns -EINTR; RUN again resumes the guest)
 * and calls cond_resched(), so a guest that spins forever costs the host one
 * runnable task, and Ctrl-C or SIGTERM stop it: the host's timer interrupt
 * always ends a guest time slice, because the guest always runs with the
 * real IF on.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/uaccess.h>

#include <asm/debugreg.h>
#include <asm/desc.h>
#include <asm/idtentry.h>
#include <asm/irq_vectors.h>
#include <asm/msr.h>
#include <asm/special_insns.h>
#include <asm/trapnr.h>

#include "switcher.h"
#include "tandem.h"

/* Pseudo-vector of "the switcher trapped on itself" (real ones are 0..255, syscall 256). */
#define RUN_VECTOR_BUG 257
/* Pseudo-vector of "not entered: another thread injected lines meanwhile" (inject.c). */
#define RUN_VECTOR_KICKED 258

/* What the host had in the registers run.c swaps around one world switch. */
struct tandem_host_regs {
	u64 lstar;
	u64 sysenter_cs;
	unsigned long dr7;
	u32 pkru;
};

/*
 * Points the CPU's system-call paths at the VM for the duration of the
 * switch: LSTAR to the region's syscall stub (STAR and FMASK are shared, see
 * tandem_switcher_check_host), SYSENTER_CS to 0 so that `sysenter` (valid
 * in 64-bit mode on Intel) raises #GP instead of entering the host with the
 * guest's CR3; no hardware breakpoints of the host's in guest code; and
 * PKRU is saved because the guest can change it with wrpkru from ring 3.
 * An NMI between these writes and the switcher's IDT load runs the host's
 * NMI handler, which never executes syscall or sysenter, so the guest
 * values there are harmless; interrupts are off.
 */
static void tandem_run_swap_in(struct tandem_vcpu *vcpu, struct tandem_host_regs *host)
{
	rdmsrl(MSR_LSTAR, host->lstar);
	wrmsrl(MSR_LSTAR, tandem_switcher_syscall_entry(&vcpu->sw));
	rdmsrl(MSR_IA32_SYSENTER_CS, host->sysenter_cs);
	if (host->sysenter_cs)
		wrmsrl(MSR_IA32_SYSENTER_CS, 0);
	get_debugreg(host->dr7, 7);
	if (host->dr7 & (DR_GLOBAL_ENABLE_MASK | DR_LOCAL_ENABLE_MASK))
		set_debugreg(0, 7);
	if (cpu_feature_enabled(X86_FEATURE_OSPKE))
		host->pkru = rdpkru();
}

/* Undoes tandem_run_swap_in in reverse. */
static void tandem_run_swap_out(struct tandem_host_regs *host)
{
	if (cpu_feature_enabled(X86_FEATURE_OSPKE) && rdpkru() != host->pkru)
		wrpkru(host->pkru);
	if (host->dr7 & (DR_GLOBAL_ENABLE_MASK | DR_LOCAL_ENABLE_MASK))
		set_debugreg(host->dr7, 7);
	if (host->sysenter_cs)
		wrmsrl(MSR_IA32_SYSENTER_CS, host->sysenter_cs);
	wrmsrl(MSR_LSTAR, host->lstar);
}

/*
 * Gives the host what interrupted the guest, still with interrupts off: an
 * NMI (taken from the guest, or noted by the IST stub in the middle of a
 * switch) goes to the host's non-IST NMI entry; a machine check is raised
 * again with `int $18`, so the host's handler finds the banks as the CPU left
 * them; an external interrupt goes to the handler the host's own IDT names
 * for that vector.  The guest cannot reach vectors 32..255 itself (their
 * gates have DPL 0), and the compat syscall gate (0x80) is never a device
 * vector, so it is never called.
 */
static void tandem_run_deliver_to_host(struct tandem_vcpu *vcpu, u64 vector)
{
	u32 *pending = tandem_switcher_data(&vcpu->sw, SWD_PENDING);
	struct tandem_sw_dtr *idtr = tandem_switcher_data(&vcpu->sw, SWD_HOST_IDTR);

	if (vector == X86_TRAP_NMI || (*pending & SW_PENDING_NMI)) {
		vcpu->stats.events[TANDEM_STAT_HOST_NMI]++;
		tandem_call_host_vector((unsigned long)asm_exc_nmi_noist);
	}
	if (vector == X86_TRAP_MC || (*pending & SW_PENDING_MC)) {
		vcpu->stats.events[TANDEM_STAT_HOST_NMI]++;
		asm volatile("int $18");
	}
	*pending = 0;
	if (vector >= FIRST_EXTERNAL_VECTOR && vector < NR_VECTORS &&
	    vector != IA32_SYSCALL_VECTOR) {
		const gate_desc *gate = (const gate_desc *)idtr->base + vector;

		vcpu->stats.events[TANDEM_STAT_HOST_IRQ]++;
		tandem_call_host_vector(gate_offset(gate));
	}
}

/*
 * One world switch.  Returns the exit vector: 0..255, SW_VECTOR_SYSCALL,
 * RUN_VECTOR_BUG when the switcher trapped on itself, or RUN_VECTOR_KICKED
 * when injected lines arrived just before the entry (the guest did not run).
 */
static u64 tandem_run_switch(struct tandem_vcpu *vcpu)
{
	void (*enter)(void) = (void (*)(void))(vcpu->sw.va + SW_ENTRY_ENTER);
	struct tandem_sw_dtr *gdt_rw = tandem_switcher_data(&vcpu->sw, SWD_HOST_GDTR_RW);
	struct tandem_host_regs host;
	u64 vector;

	bool loaded = tandem_fpu_begin(vcpu);

	local_irq_disable();
	/* Last look before entering: lines injected since before_entry are merged first. */
	if (vcpu->inject_merge && tandem_inject_pending(vcpu)) {
		local_irq_enable();
		tandem_fpu_end(vcpu, false);
		return RUN_VECTOR_KICKED;
	}
	gdt_rw->limit = GDT_SIZE - 1;
	gdt_rw->base = (u64)get_current_gdt_rw();
	*(u32 *)tandem_switcher_data(&vcpu->sw, SWD_PENDING) = 0;
	*(u64 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_CR3) = tandem_cp_root(vcpu);
	tandem_run_swap_in(vcpu, &host);
	tandem_fpu_arm_ts(vcpu, loaded);

	/* guest_mm.c: from here until the exit, removing a guest page needs an IPI here. */
	WRITE_ONCE(vcpu->guest_cpu, smp_processor_id());
	smp_mb();	/* published before the switcher loads the shadow CR3 */
	enter();
	WRITE_ONCE(vcpu->guest_cpu, -1);

	tandem_fpu_disarm_ts();
	tandem_fast_fold(vcpu);
	tandem_run_swap_out(&host);
	vector = tandem_switcher_frame(&vcpu->sw)->vector;
	if (*(u32 *)tandem_switcher_data(&vcpu->sw, SWD_BUG))
		vector = RUN_VECTOR_BUG;
	tandem_run_deliver_to_host(vcpu, vector);
	local_irq_enable();
	tandem_fpu_end(vcpu, loaded);
	vcpu->stats.events[TANDEM_STAT_WORLD_SWITCH]++;
	return vector;
}

/* Any exception the module does not resolve itself: delivered directly, or by vmlib. */
static int tandem_handle_exception(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	return tandem_cp_exception(vm, run, vector);
}

/* `int $TANDEM_HYPERCALL_VECTOR`: vmlib's hypercall. */
static int tandem_handle_hypercall(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	return tandem_cp_hypercall(vm, run);
}

/*
 * #PF: the guest's CR2 becomes the virtual CPU's CR2; composite.c fills the
 * shadow or hands the fault to the guest.
 */
static int tandem_handle_page_fault(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	vm->vcpu.state.cr2 = *(u64 *)tandem_switcher_data(&vm->vcpu.sw, SWD_GUEST_CR2);
	return tandem_cp_page_fault(vm, run);
}

/*
 * #DB: DR6 keeps its status bits until someone clears them, and the host's
 * own #DB handler must not mistake the guest's single step for its own.
 */
static int tandem_handle_debug(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	set_debugreg(DR6_RESERVED, 6);
	return tandem_cp_exception(vm, run, vector);
}

/* #NM: the lazy FPU switch, or the guest kernel's own #NM (fpu.c). */
static int tandem_handle_nm(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	return tandem_fpu_handle_nm(vm, run);
}

/* NMI and #MC belonged to the host, which has handled them: resume the guest. */
static int tandem_handle_host_event(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	return 0;
}

typedef int (*tandem_trap_handler)(struct tandem_vm *vm, struct tandem_run *run, u64 vector);

/* One handler per exception vector; vectors 32..255 are host interrupts. */
static const tandem_trap_handler tandem_trap_handlers[32] = {
	[0 ... 31] = tandem_handle_exception,
	[X86_TRAP_DB] = tandem_handle_debug,
	[X86_TRAP_NMI] = tandem_handle_host_event,
	[X86_TRAP_PF] = tandem_handle_page_fault,
	[X86_TRAP_NM] = tandem_handle_nm,
	[X86_TRAP_MC] = tandem_handle_host_event,
	[TANDEM_HYPERCALL_VECTOR] = tandem_handle_hypercall,
};

/* `syscall` from the guest: entered at the guest kernel's LSTAR, or reflected into vmlib. */
static int tandem_handle_syscall(struct tandem_vm *vm, struct tandem_run *run)
{
	vm->vcpu.stats.events[TANDEM_STAT_SYSCALL]++;
	return tandem_cp_syscall(vm, run);
}

/*
 * The switcher trapped on its own code: a bug in the module, never the
 * guest's doing.  The guest state is lost, so the VM is marked dead and the
 * VM process gets an internal-error exit saying where it happened.
 */
static int tandem_handle_switcher_bug(struct tandem_vm *vm, struct tandem_run *run)
{
	u64 v = *(u64 *)tandem_switcher_data(&vm->vcpu.sw, SWD_BUG_VECTOR);
	u64 rip = *(u64 *)tandem_switcher_data(&vm->vcpu.sw, SWD_BUG_RIP);

	vm->vcpu.broken = true;
	pr_err("pid %d: switcher trapped on itself: vector %llu at %#llx\n",
	       vm->creator, v, rip);
	run->exit_reason = TANDEM_EXIT_INTERNAL;
	run->fault_vector = v;
	run->fault_rip = rip;
	run->fault_error = *(u64 *)tandem_switcher_data(&vm->vcpu.sw, SWD_BUG_ERROR);
	snprintf(run->message, sizeof(run->message), "switcher trapped on itself (vector %llu)", v);
	vm->vcpu.stats.events[TANDEM_STAT_EXIT_INTERNAL]++;
	return 1;
}

/* Sorts one exit: 1 = return to the VM process, 0 = run again, negative = fail RUN. */
static int tandem_run_dispatch(struct tandem_vm *vm, struct tandem_run *run, u64 vector)
{
	if (vector < 32) {
		vm->vcpu.stats.exceptions[vector]++;
		return tandem_trap_handlers[vector](vm, run, vector);
	}
	if (vector < NR_VECTORS)
		return 0;	/* a host interrupt, already handled by the host */
	if (vector == SW_VECTOR_SYSCALL)
		return tandem_handle_syscall(vm, run);
	if (vector == RUN_VECTOR_KICKED)
		return 0;	/* round again: before_entry merges the lines */
	if (vector == SW_VECTOR_RESUME)
		return 0;	/* a fast path is done; run.c gave the host its NMI */
	return tandem_handle_switcher_bug(vm, run);
}

/*
 * The switcher's iretq must not fault in ring 0.  The frame comes from
 * SET_STATE (checked there), from an upcall (vmlib's checked entry), or from
 * what the guest handed the module: an ENTER_USER block or a gate of its
 * IDT may name a non-canonical RIP or RSP.  Refuse to enter with it and stop
 * the VM (RUN exits SHUTDOWN with the RIP; RUN again stops again).
 */
static int tandem_run_check_frame(struct tandem_vm *vm, struct tandem_run *run)
{
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);

	if (tandem_canonical(f->rip) && tandem_canonical(f->rsp))
		return 0;
	return tandem_cp_stop(vm, run, X86_TRAP_GP, "non-canonical RIP or RSP to enter");
}

/* TANDEM_IOC_RUN: runs the vCPU until an exit for the VM process or a signal. */
long tandem_vcpu_run(struct tandem_vm *vm, void __user *uarg)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_run run;
	int r;

	if (!vcpu->cp_on)
		return -ENOEXEC;
	if (!vcpu->state_set)
		return -EINVAL;
	if (vcpu->broken)
		return -EIO;
	if (current->mm != vm->mm)
		return -EPERM;
	memset(&run, 0, sizeof(run));
	tandem_fast_arm(vm);
	tandem_fpu_run_begin(vcpu);
	tandem_inject_runner_set(vcpu);
	tandem_profile_run_begin(vm);

	for (;;) {
		if (signal_pending(current)) {
			vcpu->stats.events[TANDEM_STAT_HOST_SIGNAL]++;
			r = -EINTR;
			break;
		}
		cond_resched();
		r = tandem_cp_before_entry(vm);
		if (r == 0)
			r = tandem_run_check_frame(vm, &run);
		if (r == 0)
			r = tandem_run_dispatch(vm, &run, tandem_run_switch(vcpu));
		if (r != 0)
			break;
	}
	tandem_inject_runner_clear(vcpu);
	tandem_cp_stop_timer(vcpu);
	tandem_profile_run_end(vm);
	if (r < 0)
		return r;
	if (copy_to_user(uarg, &run, sizeof(run)))
		return -EFAULT;
	return 0;
}
