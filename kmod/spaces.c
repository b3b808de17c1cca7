// SPDX-License-Identifier: GPL-2.0
/*
 * spaces.c: the guest's address spaces as the shadow keeps them, and the
 * invalidation queue (composite mode, platform.h section 8b).
 *
 * A guest context switch loads CR3.  Dropping the shadow's user window
 * there would make the next process refill every page it touches, one
 * world switch each, although its page tables have not changed.  So the
 * module keeps the user windows of the last TANDEM_SPACES address spaces,
 * keyed as the hardware's TLB keys translations: by PCID (which vmlib
 * offers the guest), and here also by page-table root, so a root reusing
 * a PCID never sees another root's entries.  The current space's windows
 * (one in each shadow tree) live in the trees; the others are kept aside
 * in a page of PML4 entries each, and a switch moves entries, nothing
 * else.  They stay correct because they follow the x86 rules the guest
 * already obeys: a CR3 load without the no-flush bit (always, without
 * CR4.PCIDE) empties the space's window, and invlpg, invpcid and CR4's
 * flushes remove what they name, in the current space or a kept one.
 *
 * Those invalidations are queued by vmlib in the head of its virtual CPU
 * instead of costing a world switch each, and applied here in one go:
 * before every entry while the guest is outside vmlib, at every CR3 load
 * (SET_SPACE), at every slow ENTER_USER, and when vmlib finds the queue
 * full (TANDEM_HC_INVALIDATE); the switcher's fast ENTER_USER defers to
 * the slow one while the queue is not empty.  So no user instruction ever
 * runs on an entry the guest invalidated; guest kernel code may still
 * read through one until its next exit, as a CPU may use a TLB entry
 * until the flush completes.  The queue is guest memory: its entries only
 * ever remove shadow entries, and one the module cannot read as a valid
 * queue flushes every window.  Afterwards the current space's invalidated
 * pages are walked again in the guest's tables, and those the guest
 * already re-pointed to an accessed frame are mapped again at once
 * (tandem_spaces_refill): that is what a copy-on-write break leaves just
 * before the user retries the page.
 *
 * Memory stays bounded: at most TANDEM_SPACES windows per tree, the least
 * recently used one evicted (its tables freed) for a new space.  The MMU
 * notifier empties every window when the host takes back a guest page
 * that was mapped (guest_mm.c, as before there was more than one).
 * Everything here runs under mmu->lock, which orders it against the
 * notifier.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/gfp.h>
#include <linux/uaccess.h>

#include "tandem.h"

/* A kept page holds the kernel tree's window, then the user tree's. */
#define KEPT_USER TANDEM_USER_PML4_SLOTS
static_assert(2 * TANDEM_USER_PML4_SLOTS * sizeof(u64) <= PAGE_SIZE);

/* Allocates the kept pages; the boot address space (root 0) is current. */
int tandem_spaces_init(struct tandem_vcpu *vcpu)
{
	struct tandem_spaces *sp = &vcpu->spaces;
	int i;

	for (i = 0; i < TANDEM_SPACES; i++) {
		sp->s[i].kept = (u64 *)get_zeroed_page(GFP_KERNEL_ACCOUNT);
		if (!sp->s[i].kept) {
			tandem_spaces_destroy(vcpu);
			return -ENOMEM;
		}
	}
	sp->cur = 0;
	sp->s[0].valid = true;
	return 0;
}

/* The windows of space i: in the trees if it is current, else kept aside. */
static void tandem_spaces_windows(struct tandem_vcpu *vcpu, int i, u64 **kwin, u64 **uwin)
{
	if (i == vcpu->spaces.cur) {
		*kwin = tandem_shadow_window(&vcpu->shadow);
		*uwin = tandem_shadow_window(&vcpu->ushadow);
	} else {
		*kwin = vcpu->spaces.s[i].kept;
		*uwin = vcpu->spaces.s[i].kept + KEPT_USER;
	}
}

/* Empties both windows of space i, freeing their tables.  mmu->lock held. */
static void tandem_spaces_empty(struct tandem_vcpu *vcpu, int i)
{
	u64 *kwin, *uwin;

	tandem_spaces_windows(vcpu, i, &kwin, &uwin);
	tandem_shadow_window_free(&vcpu->shadow, kwin);
	tandem_shadow_window_free(&vcpu->ushadow, uwin);
}

/* Frees the kept windows and pages (the vCPU goes away, before its trees). */
void tandem_spaces_destroy(struct tandem_vcpu *vcpu)
{
	struct tandem_spaces *sp = &vcpu->spaces;
	int i;

	for (i = 0; i < TANDEM_SPACES; i++) {
		if (!sp->s[i].kept)
			continue;
		if (i != sp->cur)
			tandem_spaces_empty(vcpu, i);
		free_page((unsigned long)sp->s[i].kept);
		sp->s[i].kept = NULL;
	}
}

/* A slot for a new space: a free one, else the least recently current one (evicted). */
static int tandem_spaces_victim(struct tandem_vcpu *vcpu)
{
	struct tandem_spaces *sp = &vcpu->spaces;
	int i, best = -1;

	for (i = 0; i < TANDEM_SPACES; i++) {
		if (i == sp->cur)
			continue;
		if (!sp->s[i].valid)
			return i;
		if (best < 0 || sp->s[i].used < sp->s[best].used)
			best = i;
	}
	tandem_spaces_empty(vcpu, best);
	vcpu->stats.events[TANDEM_STAT_SPACE_EVICTED]++;
	return best;
}

/*
 * TANDEM_HC_SET_SPACE (after the queue was applied): makes the address
 * space of (root, pcid) current, with the windows kept for it, or empty
 * ones; a flushing load empties them either way.
 */
void tandem_spaces_switch(struct tandem_vcpu *vcpu, u64 root, u32 pcid, bool flush)
{
	struct tandem_spaces *sp = &vcpu->spaces;
	struct tandem_space *cur;
	int i, j = -1;

	mutex_lock(&vcpu->mmu.lock);
	cur = &sp->s[sp->cur];
	if (cur->valid && cur->root == root && cur->pcid == pcid) {
		j = sp->cur;
	} else {
		for (i = 0; i < TANDEM_SPACES; i++)
			if (sp->s[i].valid && sp->s[i].root == root && sp->s[i].pcid == pcid)
				j = i;
		tandem_shadow_window_move(cur->kept, tandem_shadow_window(&vcpu->shadow));
		tandem_shadow_window_move(cur->kept + KEPT_USER, tandem_shadow_window(&vcpu->ushadow));
		if (j < 0) {
			j = tandem_spaces_victim(vcpu);
			sp->s[j].valid = true;
			sp->s[j].root = root;
			sp->s[j].pcid = pcid;
		}
		tandem_shadow_window_move(tandem_shadow_window(&vcpu->shadow), sp->s[j].kept);
		tandem_shadow_window_move(tandem_shadow_window(&vcpu->ushadow), sp->s[j].kept + KEPT_USER);
		sp->cur = j;
	}
	if (flush) {
		vcpu->stats.events[TANDEM_STAT_SHADOW_FLUSH]++;
		tandem_spaces_empty(vcpu, j);
	} else {
		vcpu->stats.events[TANDEM_STAT_SPACE_REUSED]++;
	}
	sp->s[j].used = ++sp->clock;
	mutex_unlock(&vcpu->mmu.lock);
}

/* Pages of one queue the drain refills at most (a few invlpgs, not a munmap). */
#define REFILL_PAGES 16

/* The pages of the current space one drain unmapped and may map again. */
struct tandem_refill {
	u64 va[REFILL_PAGES];
	unsigned int n;
};

/*
 * Applies one queued invalidation to every space it names, noting the
 * current space's pages in *refill while there is room.  mmu->lock held.
 */
static void tandem_spaces_apply(struct tandem_vcpu *vcpu, const struct tandem_cp_inval *e,
				struct tandem_refill *refill)
{
	struct tandem_spaces *sp = &vcpu->spaces;
	bool whole = e->va == TANDEM_CP_INVAL_ALL_PAGES || e->pages > TANDEM_CP_INVAL_MAX_PAGES;
	int i;

	for (i = 0; i < TANDEM_SPACES; i++) {
		u64 *kwin, *uwin, p;

		if (!sp->s[i].valid || (e->pcid != TANDEM_CP_INVAL_ALL_PCIDS && e->pcid != sp->s[i].pcid))
			continue;
		if (whole) {
			vcpu->stats.events[TANDEM_STAT_SHADOW_FLUSH]++;
			tandem_spaces_empty(vcpu, i);
			continue;
		}
		tandem_spaces_windows(vcpu, i, &kwin, &uwin);
		for (p = 0; p < e->pages; p++) {
			u64 va = (e->va & PAGE_MASK) + p * PAGE_SIZE;

			tandem_shadow_window_unmap(kwin, va);
			tandem_shadow_window_unmap(uwin, va);
			if (i == sp->cur && refill->n < REFILL_PAGES && tandem_user_address(va))
				refill->va[refill->n++] = va;
		}
	}
}

/*
 * Maps the current space's invalidated pages again in the user tree where
 * the guest's tables already give them (tandem_gpt_refill), as user-only
 * mode maps an invalidated page again at its new frame: a guest kernel
 * invalidates a page mostly to re-point it (a copy-on-write break) just
 * before the user retries it, and each refill saves that retry's fill
 * trap.  Only when vmlib's CR3 is the current space's root (not during a
 * CR3 load, whose queue names the old one).  Without mmu->lock: the fill
 * takes it, and checks the page against the MMU notifier as any fill does.
 */
static int tandem_spaces_refill(struct tandem_vm *vm, const struct tandem_refill *refill)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_space *cur = &vcpu->spaces.s[vcpu->spaces.cur];
	u64 va = vcpu->cp.vcpu_va + offsetof(struct tandem_cp_vcpu, state.cr3);
	unsigned int i;
	u64 cr3;
	int r;

	if (!refill->n)
		return 0;
	if (get_user(cr3, (u64 __user *)tandem_cp_user(vm, va)))
		return -EFAULT;
	if (!cur->valid || !cur->root || cur->root != (cr3 & TANDEM_CR3_ADDR_MASK))
		return 0;
	for (i = 0; i < refill->n; i++) {
		r = tandem_gpt_refill(vm, cr3, refill->va[i]);
		if (r < 0)
			return r;
		vcpu->stats.events[TANDEM_STAT_INVAL_REFILLED] += r;
	}
	return 0;
}

/*
 * Applies vmlib's invalidation queue (tandem_cp_vcpu.inval) and empties it,
 * then refills the current space's pages the guest already re-pointed.  A
 * count beyond the queue's size is not a queue vmlib wrote: every window
 * is flushed.  0, or -EFAULT when vmlib's head or guest memory cannot be
 * read.
 */
int tandem_spaces_drain(struct tandem_vm *vm)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	void __user *head = tandem_cp_user(vm, vcpu->cp.vcpu_va);
	u32 __user *count_p = head + offsetof(struct tandem_cp_vcpu, inval_count);
	struct tandem_cp_inval q[TANDEM_CP_INVAL_SLOTS];
	struct tandem_refill refill = { .n = 0 };
	u32 n, i;

	if (get_user(n, count_p))
		return -EFAULT;
	if (!n)
		return 0;
	if (n > TANDEM_CP_INVAL_SLOTS) {
		q[0].va = TANDEM_CP_INVAL_ALL_PAGES;
		q[0].pages = 0;
		q[0].pcid = TANDEM_CP_INVAL_ALL_PCIDS;
		n = 1;
	} else if (copy_from_user(q, head + offsetof(struct tandem_cp_vcpu, inval), n * sizeof(q[0]))) {
		return -EFAULT;
	}
	if (put_user(0u, count_p))
		return -EFAULT;
	mutex_lock(&vcpu->mmu.lock);
	for (i = 0; i < n; i++)
		tandem_spaces_apply(vcpu, &q[i], &refill);
	mutex_unlock(&vcpu->mmu.lock);
	vcpu->stats.events[TANDEM_STAT_INVAL_BATCH]++;
	vcpu->stats.events[TANDEM_STAT_INVAL_APPLIED] += n;
	return tandem_spaces_refill(vm, &refill);
}

/*
 * The MMU notifier removed a direct-map page that user entries may map
 * (there is no reverse map): every window of every space is emptied; the
 * spaces stay known.  mmu->lock held.
 */
void tandem_spaces_drop_all_locked(struct tandem_vcpu *vcpu)
{
	int i;

	for (i = 0; i < TANDEM_SPACES; i++)
		if (vcpu->spaces.s[i].valid)
			tandem_spaces_empty(vcpu, i);
}
