// SPDX-License-Identifier: GPL-2.0
/*
 * gpt.c: the guest's own page tables, read by the module (composite mode).
 *
 * A guest #PF in the user window is first tried here: walk the guest's
 * 4-level tables from its CR3 (in the head of vmlib's virtual CPU) in
 * guest-physical memory, check the access the way the CPU would for the
 * virtual CPL (CR0.WP = 1 and EFER.NXE = 1 are fixed by the contract), set
 * the accessed bits (and the dirty bit for a write) in the guest's entries
 * as the hardware does, and fill the shadow entry of the tree for the
 * current mode: the kernel tree for guest kernel mode, the user tree (no
 * direct map) for guest user mode.  A page whose guest PTE is not dirty yet
 * is mapped read-only, so the first write faults again and sets D.  What
 * the walk refuses goes to vmlib, which delivers the #PF with the guest's
 * error code (events.cpp); the module never has to invent one.
 *
 * Guest memory is read and written through the VM process's mapping
 * (get_user/put_user): RUN runs in that process.  A guest table outside
 * guest memory is simply "not present".
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/uaccess.h>

#include <asm/trap_pf.h>

#include "tandem.h"

#define GPT_LEVELS 4

/* The VM process's address of guest-physical pa, or NULL outside guest memory. */
static u64 __user *tandem_gpt_entry(const struct tandem_vm *vm, u64 pa)
{
	if (pa >= vm->memory_size || vm->memory_size - pa < 8)
		return NULL;
	return (u64 __user *)(vm->memory_addr + pa);
}

/* The rights the walk's entries give together: W and U on every level, NX on any. */
static void tandem_gpt_rights(const u64 *entry, int levels, bool *w, bool *u, bool *nx)
{
	int level;

	*w = true;
	*u = true;
	*nx = false;
	for (level = 0; level < levels; level++) {
		*w = *w && (entry[level] & TANDEM_PTE_W);
		*u = *u && (entry[level] & TANDEM_PTE_U);
		*nx = *nx || (entry[level] & TANDEM_PTE_NX);
	}
}

/* One walk of the guest's tables down to the entry that maps an address. */
struct tandem_gpt_path {
	u64 __user *slot[GPT_LEVELS];	/* where each entry lives */
	u64 entry[GPT_LEVELS];		/* its value */
	int levels;			/* how many entries the walk used */
	u64 gpa;			/* the guest-physical page */
	bool w, u, nx;			/* the rights of all of them together */
};

/*
 * Walks the guest's tables from cr3 down to the entry that maps va and
 * fills *p.  Sets nothing.  1 = present on every level, 0 = not present or
 * outside guest memory, -EFAULT = guest memory vanished.  The one walk of
 * the fill and the refill.
 */
static int tandem_gpt_walk(struct tandem_vm *vm, u64 cr3, u64 va, struct tandem_gpt_path *p)
{
	u64 table = cr3 & TANDEM_CR3_ADDR_MASK;
	int level, n;

	if (!table)
		return 0;	/* the boot address space: no user window */
	for (n = 0, level = GPT_LEVELS; level >= 1; level--, n++) {
		unsigned int idx = (va >> (12 + 9 * (level - 1))) & 511;
		u64 e;

		p->slot[n] = tandem_gpt_entry(vm, table + idx * 8);
		if (!p->slot[n])
			return 0;
		if (get_user(e, p->slot[n]))
			return -EFAULT;
		if (!(e & TANDEM_PTE_P))
			return 0;
		p->entry[n] = e;
		if (level == 1 || ((level == 2 || level == 3) && (e & TANDEM_PTE_PS))) {
			u64 size = 1ull << (12 + 9 * (level - 1));

			p->gpa = (e & TANDEM_PTE_ADDR_MASK & ~(size - 1)) + (va & (size - 1) & PAGE_MASK);
			p->levels = n + 1;
			tandem_gpt_rights(p->entry, p->levels, &p->w, &p->u, &p->nx);
			return 1;
		}
		table = e & TANDEM_PTE_ADDR_MASK;
	}
	return 0;	/* not reached: level 1 always ends the walk */
}

#define GPT_AROUND 16	/* pages of the aligned block filled around a fault */

/*
 * After a fill of a 4 KiB page, the rest of its aligned 64 KiB block in the
 * same guest page table is filled too where the guest's entry is present
 * and already accessed (the guest kernel's own fault-around marks the pages
 * it maps so; the CPU may cache any such translation), with the rights the
 * walk gives: upper levels from `entry`, writable only once dirty, so that
 * the guest's A and D bits stay what the hardware would make them.  In
 * composite mode each fault is a world switch; a process touching its
 * pages in runs costs one instead of sixteen.  Best effort: errors only end
 * the run early.
 */
static void tandem_gpt_fill_around(struct tandem_vm *vm, const u64 *entry, u64 __user *leaf_slot,
				   u64 va, bool user)
{
	unsigned int idx = (va >> 12) & 511, first = idx & ~(GPT_AROUND - 1), i;
	u64 __user *leaf_table = leaf_slot - idx;
	bool w, u, nx;

	tandem_gpt_rights(entry, GPT_LEVELS - 1, &w, &u, &nx);
	for (i = first; i < first + GPT_AROUND; i++) {
		u64 e, gpa, at = (va & ~((512ull << 12) - 1)) + ((u64)i << 12);

		if (i == idx || get_user(e, leaf_table + i))
			continue;
		if ((e & (TANDEM_PTE_P | TANDEM_PTE_A)) != (TANDEM_PTE_P | TANDEM_PTE_A))
			continue;
		if (user && !(u && (e & TANDEM_PTE_U)))
			continue;
		gpa = e & TANDEM_PTE_ADDR_MASK;
		if (gpa >= vm->memory_size)
			continue;
		if (tandem_shadow_map_user(vm, user, at, gpa,
					   w && (e & TANDEM_PTE_W) && (e & TANDEM_PTE_D),
					   nx || (e & TANDEM_PTE_NX)))
			return;
		vm->vcpu.stats.events[TANDEM_STAT_SHADOW_FILL_AROUND]++;
	}
}

/*
 * Walks the guest's tables for va and, if the access is allowed, fills the
 * shadow.  1 = mapped (retry the guest), 0 = not allowed or not present
 * (*pf_error is then the guest's #PF error code, as vmlib's translate
 * computes it), negative = guest memory vanished.
 */
int tandem_gpt_fill(struct tandem_vm *vm, u64 cr3, u64 va, bool user, bool write, bool fetch,
		    u32 *pf_error)
{
	struct tandem_gpt_path p;
	int level, r;

	*pf_error = (write ? TANDEM_PF_W : 0) | (user ? TANDEM_PF_U : 0) | (fetch ? TANDEM_PF_I : 0);
	r = tandem_gpt_walk(vm, cr3, va, &p);
	if (r <= 0)
		return r;
	*pf_error |= TANDEM_PF_P;
	if ((user && !p.u) || (write && !p.w) || (fetch && p.nx))
		return 0;
	if (p.gpa >= vm->memory_size)
		return 0;
	/* Accessed on every level used, dirty on the leaf for a write (SDM vol. 3, 4.8). */
	for (level = 0; level < p.levels; level++) {
		u64 want = p.entry[level] | TANDEM_PTE_A;

		if (level == p.levels - 1 && write)
			want |= TANDEM_PTE_D;
		if (want != p.entry[level] && put_user(want, p.slot[level]))
			return -EFAULT;
		p.entry[level] = want;
	}
	vm->vcpu.stats.events[TANDEM_STAT_SHADOW_FILL]++;
	r = tandem_shadow_map_user(vm, user, va & PAGE_MASK, p.gpa,
				   p.w && (write || (p.entry[p.levels - 1] & TANDEM_PTE_D)), p.nx);
	if (r)
		return r;
	if (p.levels == GPT_LEVELS)
		tandem_gpt_fill_around(vm, p.entry, p.slot[p.levels - 1], va, user);
	return 1;
}

/*
 * A page the guest just invalidated in the address space about to run
 * (spaces.c) is mapped again in the user tree at once if the guest's
 * tables already give it to user mode as the CPU would have cached it:
 * present, user and accessed on every level (the module sets no A bit
 * here: nothing touched the page yet), writable only once dirty, NX
 * honoured.  A guest copy-on-write break leaves exactly that (the new
 * entry accessed and dirty) and then returns to the user, whose retry
 * would otherwise be a fill trap.  1 = mapped, 0 = left to a fault,
 * negative = guest memory vanished.
 */
int tandem_gpt_refill(struct tandem_vm *vm, u64 cr3, u64 va)
{
	struct tandem_gpt_path p;
	int level, r;

	r = tandem_gpt_walk(vm, cr3, va, &p);
	if (r <= 0)
		return r;
	for (level = 0; level < p.levels; level++)
		if (!(p.entry[level] & TANDEM_PTE_A))
			return 0;
	if (!p.u || p.gpa >= vm->memory_size)
		return 0;
	r = tandem_shadow_map_user(vm, true, va & PAGE_MASK, p.gpa,
				   p.w && (p.entry[p.levels - 1] & TANDEM_PTE_D), p.nx);
	return r ? r : 1;
}
