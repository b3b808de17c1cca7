// SPDX-License-Identifier: GPL-2.0
/*
 * guest_mm.c: guest memory belongs to the host's memory manager.
 *
 * Guest-physical memory is an ordinary range of the VM process (vmproc's
 * memfd mapping), and the module does not pin it: the host may reclaim,
 * swap out, migrate or compact those pages, and the VM process may give
 * them back (madvise, a hole punched in the memfd), as for any other memory
 * of the process.  An MMU notifier on the process's mm tells the module
 * first: before the host changes the mapping of a range, every shadow entry
 * for guest pages in it is removed, under the same lock as the fills
 * (shadow.c), and a vCPU that is running the guest at that moment is sent
 * an IPI, which ends its slice: the next entry loads CR3 again, so the CPU
 * cannot keep a stale translation.  The guest faults the page in again on
 * its next touch, from whatever the process maps there then.
 *
 * A removed direct-map page may also be mapped by user-window entries of
 * either tree, for which there is no reverse map: every user window,
 * the current address space's and those kept for others (spaces.c), is
 * dropped whole (rare: only when the host takes back a page the guest had
 * mapped), and refills from the guest's page tables.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>

#include "tandem.h"

static struct tandem_vm *tandem_guest_mm_vm(struct mmu_notifier *mn)
{
	return container_of(mn, struct tandem_vm, mn);
}

/* Nothing to do: the IPI's arrival is what ends the guest's slice. */
static void tandem_guest_mm_ipi(void *unused)
{
}

/*
 * Makes sure no CPU still runs the guest on translations the caller just
 * removed: the vCPU publishes the CPU it enters the guest on (run.c) before
 * loading the shadow CR3; this reads it after the removal.
 */
static void tandem_guest_mm_sync(struct tandem_vcpu *vcpu)
{
	int cpu;

	smp_mb();	/* the cleared entries before the look at guest_cpu */
	cpu = READ_ONCE(vcpu->guest_cpu);
	if (cpu >= 0)
		smp_call_function_single(cpu, tandem_guest_mm_ipi, NULL, 1);
}

/*
 * Removes guest-physical [gpa, end) from the shadow trees; mmu->lock held.
 * Returns whether anything was mapped there.
 */
static bool tandem_guest_mm_zap(struct tandem_vcpu *vcpu, u64 gpa, u64 end)
{
	unsigned long n = tandem_shadow_zap(&vcpu->shadow, gpa, end);

	if (!n)
		return false;
	tandem_spaces_drop_all_locked(vcpu);
	vcpu->stats.events[TANDEM_STAT_SHADOW_INVALIDATE] += n;
	return true;
}

/*
 * The host is about to change the process's mapping of [start, end): the
 * part that is guest memory leaves the shadow trees first.  Fills that
 * looked a page up before this point see mmu->seq changed (or mmu->busy)
 * and look again once the change is done.  In contexts that must not
 * sleep (the OOM reaper) the lock may be busy: -EAGAIN asks the caller to
 * try later, as the notifier API allows.
 */
static int tandem_guest_mm_start(struct mmu_notifier *mn, const struct mmu_notifier_range *range)
{
	struct tandem_vm *vm = tandem_guest_mm_vm(mn);
	struct tandem_vcpu *vcpu = &vm->vcpu;
	u64 start = max_t(u64, range->start, vm->memory_addr);
	u64 end = min_t(u64, range->end, vm->memory_addr + vm->memory_size);
	bool zapped;

	if (start >= end)
		return 0;
	if (mmu_notifier_range_blockable(range))
		mutex_lock(&vcpu->mmu.lock);
	else if (!mutex_trylock(&vcpu->mmu.lock))
		return -EAGAIN;
	atomic_inc(&vcpu->mmu.busy);
	atomic_long_inc(&vcpu->mmu.seq);
	zapped = tandem_guest_mm_zap(vcpu, (start - vm->memory_addr) & PAGE_MASK,
				     PAGE_ALIGN(end - vm->memory_addr));
	mutex_unlock(&vcpu->mmu.lock);
	if (zapped)
		tandem_guest_mm_sync(vcpu);
	return 0;
}

/* The change is done: fills may install pages again. */
static void tandem_guest_mm_end(struct mmu_notifier *mn, const struct mmu_notifier_range *range)
{
	struct tandem_vm *vm = tandem_guest_mm_vm(mn);
	u64 start = max_t(u64, range->start, vm->memory_addr);
	u64 end = min_t(u64, range->end, vm->memory_addr + vm->memory_size);

	if (start < end)
		atomic_dec(&vm->vcpu.mmu.busy);
}

/*
 * The process's address space is going away (it exits): nothing of it may
 * stay mapped.  The vCPU cannot run any more (RUN needs the process's mm).
 */
static void tandem_guest_mm_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	struct tandem_vm *vm = tandem_guest_mm_vm(mn);
	struct tandem_vcpu *vcpu = &vm->vcpu;

	mutex_lock(&vcpu->mmu.lock);
	atomic_long_inc(&vcpu->mmu.seq);
	tandem_guest_mm_zap(vcpu, 0, vm->memory_size);
	mutex_unlock(&vcpu->mmu.lock);
	tandem_guest_mm_sync(vcpu);
}

static const struct mmu_notifier_ops tandem_guest_mm_ops = {
	.invalidate_range_start = tandem_guest_mm_start,
	.invalidate_range_end = tandem_guest_mm_end,
	.release = tandem_guest_mm_release,
};

/* CREATE_VM: from now on the host tells the module before it changes guest memory. */
int tandem_guest_mm_register(struct tandem_vm *vm)
{
	int err;

	vm->mn.ops = &tandem_guest_mm_ops;
	err = mmu_notifier_register(&vm->mn, vm->mm);
	if (!err)
		vm->mn_registered = true;
	return err;
}

/* The VM goes away: no callback runs once this returns. */
void tandem_guest_mm_unregister(struct tandem_vm *vm)
{
	if (vm->mn_registered)
		mmu_notifier_unregister(&vm->mn, vm->mm);
	vm->mn_registered = false;
}
