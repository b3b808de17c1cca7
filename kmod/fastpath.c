// SPDX-License-Identifier: GPL-2.0
/*
 * fastpath.c: what the switcher's fast paths need from C (composite mode).
 *
 * Two guest transitions happen on every guest system call: the user's
 * `syscall` (entered at the guest kernel's LSTAR, direct.c's
 * tandem_dt_syscall) and vmlib's TANDEM_HC_ENTER_USER back to user mode
 * (composite.c's tandem_cp_hc_enter_user).  The switcher does both itself
 * when nothing unusual is going on (switcher.S, "fast paths"): it changes
 * the register frame, vmlib's vCPU head and the shadow root and irets to
 * the guest again, without restoring any host state.  Anything it does not
 * like it leaves to the C code above, untouched.
 *
 * The switcher runs in ring 0 on the shadow trees, so it cannot use the VM
 * process's mapping of guest memory, and the direct map in the kernel tree
 * is a user mapping (SMAP, PKRU and "not filled yet" would all stand in the
 * way).  Instead the guest pages it needs are mapped into the switcher
 * region's window slots (switcher.h), supervisor-only, in both shadow trees
 * and nowhere else: the page(s) of vmlib's vCPU head, mapped once at the
 * first RUN after SET_VMLIB, and the page of the one register block vmlib
 * passes to ENTER_USER (a static block of vmlib's, so the same address every
 * time: it is learnt from the first slow ENTER_USER, and a block at any
 * other address simply takes the slow path).  Each window page holds its
 * own pin, dropped when it is replaced or the vCPU goes away.
 *
 * Between runs C tells the switcher what the slow path would compare
 * against: the timer deadline the last entry armed the hrtimer for (and the
 * TSC at which it passes), and the guest's CR0.TS the real TS was set from.
 * The switcher's counters are folded into the stats after every switch.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/io.h>
#include <linux/math64.h>
#include <linux/mem_encrypt.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>

#include <asm/pgtable.h>

#include "switcher.h"
#include "tandem.h"

/*
 * The fast paths can be turned off for measurements (`insmod tandem.ko
 * fastpath=0`, or 0 in /sys/module/tandem/parameters/fastpath: VMs that run
 * from then on take the slow paths only).
 */
static bool fastpath = true;
module_param(fastpath, bool, 0644);
MODULE_PARM_DESC(fastpath, "handle guest syscalls and user entries in the switcher (composite mode)");

/* The switcher's constants for vmlib's hypercall must be the contract's (its offsets are generated). */
static_assert(SW_VECTOR_HYPERCALL == TANDEM_HYPERCALL_VECTOR);
static_assert(SW_HC_ENTER_USER == TANDEM_HC_ENTER_USER);
static_assert(CPV_SIZE <= SW_PAGE + 1, "the head spans at most two window pages");

/* A u64 field of the switcher's data page. */
static u64 *tandem_fast_d(const struct tandem_vcpu *vcpu, unsigned int off)
{
	return tandem_switcher_data(&vcpu->sw, off);
}

/* Whether the guest is in user mode: the switcher flips it too, so it lives in the data page. */
bool tandem_cp_user_mode(const struct tandem_vcpu *vcpu)
{
	return *(u32 *)tandem_switcher_data(&vcpu->sw, SWD_USER_MODE) != 0;
}

/* Enters or leaves guest user mode (the shadow root of the next entry follows it). */
void tandem_cp_set_user_mode(struct tandem_vcpu *vcpu, bool user)
{
	*(u32 *)tandem_switcher_data(&vcpu->sw, SWD_USER_MODE) = user;
}

/* Fills what never changes: the two roots and the canonical-address check. */
void tandem_fast_init(struct tandem_vcpu *vcpu)
{
	*tandem_fast_d(vcpu, SWD_KROOT) = tandem_shadow_cr3(&vcpu->shadow);
	*tandem_fast_d(vcpu, SWD_UROOT) = tandem_shadow_cr3(&vcpu->ushadow);
	*tandem_fast_d(vcpu, SWD_CANON_SHIFT) = 64 - (pgtable_l5_enabled() ? 57 : 48);
	*tandem_fast_d(vcpu, SWD_DEADLINE_TSC) = ~0ull;
}

/*
 * Maps guest-physical page gpa into window slot `slot` of both shadow
 * trees, supervisor-only and non-executable, with a pin of its own
 * (replacing the slot's previous page).  Must run in the VM process.
 */
static int tandem_fast_map(struct tandem_vm *vm, unsigned int slot, u64 gpa)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	u64 va = (u64)vcpu->sw.va + SW_WIN_OFF + slot * SW_PAGE;
	u64 pte_val;
	struct page *page;
	int got;

	if (gpa >= vm->memory_size)
		return -EINVAL;
	got = pin_user_pages_fast(vm->memory_addr + (gpa & PAGE_MASK), 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (got != 1)
		return got < 0 ? got : -EFAULT;
	pte_val = __sme_set(page_to_phys(page)) | _PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED |
		  _PAGE_DIRTY | (__supported_pte_mask & _PAGE_NX);
	if (tandem_shadow_set_kernel_pte(&vcpu->shadow, va, pte_val) ||
	    tandem_shadow_set_kernel_pte(&vcpu->ushadow, va, pte_val)) {
		unpin_user_page(page);
		return -ENOMEM;
	}
	if (vcpu->sw.win[slot])
		unpin_user_pages_dirty_lock(&vcpu->sw.win[slot], 1, true);
	vcpu->sw.win[slot] = page;
	return 0;
}

/*
 * At RUN (in the VM process; RUN needs SET_VMLIB): maps vmlib's vCPU head and
 * tells the switcher where vmlib's text is.  Once per VM; a failure only
 * leaves the fast paths off.
 */
void tandem_fast_arm(struct tandem_vm *vm)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	u64 head = vcpu->cp.vcpu_va - TANDEM_DIRECT_MAP_BASE;
	u32 *flags = tandem_switcher_data(&vcpu->sw, SWD_FAST);

	if (!fastpath || (*flags & SW_FAST_HEAD))
		return;
	if (tandem_fast_map(vm, SW_WIN_HEAD, head))
		return;
	/* SET_VMLIB checked the head lies in guest memory, so its last page does too. */
	if (((head + CPV_SIZE - 1) >> PAGE_SHIFT) != (head >> PAGE_SHIFT) &&
	    tandem_fast_map(vm, SW_WIN_HEAD + 1, head + CPV_SIZE - 1))
		return;
	*tandem_fast_d(vcpu, SWD_HEAD) = (u64)vcpu->sw.va + SW_WIN_OFF + SW_WIN_HEAD * SW_PAGE +
					  (head & ~PAGE_MASK);
	*tandem_fast_d(vcpu, SWD_TEXT_START) = vcpu->cp.text_start;
	*tandem_fast_d(vcpu, SWD_TEXT_END) = vcpu->cp.text_end;
	*flags |= SW_FAST_HEAD;
}

/* SET_VMLIB (again): the fast paths stay off until RUN maps what vmlib now names. */
void tandem_fast_disarm(struct tandem_vcpu *vcpu)
{
	*(u32 *)tandem_switcher_data(&vcpu->sw, SWD_FAST) = 0;
	*tandem_fast_d(vcpu, SWD_ENTER_VA) = 0;
}

/*
 * A slow ENTER_USER from vmlib with its block at va (already checked to be
 * guest memory): if that is not the block the switcher knows yet and it
 * lies inside one page, map that page, so the next ENTER_USER with the same
 * block is taken in the switcher.
 */
void tandem_fast_note_enter(struct tandem_vm *vm, u64 va)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	u64 gpa = va - TANDEM_DIRECT_MAP_BASE;

	if (!(*(u32 *)tandem_switcher_data(&vcpu->sw, SWD_FAST) & SW_FAST_HEAD) ||
	    *tandem_fast_d(vcpu, SWD_ENTER_VA) == va ||
	    (gpa & ~PAGE_MASK) > PAGE_SIZE - REGS_SIZE)
		return;
	*tandem_fast_d(vcpu, SWD_ENTER_VA) = 0;
	if (tandem_fast_map(vm, SW_WIN_ENTER, gpa))
		return;
	*tandem_fast_d(vcpu, SWD_ENTER_PTR) = (u64)vcpu->sw.va + SW_WIN_OFF + SW_WIN_ENTER * SW_PAGE +
					       (gpa & ~PAGE_MASK);
	*tandem_fast_d(vcpu, SWD_ENTER_VA) = va;
}

/*
 * Before each composite entry (tandem_cp_before_entry): the deadline now in
 * vmlib's head, which the hrtimer is armed for (0 = none), and whether the
 * real CR0.TS is set for the guest's own (fpu.c: not while lent clear to
 * its #NM handler, so the handler's clts reads as no change).  A fast path that finds either changed,
 * or the TSC past the deadline, leaves the transition to the slow path,
 * which re-arms, raises the timer line and sets TS as it always did.
 */
void tandem_fast_note_entry(struct tandem_vcpu *vcpu, u64 deadline, bool ts)
{
	const struct tandem_clock *c = &vcpu->cp.clock;
	u64 tsc = ~0ull;

	/* ns = (tsc - boot) * mult >> shift, so this TSC is at or before the deadline. */
	if (deadline)
		tsc = c->tsc_at_boot + mul_u64_u64_div_u64(deadline, 1ull << c->tsc_to_ns_shift,
							   c->tsc_to_ns_mult);
	*tandem_fast_d(vcpu, SWD_SEEN_DEADLINE) = deadline;
	*tandem_fast_d(vcpu, SWD_DEADLINE_TSC) = tsc;
	*tandem_fast_d(vcpu, SWD_GUEST_TS) = ts ? TANDEM_CR0_TS : 0;
}

/*
 * After each switch: what the switcher did on its own goes into the stats,
 * under the same counters the slow paths use plus the fast ones.
 */
void tandem_fast_fold(struct tandem_vcpu *vcpu)
{
	u64 *sys = tandem_fast_d(vcpu, SWD_FAST_SYSCALLS);
	u64 *ent = tandem_fast_d(vcpu, SWD_FAST_ENTERS);
	u64 *tsc = tandem_fast_d(vcpu, SWD_FAST_TSC);
	u64 *ev = vcpu->stats.events;

	if (!*sys && !*ent)
		return;
	ev[TANDEM_STAT_SYSCALL] += *sys;
	ev[TANDEM_STAT_DIRECT_SYSCALL] += *sys;
	ev[TANDEM_STAT_FAST_SYSCALL] += *sys;
	ev[TANDEM_STAT_HYPERCALL] += *ent;
	ev[TANDEM_STAT_FAST_ENTER_USER] += *ent;
	vcpu->stats.exceptions[TANDEM_HYPERCALL_VECTOR] += *ent;
	ev[TANDEM_STAT_FAST_TSC] += *tsc;
	*sys = *ent = *tsc = 0;
}

/* Drops the window pages' pins (the shadow trees that mapped them are gone or going). */
void tandem_fast_destroy(struct tandem_vcpu *vcpu)
{
	int i;

	for (i = 0; i < SW_WIN_PAGES; i++) {
		if (vcpu->sw.win[i])
			unpin_user_pages_dirty_lock(&vcpu->sw.win[i], 1, true);
		vcpu->sw.win[i] = NULL;
	}
}
