// SPDX-License-Identifier: GPL-2.0
/*
 * fpu.c: the guest's FPU/SSE/AVX registers and the lazy switch between the
 * host's and the guest's.
 *
 * The guest's registers live in an XSAVE (or FXSAVE) image of the vCPU.
 * Around a world switch run.c brackets the guest with kernel_fpu_begin/end,
 * which saves the host's registers; the guest's image is loaded only once
 * the guest needs it.  Until then the real CR0.TS is set while the guest
 * runs, so its first FPU instruction in a RUN raises #NM: the module marks
 * the vCPU "hot" and from then on loads the image at every entry and saves
 * it after every exit.  A guest that never touches the FPU between two
 * exits to vmproc costs no FPU save or load at all.  A RUN after one that
 * used the FPU begins hot (the guest that computed before an exit to vmproc
 * mostly computes after it), up to TANDEM_FPU_CARRY_RUNS RUNs in a row; then
 * one RUN begins cold again, so a guest that stopped using the FPU stops
 * paying for its loads and saves.  While cold, the registers hold a clean
 * initial state, never the host's (or another task's): with TS set a CPU
 * open to LazyFP could still read them speculatively.
 *
 * The guest kernel has its own CR0.TS (in vmlib's vCPU head) for its lazy
 * switching between its processes: while it is set the real TS is set too,
 * and that #NM is the guest's, reflected like any exception.  Its handler
 * then clears its TS (clts, which vmlib emulates in the head without an
 * exit) and saves and loads registers; with the real TS still set, its
 * first FPU instruction would trap a second time.  So when the module
 * hands a user-mode #NM to the guest it lends the handler a clear TS: the
 * guest's image is loaded from that entry on and the real TS stays clear
 * while the guest's is set, until the guest returns to user mode
 * (ENTER_USER, in C or in the switcher), the module sees the guest's TS
 * clear, or RUN returns.  Only guest kernel code runs meanwhile, and the
 * registers it finds are its own image's, so nothing of the host shows.
 *
 * A vmlib that delivers #NM itself before every user entry while the
 * guest's TS is set (SET_VMLIB flag TANDEM_CP_EAGER_NM, vmlib's own does)
 * never lets guest user code run with it: the real TS then only serves the
 * lazy host/guest switch, and the guest's lazy switch costs no trap.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/gfp.h>
#include <linux/moduleparam.h>
#include <linux/uaccess.h>

#include <asm/cpufeature.h>
#include <asm/fpu/api.h>
#include <asm/fpu/types.h>
#include <asm/fpu/xcr.h>
#include <asm/special_insns.h>
#include <asm/trapnr.h>

#include "switcher.h"
#include "tandem.h"

/*
 * Lazy switching relies on every FPU instruction raising #NM while CR0.TS
 * is set; qemu's TCG (7.2) runs xsave/xrstor without it, so the guest
 * kernel touches the FPU with fnop before them (guests/kernel/arch/fpu.cpp).
 * Turn it off to load the guest's state at every entry (for measurements).
 */
static bool tandem_lazy_fpu = true;
module_param_named(lazy_fpu, tandem_lazy_fpu, bool, 0644);
MODULE_PARM_DESC(lazy_fpu, "load the guest's FPU state only after its first #NM in a RUN (composite mode)");

/*
 * Sizes and initialises the guest's FPU image: XSAVE of the components
 * tandem_fpu_components() names, or FXSAVE without XSAVE.  A zeroed XSAVE
 * header means "all components in their initial state"; the legacy area
 * still needs a valid MXCSR and x87 control word.
 */
int tandem_fpu_init(struct tandem_vcpu *vcpu)
{
	unsigned int size = 512, eax, ebx, ecx, edx;
	u8 *area;

	if (boot_cpu_has(X86_FEATURE_XSAVE)) {
		cpuid_count(0xd, 0, &eax, &ebx, &ecx, &edx);
		size = ebx;
	}
	vcpu->fpu_order = get_order(size);
	area = (u8 *)__get_free_pages(GFP_KERNEL_ACCOUNT | __GFP_ZERO, vcpu->fpu_order);
	if (!area)
		return -ENOMEM;
	*(u16 *)(area + 0) = 0x37f;	/* FCW */
	*(u32 *)(area + 24) = 0x1f80;	/* MXCSR */
	vcpu->fpu = area;
	return 0;
}

/* Frees the guest's FPU image (the vCPU goes away). */
void tandem_fpu_destroy(struct tandem_vcpu *vcpu)
{
	if (vcpu->fpu)
		free_pages((unsigned long)vcpu->fpu, vcpu->fpu_order);
	vcpu->fpu = NULL;
}

/*
 * The XSAVE components the module saves and restores for the guest: what
 * the host enabled in XCR0, without PKRU (run.c keeps the host's PKRU itself) and
 * without the components Linux arms XFD for until a task asks for them
 * (AMX tile data): an XRSTOR naming one of those raises #NM in the host
 * kernel.  A guest that enables them in its XCR0 does not get their
 * contents kept across world switches (docs/ARCHITECTURE.md, known limits).
 */
static u64 tandem_fpu_components(void)
{
	return xgetbv(XCR_XFEATURE_ENABLED_MASK) & ~(u64)(XFEATURE_MASK_PKRU | XFEATURE_MASK_XTILE);
}

/* Puts an FPU image into the registers (XRSTOR of the components above, else FXRSTOR). */
static void tandem_fpu_restore(const void *image)
{
	if (boot_cpu_has(X86_FEATURE_XSAVE)) {
		u64 mask = tandem_fpu_components();

		asm volatile("xrstor64 %0" : : "m"(*(const u8 *)image), "a"((u32)mask),
			     "d"((u32)(mask >> 32)) : "memory");
	} else {
		asm volatile("fxrstor64 %0" : : "m"(*(const u8 *)image) : "memory");
	}
}

/*
 * The registers of a cold entry: an XSAVE image whose header has every
 * component in its initial state (only MXCSR and the legacy area are read;
 * FXRSTOR reads the first 512 bytes), with the default FCW and MXCSR.
 */
static const u8 tandem_fpu_clean[576] __aligned(64) = {
	[0] = 0x7f, [1] = 0x03,		/* FCW 0x37f */
	[24] = 0x80, [25] = 0x1f,	/* MXCSR 0x1f80 */
};

/*
 * Puts the clean state into the registers for an entry without the guest's
 * image: the host's registers (or whatever another task left in them since
 * the last switch) must not be there for a LazyFP-style speculative read
 * past the #NM that the set TS raises.
 */
static void tandem_fpu_scrub(void)
{
	tandem_fpu_restore(tandem_fpu_clean);
}

/* Loads the guest's FPU image (the host's was saved by kernel_fpu_begin). */
static void tandem_fpu_load(struct tandem_vcpu *vcpu)
{
	tandem_fpu_restore(vcpu->fpu);
}

/* Saves the guest's FPU registers back into its image after the switch. */
static void tandem_fpu_save(struct tandem_vcpu *vcpu)
{
	if (boot_cpu_has(X86_FEATURE_XSAVE)) {
		u64 mask = tandem_fpu_components();

		asm volatile("xsave64 %0" : "+m"(*(u8 *)vcpu->fpu) : "a"((u32)mask),
			     "d"((u32)(mask >> 32)) : "memory");
	} else {
		asm volatile("fxsave64 %0" : "+m"(*(u8 *)vcpu->fpu) : : "memory");
	}
}

/* Whether the guest's #NM handler has the real TS lent clear (the switcher may end it). */
static u32 *tandem_fpu_lent(struct tandem_vcpu *vcpu)
{
	return tandem_switcher_data(&vcpu->sw, SWD_TS_LENT);
}

/* Ends a loan of a clear TS: the guest's own TS counts again from the next entry. */
void tandem_fpu_end_loan(struct tandem_vcpu *vcpu)
{
	*tandem_fpu_lent(vcpu) = 0;
}

/*
 * How many RUNs in a row begin with the guest's image loaded because an
 * earlier one used it; the next begins cold and finds out again.
 */
#define TANDEM_FPU_CARRY_RUNS 16

/*
 * RUN starts: the guest's image is loaded from the first entry if the last
 * RUN used the FPU (and not too many RUNs in a row were begun that way),
 * else it stays out of the registers until the guest's next #NM.
 */
void tandem_fpu_run_begin(struct tandem_vcpu *vcpu)
{
	tandem_fpu_end_loan(vcpu);
	if (vcpu->fpu_hot && tandem_lazy_fpu && vcpu->fpu_carried < TANDEM_FPU_CARRY_RUNS) {
		vcpu->fpu_carried++;
		vcpu->stats.events[TANDEM_STAT_FPU_CARRIED]++;
		return;
	}
	vcpu->fpu_hot = false;
	vcpu->fpu_carried = 0;
}

/*
 * Records the guest kernel's own CR0 (vmlib's head): its TS decides where
 * #NM goes.  A clear TS means the guest's #NM handler (if one was lent a
 * clear TS) has cleared its own, so any later TS is a new one.
 */
void tandem_fpu_note_guest_cr0(struct tandem_vcpu *vcpu, u64 cr0)
{
	/* With vmlib delivering #NM before user entry, the guest's TS is vmlib's business. */
	vcpu->guest_ts = (cr0 & TANDEM_CR0_TS) && !(vcpu->cp.flags & TANDEM_CP_EAGER_NM);
	if (!vcpu->guest_ts)
		tandem_fpu_end_loan(vcpu);
}

/* Whether the next entry sets the real TS for the guest's own TS (not while lent clear). */
bool tandem_fpu_guest_ts_armed(struct tandem_vcpu *vcpu)
{
	return vcpu->guest_ts && !*tandem_fpu_lent(vcpu);
}

/*
 * Before a world switch, interrupts still on: takes the FPU from the host
 * and loads the guest's image if the guest is hot (or lazy switching is
 * off), the clean state otherwise.  Returns whether the guest's image is
 * loaded; the caller hands that to the other steps.
 */
bool tandem_fpu_begin(struct tandem_vcpu *vcpu)
{
	bool load = vcpu->fpu_hot || !tandem_lazy_fpu;

	kernel_fpu_begin();
	if (load)
		tandem_fpu_load(vcpu);
	else
		tandem_fpu_scrub();
	return load;
}

/*
 * Just before entering the guest (interrupts off): sets the real CR0.TS
 * when the guest's image is not loaded, or when the guest kernel's own TS
 * is set (and not lent clear to its #NM handler), so that the guest's FPU
 * instruction raises #NM.
 */
void tandem_fpu_arm_ts(struct tandem_vcpu *vcpu, bool loaded)
{
	if (!loaded || tandem_fpu_guest_ts_armed(vcpu))
		write_cr0(read_cr0() | X86_CR0_TS);
}

/* Right after the exit: clears CR0.TS before the host can touch the FPU (Linux runs with TS clear). */
void tandem_fpu_disarm_ts(void)
{
	asm volatile("clts" ::: "memory");
}

/*
 * After the switch, interrupts on again: saves the guest's registers into
 * its image if they were loaded and the guest ran (`save`), and gives the
 * FPU back to the host.
 */
void tandem_fpu_end(struct tandem_vcpu *vcpu, bool save)
{
	if (save)
		tandem_fpu_save(vcpu);
	kernel_fpu_end();
}

/* The guest's image goes into the registers at every entry from now on (and into the next RUN). */
static void tandem_fpu_make_hot(struct tandem_vcpu *vcpu)
{
	if (!vcpu->fpu_hot) {
		vcpu->fpu_hot = true;
		vcpu->stats.events[TANDEM_STAT_FPU_LOAD]++;
	}
}

/*
 * #NM: with the guest's own CR0.TS set it is the guest kernel's (its lazy
 * switching between its processes), handed to it; from user mode its
 * handler is lent a clear TS with the image loaded (above), so its clts
 * and its first FPU instruction cost nothing more.  Otherwise the real TS
 * was only ours: the guest touched the FPU for the first time in this RUN,
 * or its kernel cleared its TS (clts, emulated by vmlib without an exit)
 * since the entry set the real one.  Either way the guest simply runs
 * again, with its image loaded.
 */
int tandem_fpu_handle_nm(struct tandem_vm *vm, struct tandem_run *run)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	u64 va = vcpu->cp.vcpu_va + offsetof(struct tandem_cp_vcpu, state.cr0);
	u64 cr0;

	if (get_user(cr0, (u64 __user *)tandem_cp_user(vm, va)))
		return -EFAULT;
	tandem_fpu_note_guest_cr0(vcpu, cr0);
	if (vcpu->guest_ts) {
		if (tandem_cp_user_mode(vcpu)) {
			tandem_fpu_make_hot(vcpu);
			*tandem_fpu_lent(vcpu) = 1;
			vcpu->stats.events[TANDEM_STAT_FPU_LENT]++;
		}
		return tandem_cp_exception(vm, run, X86_TRAP_NM);
	}
	tandem_fpu_make_hot(vcpu);
	return 0;
}
