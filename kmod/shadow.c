// SPDX-License-Identifier: GPL-2.0
/*
 * shadow.c: the address space the guest runs on.
 *
 * The guest never runs on the host process's page tables.  Each vCPU has a
 * module-owned page-table tree, as deep as the host's (4 or 5 levels: CR4.LA57
 * cannot change while paging is on), with two halves:
 *
 *  - the kernel half maps only the switcher region, at the address it has
 *    in the host, supervisor-only: the code page read-only and executable,
 *    the others writable and non-executable;
 *  - the lower half maps guest memory, user-accessible, page by page, each
 *    page pinned (pin_user_pages_fast, FOLL_LONGTERM) from the range CREATE_VM
 *    recorded, and unpinned when the tree is torn down.
 *
 * This milestone fills the lower half for the direct map only (guest virtual
 * TANDEM_DIRECT_MAP_BASE + p is guest-physical p, platform.h section 1),
 * lazily, on the guest's first touch.  Every other fault (the user window,
 * which needs the guest's own page tables; addresses beyond guest memory;
 * protection faults) goes back to the VM process as a TRAP exit with CR2.
 * The next milestone (lazy shadow paging from the guest's page tables) adds
 * the user window here: tandem_shadow_fault() is where it goes.
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
 * Finds the leaf entry for addr, allocating missing tables on the way when
 * asked.  Intermediate entries are permissive (user, writable, executable):
 * the leaf decides.  NULL when a table is missing and alloc is false, or
 * when allocation fails.
 */
static u64 *tandem_shadow_walk(struct tandem_shadow *sh, u64 addr, bool user, bool alloc)
{
	u64 *table = sh->root;
	int level;

	for (level = sh->levels; level > 1; level--) {
		u64 *entry = &table[tandem_shadow_index(addr, level)];

		if (!(*entry & _PAGE_PRESENT)) {
			u64 *next;

			if (!alloc)
				return NULL;
			next = (u64 *)get_zeroed_page(GFP_KERNEL_ACCOUNT);
			if (!next)
				return NULL;
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
int tandem_shadow_create(struct tandem_shadow *sh, const struct tandem_switcher *sw)
{
	int i;

	sh->levels = pgtable_l5_enabled() ? 5 : 4;
	sh->root = (u64 *)get_zeroed_page(GFP_KERNEL_ACCOUNT);
	if (!sh->root)
		return -ENOMEM;
	sh->tables = 1;
	for (i = 0; i < SW_PAGES; i++) {
		u64 va = (u64)sw->va + i * PAGE_SIZE;
		u64 *pte = tandem_shadow_walk(sh, va, false, true);
		u64 flags = _PAGE_PRESENT | _PAGE_ACCESSED | _PAGE_DIRTY;

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
 * Frees one table (mapping from va on) and everything below it; leaf
 * entries of the direct map are guest pages this tree pinned, and are
 * unpinned (and marked dirty: the guest may have written them through this
 * mapping).  User-window entries borrow the direct map's pin of the same
 * page, so they hold none of their own.
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
			struct page *page = pfn_to_page((entry & PTE_PFN_MASK) >> PAGE_SHIFT);

			unpin_user_pages_dirty_lock(&page, 1, true);
			sh->pinned--;
		}
	}
	free_page((unsigned long)table);
	sh->tables--;
}

/* Tears the whole tree down, releasing every pinned guest page. */
void tandem_shadow_destroy(struct tandem_shadow *sh)
{
	if (sh->root)
		tandem_shadow_free_level(sh, sh->root, sh->levels, 0);
	WARN_ON_ONCE(sh->pinned || sh->tables);
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
 * A guest #PF: map the page if it is guest memory the shadow simply has not
 * reached yet; 1 = handled (run the guest again), 0 = not ours (the VM
 * process gets the fault), negative = the VM process no longer has its guest
 * memory mapped (RUN fails with that error).  Must run in the VM process
 * (pin_user_pages_fast pins from current->mm, which run.c checked is the VM's).
 */
int tandem_shadow_fault(struct tandem_vm *vm, u64 addr, u64 error)
{
	struct tandem_shadow *sh = &vm->vcpu.shadow;
	u64 gpa = addr - TANDEM_DIRECT_MAP_BASE;
	struct page *page;
	u64 *pte;
	long got;

	if (error & X86_PF_PROT)
		return 0;
	if (addr < TANDEM_DIRECT_MAP_BASE || gpa >= vm->memory_size)
		return 0;
	gpa &= PAGE_MASK;
	got = pin_user_pages_fast(vm->memory_addr + gpa, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (got != 1)
		return got < 0 ? got : -EFAULT;
	pte = tandem_shadow_walk(sh, addr, true, true);
	if (!pte) {
		unpin_user_page(page);
		return -ENOMEM;
	}
	if (*pte & _PAGE_PRESENT) {	/* cannot happen: the fault said not present */
		unpin_user_page(page);
		return 1;
	}
	*pte = __sme_set(page_to_phys(page)) | _PAGE_PRESENT | _PAGE_RW | _PAGE_USER |
	       _PAGE_ACCESSED | _PAGE_DIRTY;
	sh->pinned++;
	vm->vcpu.stats.events[TANDEM_STAT_PF_REFLECTED]++;
	return 1;
}

/*
 * Maps user-window page va to guest-physical gpa for the current guest
 * address space, in the kernel tree or the user tree (gpt.c after walking
 * the guest's tables, or vmlib's TANDEM_HC_MAP).  The page is pinned once,
 * through its direct-map entry in the kernel tree, which is filled first
 * if the guest has not touched it yet.
 */
int tandem_shadow_map_user(struct tandem_vm *vm, bool user_tree, u64 va, u64 gpa, bool write, bool nx)
{
	struct tandem_shadow *sh = &vm->vcpu.shadow;
	struct tandem_shadow *target = user_tree ? &vm->vcpu.ushadow : sh;
	u64 dm = TANDEM_DIRECT_MAP_BASE + gpa;
	u64 *dpte = tandem_shadow_walk(sh, dm, true, false);
	u64 *pte;
	int r;

	if (!dpte || !(*dpte & _PAGE_PRESENT)) {
		r = tandem_shadow_fault(vm, dm, 0);
		if (r < 0)
			return r;
		dpte = tandem_shadow_walk(sh, dm, true, false);
		if (r == 0 || !dpte || !(*dpte & _PAGE_PRESENT))
			return -EFAULT;
	}
	pte = tandem_shadow_walk(target, va, true, true);
	if (!pte)
		return -ENOMEM;
	*pte = (*dpte & PTE_PFN_MASK) | _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED | _PAGE_DIRTY |
	       (write ? _PAGE_RW : 0) | (nx ? (__supported_pte_mask & _PAGE_NX) : 0);
	return 0;
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

/* Drops the mapping of one user-window page (invlpg); the next entry flushes the TLB. */
void tandem_shadow_unmap_user(struct tandem_shadow *sh, u64 va)
{
	u64 *pte = tandem_shadow_walk(sh, va, true, false);

	if (pte)
		*pte = 0;
}

/*
 * Drops the whole user window (a guest CR3 load or full flush): the tables
 * under PML4 slots 0..TANDEM_USER_PML4_SLOTS-1 are freed.  The direct map,
 * which holds the pins, stays.
 */
void tandem_shadow_flush_user(struct tandem_shadow *sh)
{
	u64 *pml4 = sh->root;
	unsigned int i;

	if (sh->levels == 5) {
		if (!(sh->root[0] & _PAGE_PRESENT))
			return;
		pml4 = tandem_shadow_next(sh->root[0]);
	}
	for (i = 0; i < TANDEM_USER_PML4_SLOTS; i++) {
		if (!(pml4[i] & _PAGE_PRESENT))
			continue;
		tandem_shadow_free_level(sh, tandem_shadow_next(pml4[i]), 3, (u64)i << 39);
		pml4[i] = 0;
	}
}
