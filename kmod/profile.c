// SPDX-License-Identifier: GPL-2.0
/*
 * profile.c: `tandem run --profile` in composite mode (platform.h section 11).
 *
 * A hardware hypervisor samples its guest where host interrupts already end
 * the guest's run, and so does this one.  While profiling, an hrtimer of its
 * own ends the guest's time slice when a sample is due; the run loop comes
 * round to tandem_cp_before_entry, which calls tandem_profile_entry, and the
 * sample records where the guest was at that exit: guest user mode, inside
 * vmlib, or the guest kernel, with its RIP.  The same check at every other
 * entry takes a sample that fell due while the module itself worked (a
 * shadow fill, a direct trap) or while this thread was off the CPU, so a
 * sample is never lost, only late, and it names the guest instruction the
 * module's work was for.  The time vmproc holds the vCPU (an exit it serves,
 * a halt it sleeps in) is sampled at the next RUN: one HOST sample, named by
 * vmlib's exit reason, per interval that passed, as user-only mode's timer
 * signal records them while vmproc runs.
 *
 * Every sample goes into vmlib's ring in guest memory through the VM
 * process's own mapping, with the program of the guest's address space
 * copied from the guest kernel's program-name table.  Both are guest memory
 * and the guest may write them at any time: the module only writes the ring
 * (its own count of samples decides the slot and the head it stores) and
 * only compares roots and copies name bytes from the table, within the
 * ranges SET_PROFILE checked.  vmproc reads the ring as hostile.
 *
 * Off, it costs one test of interval_ns per entry through the C run loop;
 * the switcher's fast paths do not look at it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/hrtimer.h>
#include <linux/minmax.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "switcher.h"
#include "tandem.h"

/* Program-name entries read at once while looking up a root (on the stack). */
#define TANDEM_PROFILE_NAMES_CHUNK 8

/* TANDEM_IOC_SET_PROFILE: checks where the samples go before any is written. */
long tandem_profile_set(struct tandem_vm *vm, const void __user *uarg)
{
	struct tandem_profile *p = &vm->vcpu.profile;
	struct tandem_profile_config c;

	if (copy_from_user(&c, uarg, sizeof(c)))
		return -EFAULT;
	if (c.flags)
		return -EINVAL;
	if (!c.ring_va) {
		if (c.names_va || c.interval_ns)
			return -EINVAL;
	} else if ((c.ring_va & 7) ||
		   !tandem_cp_range_ok(vm, c.ring_va, sizeof(struct tandem_profile_ring)) ||
		   (c.names_va && !tandem_cp_range_ok(vm, c.names_va, sizeof(struct tandem_program_names))) ||
		   c.interval_ns < TANDEM_PROFILE_INTERVAL_MIN_NS ||
		   c.interval_ns > TANDEM_PROFILE_INTERVAL_MAX_NS) {
		return -EINVAL;
	}
	tandem_profile_stop(&vm->vcpu);
	p->cfg = c;
	p->head = 0;
	p->hint = 0;
	p->left_at = 0;
	return 0;
}

/* The hrtimer only has to end the guest's time slice; the run loop samples. */
static enum hrtimer_restart tandem_profile_timer_fn(struct hrtimer *t)
{
	return HRTIMER_NORESTART;
}

/* Prepares the profiler's timer (off until SET_PROFILE). */
void tandem_profile_init(struct tandem_vcpu *vcpu)
{
	hrtimer_init(&vcpu->profile.timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_PINNED);
	vcpu->profile.timer.function = tandem_profile_timer_fn;
}

/* Stops the profiler's timer (RUN returns, the VM goes away, a new SET_PROFILE). */
void tandem_profile_stop(struct tandem_vcpu *vcpu)
{
	hrtimer_cancel(&vcpu->profile.timer);
	vcpu->profile.armed = 0;
}

/*
 * The program of address space `root`, from the guest kernel's table: the
 * entry found last time first (a busy program is sampled again and again),
 * then the whole table.  An empty name when there is no table, no entry, or
 * the table cannot be read.
 */
static void tandem_profile_program(struct tandem_vm *vm, u64 root, char *name)
{
	struct tandem_profile *p = &vm->vcpu.profile;
	struct tandem_program_name e[TANDEM_PROFILE_NAMES_CHUNK];
	const struct tandem_program_name __user *table;
	unsigned int i, j;

	memset(name, 0, TANDEM_PROGRAM_NAME_MAX);
	if (!p->cfg.names_va || !root)
		return;
	table = tandem_cp_user(vm, p->cfg.names_va);
	if (!copy_from_user(e, table + p->hint, sizeof(e[0])) && e[0].root == root) {
		memcpy(name, e[0].name, TANDEM_PROGRAM_NAME_MAX);
		return;
	}
	for (i = 0; i < TANDEM_PROGRAM_NAMES; i += TANDEM_PROFILE_NAMES_CHUNK) {
		if (copy_from_user(e, table + i, sizeof(e)))
			return;
		for (j = 0; j < TANDEM_PROFILE_NAMES_CHUNK; j++) {
			if (e[j].root == root) {
				p->hint = i + j;
				memcpy(name, e[j].name, TANDEM_PROGRAM_NAME_MAX);
				return;
			}
		}
	}
}

/*
 * Writes `count` samples alike into the ring (`count` > 1 only for vmproc's
 * time): only the last ring-full is stored, but the head moves by all of
 * them, so vmproc counts the rest as overwritten, exactly as if each had
 * been written.  A ring the VM process no longer maps loses the samples.
 */
static void tandem_profile_write(struct tandem_vm *vm, u32 where, u64 rip, u64 count)
{
	struct tandem_profile *p = &vm->vcpu.profile;
	struct tandem_profile_ring __user *ring = tandem_cp_user(vm, p->cfg.ring_va);
	u64 __user *cr3_p = tandem_cp_user(vm, vm->vcpu.cp.vcpu_va + offsetof(struct tandem_cp_vcpu, state.cr3));
	struct tandem_profile_sample s;
	u64 cr3, k, stored;

	if (get_user(cr3, cr3_p))
		cr3 = 0;
	memset(&s, 0, sizeof(s));
	s.rip = rip;
	s.root = cr3 & TANDEM_CR3_ADDR_MASK;
	s.where = where;
	tandem_profile_program(vm, s.root, s.program);
	stored = min_t(u64, count, TANDEM_PROFILE_SAMPLES);
	for (k = count - stored; k < count; k++) {
		u32 slot = (u32)(p->head + k) & (TANDEM_PROFILE_SAMPLES - 1);

		if (copy_to_user(&ring->samples[slot], &s, sizeof(s)))
			return;
	}
	p->head += (u32)count;
	smp_wmb();	/* the samples before the head that publishes them */
	put_user(p->head, (u32 __user *)&ring->head);
}

/* The next due time after `now` on the interval's grid from `due`. */
static u64 tandem_profile_next(const struct tandem_profile *p, u64 now)
{
	u64 passed = now >= p->due ? (now - p->due) / p->cfg.interval_ns + 1 : 0;

	return p->due + passed * p->cfg.interval_ns;
}

/*
 * Before every entry while profiling: a sample of the frame about to be
 * entered if one is due (the interrupted guest state after a host
 * interrupt), then the timer armed for the next one.
 */
void tandem_profile_entry(struct tandem_vm *vm)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_profile *p = &vcpu->profile;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	u64 now = tandem_cp_now(vcpu);

	if (now >= p->due) {
		u32 where = TANDEM_PROFILE_KERNEL;

		if (tandem_cp_user_mode(vcpu))
			where = TANDEM_PROFILE_USER;
		else if (tandem_cp_in_vmlib(vcpu, f))
			where = TANDEM_PROFILE_VMLIB;
		tandem_profile_write(vm, where, f->rip, 1);
		p->due = tandem_profile_next(p, now);
	}
	if (p->armed != p->due) {
		hrtimer_start(&p->timer, ns_to_ktime(p->due - now), HRTIMER_MODE_REL_PINNED);
		p->armed = p->due;
	}
}

/*
 * At the start of a RUN: the intervals vmproc held the vCPU since the last
 * RUN returned become HOST samples named by the exit vmlib made (its run
 * record; just a number to vmproc), and the next sample is due one interval
 * on.  The first RUN only starts the clock.
 */
void tandem_profile_run_begin(struct tandem_vm *vm)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_profile *p = &vcpu->profile;
	u32 __user *reason_p;
	u64 now, next;
	u32 reason;

	if (!p->cfg.interval_ns)
		return;
	now = tandem_cp_now(vcpu);
	if (!p->left_at) {
		p->due = now + p->cfg.interval_ns;
		return;
	}
	if (now < p->due)
		return;
	next = tandem_profile_next(p, now);
	reason_p = tandem_cp_user(vm, vcpu->cp.run_va + offsetof(struct tandem_run, exit_reason));
	if (get_user(reason, reason_p))
		reason = 0;
	tandem_profile_write(vm, TANDEM_PROFILE_HOST, reason, (next - p->due) / p->cfg.interval_ns);
	p->due = next;
}

/* At the end of a RUN: vmproc's time starts. */
void tandem_profile_run_end(struct tandem_vm *vm)
{
	struct tandem_profile *p = &vm->vcpu.profile;

	if (p->cfg.interval_ns)
		p->left_at = tandem_cp_now(&vm->vcpu);
}
