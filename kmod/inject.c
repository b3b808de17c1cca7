// SPDX-License-Identifier: GPL-2.0
/*
 * inject.c: TANDEM_IOC_INJECT_IRQ, interrupts raised by another thread of
 * the VM process while the vCPU may be inside RUN.
 *
 * A device thread of vmproc (console input, for one) must be able to
 * interrupt a guest that never exits on its own: in composite mode a guest
 * busy in user code, or taking only system calls and page faults, stays in
 * the module for as long as it likes.  The injector ORs its lines into
 * vcpu->injected and kicks the thread that runs the vCPU; that thread moves
 * them into vmlib's pending lines in tandem_cp_before_entry, like the
 * run record's irq_raise.
 *
 * The race with an entry in progress is closed the way KVM closes it for
 * its requests: the runner publishes itself (vcpu->runner) before it looks
 * at vcpu->injected for the last time with interrupts off, and the injector
 * sets its bits before it looks at vcpu->runner.  Either the runner sees the
 * bits and does not enter, or the injector sees the runner and its
 * reschedule IPI arrives once the guest runs (with the real IF on), which
 * ends the guest's slice.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/sched.h>
#include <linux/uaccess.h>

#include "tandem.h"

/* TANDEM_IOC_INJECT_IRQ: callable without tf->lock, which RUN holds while the guest runs. */
long tandem_inject_irq(struct tandem_vm *vm, const void __user *uarg)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_irq req;

	if (copy_from_user(&req, uarg, sizeof(req)))
		return -EFAULT;
	if (!req.lines || !READ_ONCE(vcpu->cp_on))
		return -EINVAL;
	atomic64_or(req.lines, &vcpu->injected);
	/* Pairs with the barrier in tandem_inject_runner_set. */
	smp_mb__after_atomic();
	spin_lock(&vcpu->runner_lock);
	if (vcpu->runner)
		kick_process(vcpu->runner);
	spin_unlock(&vcpu->runner_lock);
	return 0;
}

/* RUN starts: injectors may now kick this thread. */
void tandem_inject_runner_set(struct tandem_vcpu *vcpu)
{
	spin_lock(&vcpu->runner_lock);
	vcpu->runner = current;
	spin_unlock(&vcpu->runner_lock);
	/* The runner is visible before the next look at vcpu->injected. */
	smp_mb();
}

/* RUN returns: nobody may kick this thread for the VM any more. */
void tandem_inject_runner_clear(struct tandem_vcpu *vcpu)
{
	spin_lock(&vcpu->runner_lock);
	vcpu->runner = NULL;
	spin_unlock(&vcpu->runner_lock);
}

/* Whether lines wait to be merged: the last check before an entry, interrupts off. */
bool tandem_inject_pending(struct tandem_vcpu *vcpu)
{
	return atomic64_read(&vcpu->injected) != 0;
}

/* Takes the injected lines (tandem_cp_before_entry merges them into vmlib's pending ones). */
u64 tandem_inject_take(struct tandem_vcpu *vcpu)
{
	u64 lines = atomic64_xchg(&vcpu->injected, 0);

	if (lines)
		vcpu->stats.events[TANDEM_STAT_IRQ_ASYNC]++;
	return lines;
}
