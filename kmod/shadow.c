// SPDX-License-Identifier: GPL-2.0
/*
 * shadow.c: the address space the guest runs on.
 *
 * The guest never runs on the host process's page tables.  Each vCPU has two
 * module-owned page-table trees (guest kernel mode, guest user mode), as
 * deep as the host's (4 or 5 levels: CR4.LA57 cannot change while paging is
 * on), with two halves:
 *
 *  - the kernel half maps only the switcher region, at the address it has
 *    in the host, supervisor-only: the code page read-only and executable,
 *    the others writable and non-executable;
 *  - the lower half maps guest memory, user-accessible, page by page, filled
 *    lazily: the direct map (guest virtual TANDEM_DIRECT_MAP_BASE + p is
 *    guest-physical p) on first touch, the user window from the guest's own
 *    page tables (gpt.c) or vmlib's hypercalls.
 *
 * Guest pages are not pinned.  A fill looks the page up with
 * get_user_pages_fast in the VM process's mapping, then installs it under
 * mmu->lock only if no invalidation of guest memory ran or runs meanwhile
 * (mmu->seq, mmu->busy), and drops its reference: from then on the MMU
 * notifier (guest_mm.c) removes the entry, under the same lock, before the
 * host can free, swap out or migrate the page.  Nothing that can fault or
 * reclaim runs under the lock; table pages come from a cache filled before.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/gfp.h>
#include <linux/io.h>
#include <linux/mem_encrypt.h>
#include <linux/mm.h>
#include <linux/sched.h>

#include <asm/pgtable.h>
#include <asm/trap_pf.h>

#include "switcher.h"
#include "tandem.h"

#define SHADOW_TABLE (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED)
#define SHADOW_ENTRIES 512

/* Index of addr in a table at level (1 = page table, 4 = PML4, 5 = PML5). */
static unsigned int tandem_shadow_index(u64 addr, int level)
{
	return (addr >> (PAGE_SHIFT + 9 * (level - 1))) & (SHADOW_ENTRIES - 1);
}

/* The table an entry points to, by its direct-map address. */
static u64 *tandem_shadow_next(u64 entry)
{
	return __va(entry & PTE_PFN_MASK);
}

/*
 * Fills the table-page cache so that one walk can allocate every level it
 * misses; called without mmu->lock (the allocation may reclaim).
 */
static int tandem_shadow_top_up(struct tandem_mmu *mmu)
{
	while (mmu->cached < 5) {
		void *page = (void *)get_zeroed_page(GFP_KERNEL_ACCOUNT);

		if (!page)
			return -ENOMEM;
		mmu->cache[mmu->cached++] = page;
	}
	return 0;
}

/* Returns the cached table pages (the vCPU goes away). */
void tandem_shadow_mmu_fini(struct tandem_mmu *mmu)
{
	while (mmu->cached)
		free_page((unsigned long)mmu->cache[--mmu->cached]);
}

/*
 * Finds the leaf entry for addr, taking missing tables from the cache on
 * the way when asked (mmu->lock held, or no notifier yet).  Intermediate
 * entries are permissive (user, writable, executable): the leaf decides.
 * NULL when a table is missing and alloc is false, or the cache is empty.
 */
static u64 *tandem_shadow_walk(struct tandem_shadow *sh, u64 addr, bool user, bool alloc)
{
	u64 *table = sh->root;
	int level;

	for (level = sh->levels; level > 1; level--) {
		u64 *entry = &table[tandem_shadow_index(addr, level)];

		if (!(*entry & _PAGE_PRESENT)) {
			u64 *next;

			if (!alloc || !sh->mmu->cached)
				return NULL;
			next = sh->mmu->cache[--sh->mmu->cached];
			sh->tables++;
			*entry = __sme_pa(next) | SHADOW_TABLE | (user ? _PAGE_USER : 0);
		}
		table = tandem_shadow_next(*entry);
	}
	return &table[tandem_shadow_index(addr, 1)];
}

/*
 * Builds an empty tree and maps the switcher region into its kernel half.
 * The entries are not global: they must not outlive a CR3 load.
 */
int tandem_shadow_create(struct tandem_shadow *sh, const struct tandem_switcher *sw,
			 struct tandem_mmu *mmu)
{
	int i;

	sh->mmu = mmu;
	sh->levels = pgtable_l5_enabled() ? 5 : 4;
	sh->root = (u64 *)get_zeroed_page(GFP_KERNEL_ACCOUNT);
	if (!sh->root)
		return -ENOMEM;
	sh->tables = 1;
	if (sh->levels == 5) {
		/* The user window's PML4 exists from the start: windows move in and out of it (spaces.c). */
		u64 *pml4 = (u64 *)get_zeroed_page(GFP_KERNEL_ACCOUNT);

		if (!pml4) {
			tandem_shadow_destroy(sh);
			return -ENOMEM;
		}
		sh->root[0] = __sme_pa(pml4) | SHADOW_TABLE | _PAGE_USER;
		sh->tables++;
	}
	for (i = 0; i < SW_PAGES; i++) {
		u64 va = (u64)sw->va + i * PAGE_SIZE;
		u64 flags = _PAGE_PRESENT | _PAGE_ACCESSED | _PAGE_DIRTY;
		u64 *pte = tandem_shadow_top_up(mmu) ? NULL : tandem_shadow_walk(sh, va, false, true);

		if (!pte) {
			tandem_shadow_destroy(sh);
			return -ENOMEM;
		}
		if (i >= SW_CODE_PAGES)
			flags |= _PAGE_RW | (__supported_pte_mask & _PAGE_NX);
		*pte = __sme_set(page_to_phys(sw->pages[i])) | flags;
	}
	return 0;
}

/*
 * Frees one table (mapping from va on) and everything below it.  Leaf
 * entries hold no page reference (see the top of this file); direct-map
 * ones are only counted.
 */
static void tandem_shadow_free_level(struct tandem_shadow *sh, u64 *table, int level, u64 va)
{
	int i;

	for (i = 0; i < SHADOW_ENTRIES; i++) {
		u64 entry = table[i];
		u64 at = va + ((u64)i << (PAGE_SHIFT + 9 * (level - 1)));

		if (!(entry & _PAGE_PRESENT))
			continue;
		if (level > 1) {
			tandem_shadow_free_level(sh, tandem_shadow_next(entry), level - 1, at);
		} else if ((entry & _PAGE_USER) && at >= TANDEM_DIRECT_MAP_BASE && at < TANDEM_DIRECT_MAP_TOP) {
			sh->mapped--;
		}
	}
	free_page((unsigned long)table);
	sh->tables--;
}

/* Tears the whole tree down (no notifier is registered any more). */
void tandem_shadow_destroy(struct tandem_shadow *sh)
{
	if (sh->root)
		tandem_shadow_free_level(sh, sh->root, sh->levels, 0);
	WARN_ON_ONCE(sh->mapped || sh->tables);
	sh->root = NULL;
}

/*
 * The CR3 value that loads this tree: PCID 0 and no "keep TLB" bit, so the
 * load flushes whatever an earlier guest on this CPU left under PCID 0
 * (Linux itself never uses PCID 0 once PCIDs are on).
 */
u64 tandem_shadow_cr3(const struct tandem_shadow *sh)
{
	return __sme_pa(sh->root);
}

/*
 * Installs guest pages looked up without the lock at consecutive direct-map
 * addresses from dm: only if no invalidation of guest memory started since
 * `seq` was read (before the lookup) or is still running.  Returns how
 * many entries are there now (0 = raced with an invalidation: look the
 * pages up again), negative when out of table pages.
 */
static int tandem_shadow_install(struct tandem_vm *vm, u64 dm, struct page **pages, int n, long seq)
{
	struct tandem_shadow *sh = &vm->vcpu.shadow;
	struct tandem_mmu *mmu = sh->mmu;
	int i, r = 0;

	mutex_lock(&mmu->lock);
	if (atomic_read(&mmu->busy) || atomic_long_read(&mmu->seq) != seq)
		goto out;
	for (i = 0; i < n; i++) {
		u64 *pte = tandem_shadow_walk(sh, dm + (u64)i * PAGE_SIZE, true, true);

		if (!pte) {
			r = r ?: -ENOMEM;
			break;
		}
		if (!(*pte & _PAGE_PRESENT)) {
			*pte = __sme_set(page_to_phys(pages[i])) | _PAGE_PRESENT | _PAGE_RW | _PAGE_USER |
			       _PAGE_ACCESSED | _PAGE_DIRTY;
			sh->mapped++;
			vm->vcpu.stats.events[TANDEM_STAT_PF_REFLECTED]++;
		}
		r++;
	}
out:
	mutex_unlock(&mmu->lock);
	return r;
}

#define SHADOW_AROUND 16	/* direct-map pages filled per fault: the aligned 64 KiB block */

/*
 * A guest #PF: map the page if it is guest memory the shadow simply has not
 * reached yet; 1 = handled (run the guest again), 0 = not a direct-map fault
 * (composite.c looks further), negative = the VM process no longer has its
 * guest memory mapped (RUN fails with that error).  Must run in the VM process
 * (get_user_pages_fast looks in current->mm, which run.c checked is the
 * VM's).  The lookup is for writing, so the host marks the pages dirty and
 * gives this mapping its own copy: the shadow entry is always writable.
 * The rest of the page's aligned 64 KiB block comes along (the guest kernel
 * allocates and zeroes pages in runs, and each fault is a world switch).
 */
int tandem_shadow_fault(struct tandem_vm *vm, u64 addr, u64 error)
{
	struct tandem_mmu *mmu = &vm->vcpu.mmu;
	u64 gpa = addr - TANDEM_DIRECT_MAP_BASE, first;
	struct page *pages[SHADOW_AROUND];
	long got, seq;
	int i, r, n;

	if (error & X86_PF_PROT)
		return 0;
	if (addr < TANDEM_DIRECT_MAP_BASE || gpa >= vm->memory_size)
		return 0;
	first = gpa & ~((u64)SHADOW_AROUND * PAGE_SIZE - 1);
	n = min_t(u64, SHADOW_AROUND, (vm->memory_size - first) >> PAGE_SHIFT);
	r = tandem_shadow_top_up(mmu);
	if (r)
		return r;
	do {
		seq = atomic_long_read(&mmu->seq);
		smp_rmb();	/* seq before the lookup: pairs with the notifier's bump before its zap */
		got = get_user_pages_fast(vm->memory_addr + first, n, FOLL_WRITE, pages);
		if (got <= (long)((gpa - first) >> PAGE_SHIFT)) {
			/* the faulting page itself is missing: guest memory is gone */
			for (i = 0; i < got; i++)
				put_page(pages[i]);
			return got < 0 ? got : -EFAULT;
		}
		r = tandem_shadow_install(vm, TANDEM_DIRECT_MAP_BASE + first, pages, got, seq);
		for (i = 0; i < got; i++)
			put_page(pages[i]);
		if (r == 0) {
			vm->vcpu.stats.events[TANDEM_STAT_SHADOW_RETRY]++;
			cond_resched();
		}
	} while (r == 0);
	return r < 0 ? r : 1;
}

/*
 * Maps user-window page va to guest-physical gpa for the current guest
 * address space, in the kernel tree or the user tree (gpt.c after walking
 * the guest's tables, or vmlib's TANDEM_HC_MAP).  The page is the one the
 * direct-map entry of the kernel tree holds, filled first if the guest has
 * not touched it yet; checked under the lock, so a page the notifier just
 * removed is looked up again rather than mapped stale.
 */
int tandem_shadow_map_user(struct tandem_vm *vm, bool user_tree, u64 va, u64 gpa, bool write, bool nx)
{
	struct tandem_shadow *sh = &vm->vcpu.shadow;
	struct tandem_shadow *target = user_tree ? &vm->vcpu.ushadow : sh;
	struct tandem_mmu *mmu = sh->mmu;
	u64 dm = TANDEM_DIRECT_MAP_BASE + gpa;
	int tries, r;

	for (tries = 0; tries < 64; tries++) {
		u64 *dpte, *pte;

		r = tandem_shadow_top_up(mmu);
		if (r)
			return r;
		mutex_lock(&mmu->lock);
		dpte = tandem_shadow_walk(sh, dm, true, false);
		if (dpte && (*dpte & _PAGE_PRESENT)) {
			pte = tandem_shadow_walk(target, va, true, true);
			if (pte)
				*pte = (*dpte & PTE_PFN_MASK) | _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED |
				       _PAGE_DIRTY | (write ? _PAGE_RW : 0) |
				       (nx ? (__supported_pte_mask & _PAGE_NX) : 0);
			mutex_unlock(&mmu->lock);
			return pte ? 0 : -ENOMEM;
		}
		mutex_unlock(&mmu->lock);
		r = tandem_shadow_fault(vm, dm, 0);
		if (r <= 0)
			return r < 0 ? r : -EFAULT;
	}
	return -EAGAIN;	/* the host kept taking the page away: RUN fails rather than spins */
}

/*
 * Points the leaf entry of a kernel-half address the tree already maps
 * (the switcher region's window slots, fastpath.c) at another page.
 */
int tandem_shadow_set_kernel_pte(struct tandem_shadow *sh, u64 va, u64 pte_val)
{
	u64 *pte = tandem_shadow_walk(sh, va, false, false);

	if (!pte)
		return -ENOMEM;
	*pte = pte_val;
	return 0;
}

/*
 * The PML4 table whose entries 0..TANDEM_USER_PML4_SLOTS-1 (but the kernel
 * hole's) hold the user window: the root with 4-level paging, the table
 * under root[0] (made with the tree) with 5.
 */
u64 *tandem_shadow_window(struct tandem_shadow *sh)
{
	return sh->levels == 5 ? tandem_shadow_next(sh->root[0]) : sh->root;
}

/*
 * Drops the mapping of user-window page va in a window: the tree's own
 * (tandem_shadow_window) or one kept aside (spaces.c); the next entry's CR3
 * load flushes the TLB.  mmu->lock held.
 */
void tandem_shadow_window_unmap(u64 *window, u64 va)
{
	u64 entry = window[tandem_shadow_index(va, 4)];
	int level;

	if (!tandem_user_address(va))
		return;
	for (level = 3; level >= 1; level--) {
		u64 *table;

		if (!(entry & _PAGE_PRESENT))
			return;
		table = tandem_shadow_next(entry);
		if (level == 1) {
			table[tandem_shadow_index(va, 1)] = 0;
			return;
		}
		entry = table[tandem_shadow_index(va, level)];
	}
}

/*
 * Frees every table of a window (the tree's own, or one kept aside that
 * came from this tree) and empties it; the direct map, in the kernel hole,
 * stays.  mmu->lock held.
 */
void tandem_shadow_window_free(struct tandem_shadow *sh, u64 *window)
{
	unsigned int i;

	for (i = 0; i < TANDEM_USER_PML4_SLOTS; i++) {
		if (!tandem_user_pml4_slot(i) || !(window[i] & _PAGE_PRESENT))
			continue;
		tandem_shadow_free_level(sh, tandem_shadow_next(window[i]), 3, (u64)i << 39);
		window[i] = 0;
	}
}

/*
 * Moves the user-window entries of `from` into `to` (which must be empty)
 * and clears them in `from`: a window goes aside or comes back (spaces.c).
 */
void tandem_shadow_window_move(u64 *to, u64 *from)
{
	unsigned int i;

	for (i = 0; i < TANDEM_USER_PML4_SLOTS; i++) {
		if (!tandem_user_pml4_slot(i))
			continue;
		to[i] = from[i];
		from[i] = 0;
	}
}

/*
 * Drops the whole user window (a flushing CR3 load or full flush, or the
 * notifier removing a page some user entry may map).  mmu->lock held.
 */
void tandem_shadow_flush_user_locked(struct tandem_shadow *sh)
{
	tandem_shadow_window_free(sh, tandem_shadow_window(sh));
}

/*
 * Removes the direct-map entries of guest-physical [gpa, end) from the
 * kernel tree (mmu->lock held); returns how many were present.  The page
 * is marked dirty: the guest may have written it through the entry, which
 * the host's own dirty tracking never sees.
 */
unsigned long tandem_shadow_zap(struct tandem_shadow *sh, u64 gpa, u64 end)
{
	unsigned long n = 0;

	for (; gpa < end; gpa += PAGE_SIZE) {
		u64 *pte = tandem_shadow_walk(sh, TANDEM_DIRECT_MAP_BASE + gpa, true, false);

		if (!pte || !(*pte & _PAGE_PRESENT))
			continue;
		set_page_dirty(pfn_to_page((*pte & PTE_PFN_MASK) >> PAGE_SHIFT));
		*pte = 0;
		sh->mapped--;
		n++;
	}
	return n;
}
