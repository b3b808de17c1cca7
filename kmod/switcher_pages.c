// SPDX-License-Identifier: GPL-2.0
/*
 * switcher_pages.c: building a vCPU's switcher region (layout in switcher.h).
 *
 * The region is SW_PAGES pages: a private copy of the switcher blob, the
 * VM's IDT, a data page with the VM's GDT and TSS and the saved host state,
 * a stack page whose top is the guest register file, and the fast paths'
 * window pages (zeroed here; fastpath.c puts guest pages there in the
 * shadow trees only).  It is vmap'd once, so it has one kernel virtual
 * address; shadow.c maps the same pages at that address in the guest's
 * shadow page tables.  In the host the code pages are read-only and
 * executable, the others read-write and non-executable; in the shadow none
 * of them is user-accessible.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/stddef.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/processor-flags.h>
#include <asm/segment.h>
#include <asm/trapnr.h>

#include "switcher.h"
#include "tandem.h"

/* What the layout must satisfy (the offsets themselves are generated from the structures). */
static_assert(SWS_FRAME % 16 == 0, "the CPU aligns RSP0 to 16 bytes");
static_assert(SWS_IST_DB_TOP <= SWS_FRAME - 256, "room below the frame for a trap inside the switcher");
static_assert(SWD_TSS + sizeof(struct x86_hw_tss) <= SWD_VM_GDTR);
static_assert(SWD_GDT + SW_GDT_ENTRIES * 8 <= SWD_TSS);
static_assert(SWD_SIZE <= SW_PAGE);
static_assert(SW_PAGE == PAGE_SIZE);
static_assert(SW_PAGES == ARRAY_SIZE(((struct tandem_switcher *)0)->pages));
static_assert(256 * 16 == SW_PAGE, "the IDT fills its page");
/* The VM's GDT reuses the host's numbering, so STAR's selectors work for both. */
static_assert(SW_KERNEL_CS == __KERNEL_CS && SW_KERNEL_DS == __KERNEL_DS);
static_assert(SW_USER_CS == __USER_CS && SW_USER_DS == __USER_DS);
static_assert(SW_TSS_SEL == GDT_ENTRY_TSS * 8);

/*
 * The VM's LSTAR is the only syscall MSR the switch changes: STAR and FMASK
 * stay the host's.  That is only right if STAR's kernel selectors are ours
 * and FMASK clears IF, TF, DF and AC (so the syscall stub starts with
 * interrupts off, no single-step and a clean direction flag).  Checked once
 * at load, and on every CPU would be better still, but Linux writes the same
 * values on every CPU (syscall_init).
 */
int tandem_switcher_check_host(void)
{
	u64 star, fmask;
	const u64 need = X86_EFLAGS_IF | X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_AC;

	rdmsrl(MSR_STAR, star);
	rdmsrl(MSR_SYSCALL_MASK, fmask);
	if (((star >> 32) & 0xffff) != SW_KERNEL_CS || (fmask & need) != need) {
		pr_err("host STAR %#llx / FMASK %#llx are not what the switcher expects\n",
		       star, fmask);
		return -ENODEV;
	}
	return 0;
}

/* Gives the address of a field in the region's data page. */
void *tandem_switcher_data(const struct tandem_switcher *sw, unsigned int off)
{
	return sw->va + SW_DATA_OFF + off;
}

/* Gives the guest register file at the top of the stack page. */
struct tandem_sw_frame *tandem_switcher_frame(const struct tandem_switcher *sw)
{
	return (struct tandem_sw_frame *)(sw->va + SW_STACK_OFF + SWS_FRAME);
}

/* Gives the region's copy of the syscall stub, which becomes the VM's LSTAR. */
unsigned long tandem_switcher_syscall_entry(const struct tandem_switcher *sw)
{
	return (unsigned long)sw->va + (tandem_switcher_syscall - tandem_switcher_blob);
}

/*
 * Makes the code page's host mapping read-only and executable.  vmap() can
 * only give the whole region one protection, and a writable executable
 * page is what we want to avoid; the leaf entry is found with
 * lookup_address() and changed in place (the caller has never touched that
 * address, so no TLB can hold the old entry).
 */
static int tandem_switcher_make_rox(unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address(addr, &level);

	if (!pte || level != PG_LEVEL_4K)
		return -EFAULT;
	set_pte(pte, pte_clear_flags(*pte, _PAGE_RW | _PAGE_NX));
	return 0;
}

/* Fills one IDT gate: an interrupt gate (IF cleared on entry) into the code page. */
static void tandem_switcher_set_gate(gate_desc *gate, unsigned long target,
				     unsigned int ist, unsigned int dpl)
{
	memset(gate, 0, sizeof(*gate));
	gate->offset_low = target & 0xffff;
	gate->offset_middle = (target >> 16) & 0xffff;
	gate->offset_high = target >> 32;
	gate->segment = SW_KERNEL_CS;
	gate->bits.ist = ist;
	gate->bits.type = GATE_INTERRUPT;
	gate->bits.dpl = dpl;
	gate->bits.p = 1;
}

/*
 * The VM's IDT: every vector into its stub, NMI and #MC on their own IST
 * stacks (they can arrive in ring 0 half way through a switch, when RSP is
 * wherever the switch left it), #DF on a third, #DB on a fourth (a guest
 * `syscall` with TF set single-steps into the syscall stub in ring 0, still
 * on the guest's stack).  Only #BP is reachable from
 * ring 3 with `int3` and `int $TANDEM_HYPERCALL_VECTOR` (31, reserved by
 * both vendors, so the CPU never raises it itself); any other `int $n`
 * raises #GP, so an exit with a vector >= 32 is always a real host interrupt.
 */
static void tandem_switcher_build_idt(struct tandem_switcher *sw)
{
	gate_desc *idt = (gate_desc *)(sw->va + SW_IDT_OFF);
	unsigned long base = (unsigned long)sw->va;
	unsigned long stubs = base + (tandem_switcher_stubs - tandem_switcher_blob);
	unsigned int v;

	for (v = 0; v < 256; v++)
		tandem_switcher_set_gate(&idt[v], stubs + v * SW_STUB_STRIDE, 0,
					 v == X86_TRAP_BP || v == TANDEM_HYPERCALL_VECTOR ? 3 : 0);
	tandem_switcher_set_gate(&idt[X86_TRAP_NMI],
				 base + (tandem_switcher_nmi - tandem_switcher_blob), SW_IST_NMI, 0);
	tandem_switcher_set_gate(&idt[X86_TRAP_MC],
				 base + (tandem_switcher_mc - tandem_switcher_blob), SW_IST_MC, 0);
	tandem_switcher_set_gate(&idt[X86_TRAP_DF],
				 base + (tandem_switcher_df - tandem_switcher_blob), SW_IST_DF, 0);
	tandem_switcher_set_gate(&idt[X86_TRAP_DB],
				 base + (tandem_switcher_db - tandem_switcher_blob), SW_IST_DB, 0);
}

/*
 * The VM's GDT and TSS.  The GDT has the host's selector numbers but no
 * 32-bit user code segment (a guest cannot enter compatibility mode, so
 * CSTAR and the compat entry points never matter) and nothing per-CPU.  The
 * TSS gives RSP0 (just above the register file) and the IST stacks, and no
 * I/O bitmap: with IOPL 0 every port access from the guest is #GP.
 */
static void tandem_switcher_build_gdt_tss(struct tandem_switcher *sw)
{
	u64 *gdt = tandem_switcher_data(sw, SWD_GDT);
	struct x86_hw_tss *tss = tandem_switcher_data(sw, SWD_TSS);
	struct tandem_sw_dtr *gdtr = tandem_switcher_data(sw, SWD_VM_GDTR);
	struct tandem_sw_dtr *idtr = tandem_switcher_data(sw, SWD_VM_IDTR);
	u64 tss_base = (u64)tss, tss_limit = sizeof(*tss) - 1;
	u8 *stack = sw->va + SW_STACK_OFF;

	gdt[SW_KERNEL_CS >> 3] = 0x00af9b000000ffffull; /* 64-bit code, DPL 0 */
	gdt[SW_KERNEL_DS >> 3] = 0x00cf93000000ffffull; /* data, DPL 0 */
	gdt[SW_USER_DS >> 3] = 0x00cff3000000ffffull;   /* data, DPL 3 */
	gdt[SW_USER_CS >> 3] = 0x00affb000000ffffull;   /* 64-bit code, DPL 3 */
	/* 16-byte available 64-bit TSS descriptor (type 9, present). */
	gdt[SW_TSS_SEL >> 3] = (tss_limit & 0xffff) | ((tss_base & 0xffffff) << 16) |
			       (0x89ull << 40) | (((tss_limit >> 16) & 0xf) << 48) |
			       (((tss_base >> 24) & 0xff) << 56);
	gdt[(SW_TSS_SEL >> 3) + 1] = tss_base >> 32;

	tss->sp0 = (u64)(stack + SW_PAGE);
	tss->ist[SW_IST_NMI - 1] = (u64)(stack + SWS_IST_NMI_TOP);
	tss->ist[SW_IST_MC - 1] = (u64)(stack + SWS_IST_MC_TOP);
	tss->ist[SW_IST_DF - 1] = (u64)(stack + SWS_IST_DF_TOP);
	tss->ist[SW_IST_DB - 1] = (u64)(stack + SWS_IST_DB_TOP);
	tss->io_bitmap_base = sizeof(*tss);

	gdtr->limit = SW_GDT_ENTRIES * 8 - 1;
	gdtr->base = (u64)gdt;
	idtr->limit = SW_PAGE - 1;
	idtr->base = (u64)(sw->va + SW_IDT_OFF);
}

/*
 * Allocates and maps a vCPU's switcher region and fills it.  The blob is
 * copied through the page's direct-map address, so its vmap'd address is
 * never written and no stale writable TLB entry can exist for it when the
 * mapping turns read-only.
 */
int tandem_switcher_create(struct tandem_switcher *sw)
{
	size_t blob = tandem_switcher_blob_end - tandem_switcher_blob;
	int i, err;

	if (blob > SW_CODE_PAGES * SW_PAGE)	/* also an assembly-time error */
		return -EINVAL;
	for (i = 0; i < SW_PAGES; i++) {
		sw->pages[i] = alloc_page(GFP_KERNEL_ACCOUNT | __GFP_ZERO);
		if (!sw->pages[i]) {
			err = -ENOMEM;
			goto fail;
		}
	}
	for (i = 0; i < SW_CODE_PAGES; i++)
		memcpy(page_address(sw->pages[i]), tandem_switcher_blob + i * SW_PAGE,
		       min_t(size_t, SW_PAGE, blob - min_t(size_t, blob, i * SW_PAGE)));
	sw->va = vmap(sw->pages, SW_PAGES, VM_MAP, PAGE_KERNEL);
	if (!sw->va) {
		err = -ENOMEM;
		goto fail;
	}
	for (i = 0; i < SW_CODE_PAGES; i++) {
		err = tandem_switcher_make_rox((unsigned long)sw->va + i * SW_PAGE);
		if (err)
			goto fail;
	}
	tandem_switcher_build_idt(sw);
	tandem_switcher_build_gdt_tss(sw);
	return 0;

fail:
	tandem_switcher_destroy(sw);
	return err;
}

/* Unmaps and frees a switcher region (also a half-built one). */
void tandem_switcher_destroy(struct tandem_switcher *sw)
{
	int i;

	if (sw->va)
		vunmap(sw->va);
	sw->va = NULL;
	for (i = 0; i < SW_PAGES; i++) {
		if (sw->pages[i])
			__free_page(sw->pages[i]);
		sw->pages[i] = NULL;
	}
}
