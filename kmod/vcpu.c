// SPDX-License-Identifier: GPL-2.0
/*
 * vcpu.c: a VM's one vCPU, and the state and statistics ioctls.
 *
 * The authoritative guest registers live where the switcher uses them: the
 * register frame at the top of the switcher's stack page, and the guest
 * selectors, FS/GS bases and CR2 in its data page.  SET_STATE validates
 * and stores into them; GET_STATE reads them back.  The other fields of
 * struct tandem_vcpu_state (control registers, descriptor tables, MSRs of
 * the virtual CPU) are vmlib's business: the module keeps them as given.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include <asm/processor.h>
#include <asm/processor-flags.h>

#include "switcher.h"
#include "tandem.h"

/* Builds the vCPU of a new VM: its switcher region, shadow trees, kept address spaces and FPU image. */
int tandem_vcpu_init(struct tandem_vcpu *vcpu)
{
	int err;

	mutex_init(&vcpu->mmu.lock);
	vcpu->guest_cpu = -1;
	err = tandem_switcher_create(&vcpu->sw);
	if (err)
		return err;
	err = tandem_shadow_create(&vcpu->shadow, &vcpu->sw, &vcpu->mmu);
	if (err)
		goto no_shadow;
	err = tandem_shadow_create(&vcpu->ushadow, &vcpu->sw, &vcpu->mmu);
	if (err)
		goto no_ushadow;
	err = tandem_spaces_init(vcpu);
	if (err)
		goto no_spaces;
	err = tandem_fpu_init(vcpu);
	if (err)
		goto no_fpu;
	*(u64 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_CR3) = tandem_shadow_cr3(&vcpu->shadow);
	tandem_fast_init(vcpu);
	tandem_cp_init(vcpu);
	atomic64_set(&vcpu->injected, 0);
	spin_lock_init(&vcpu->runner_lock);
	return 0;

no_fpu:
	tandem_spaces_destroy(vcpu);
no_spaces:
	tandem_shadow_destroy(&vcpu->ushadow);
no_ushadow:
	tandem_shadow_destroy(&vcpu->shadow);
no_shadow:
	tandem_shadow_mmu_fini(&vcpu->mmu);
	tandem_switcher_destroy(&vcpu->sw);
	return err;
}

/* Releases everything the vCPU holds (the VM's MMU notifier is already gone). */
void tandem_vcpu_destroy(struct tandem_vcpu *vcpu)
{
	tandem_cp_stop_timer(vcpu);
	tandem_fpu_destroy(vcpu);
	tandem_spaces_destroy(vcpu);
	tandem_shadow_destroy(&vcpu->ushadow);
	tandem_shadow_destroy(&vcpu->shadow);
	tandem_fast_destroy(vcpu);
	tandem_shadow_mmu_fini(&vcpu->mmu);
	tandem_switcher_destroy(&vcpu->sw);
}

/* A data selector the guest may hold: null, or one of the VM's user descriptors. */
static bool tandem_vcpu_selector_ok(u16 sel)
{
	unsigned int index = sel >> 3;

	return !(sel & 4) && (index == 0 || index == (SW_USER_DS >> 3) ||
			      index == (SW_USER_CS >> 3));
}

/*
 * Rejects state the switcher cannot load without faulting in ring 0: a
 * non-canonical RIP, RSP or FS/GS base, or a selector the VM's GDT does not
 * hold for ring 3.  Anything the guest can do from there on faults in ring 3
 * (a kernel-half RIP, say, is a #PF on the fetch: only the switcher is
 * mapped there, and not for ring 3), and whatever state GET_STATE returns
 * SET_STATE accepts.
 */
static long tandem_vcpu_check_state(const struct tandem_vcpu_state *st)
{
	if (!tandem_canonical(st->regs.rip) || !tandem_canonical(st->regs.gpr[TANDEM_RSP]))
		return -EINVAL;
	if (!tandem_canonical(st->fs_base) || !tandem_canonical(st->gs_base))
		return -EINVAL;
	if (!tandem_vcpu_selector_ok(st->ds) || !tandem_vcpu_selector_ok(st->es) ||
	    !tandem_vcpu_selector_ok(st->fs) || !tandem_vcpu_selector_ok(st->gs))
		return -EINVAL;
	return 0;
}

/*
 * TANDEM_IOC_SET_STATE: validate, then store into the switcher's frame and
 * data page.  The vCPU starts in guest kernel mode (the kernel shadow root),
 * whatever mode the guest was in when it last stopped.
 */
long tandem_vcpu_set_state(struct tandem_vm *vm, const void __user *uarg)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	struct tandem_vcpu_state st;
	const u64 *g = st.regs.gpr;
	long err;

	if (copy_from_user(&st, uarg, sizeof(st)))
		return -EFAULT;
	err = tandem_vcpu_check_state(&st);
	if (err)
		return err;
	if (vcpu->broken)
		return -EIO;

	tandem_gprs_to_frame(g, f);
	f->rip = st.regs.rip;
	f->rflags = (st.regs.rflags & GUEST_RFLAGS_MASK) | X86_EFLAGS_IF | X86_EFLAGS_FIXED;
	f->cs = SW_USER_CS;
	f->ss = SW_USER_DS;
	f->vector = 0;
	f->error = 0;
	vcpu->virtual_if = st.regs.rflags & X86_EFLAGS_IF;
	/* The state is the guest kernel's: user mode is entered only through ENTER_USER's checks. */
	tandem_cp_set_user_mode(vcpu, false);

	*(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_DS) = st.ds;
	*(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_ES) = st.es;
	*(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_FS) = st.fs;
	*(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_GS) = st.gs;
	*(u64 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_FS_BASE) = st.fs_base;
	*(u64 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_GS_BASE) = st.gs_base;

	vcpu->state = st;
	vcpu->state_set = true;
	return 0;
}

/* TANDEM_IOC_GET_STATE: the stored state, refreshed from what the guest changed. */
long tandem_vcpu_get_state(struct tandem_vm *vm, void __user *uarg)
{
	struct tandem_vcpu *vcpu = &vm->vcpu;
	const struct tandem_sw_frame *f = tandem_switcher_frame(&vcpu->sw);
	struct tandem_vcpu_state st = vcpu->state;
	u64 *g = st.regs.gpr;

	if (vcpu->state_set) {
		tandem_frame_to_gprs(f, g);
		st.regs.rip = f->rip;
		st.regs.rflags = (f->rflags & ~X86_EFLAGS_IF) | vcpu->virtual_if;
		st.cs = f->cs;
		st.ss = f->ss;
		st.ds = *(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_DS);
		st.es = *(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_ES);
		st.fs = *(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_FS);
		st.gs = *(u16 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_GS);
		st.fs_base = *(u64 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_FS_BASE);
		st.gs_base = *(u64 *)tandem_switcher_data(&vcpu->sw, SWD_GUEST_GS_BASE);
	}
	if (copy_to_user(uarg, &st, sizeof(st)))
		return -EFAULT;
	return 0;
}

/* TANDEM_IOC_GET_STATS: the VM's counters, as they are now. */
long tandem_vcpu_get_stats(struct tandem_vm *vm, void __user *uarg)
{
	if (copy_to_user(uarg, &vm->vcpu.stats, sizeof(vm->vcpu.stats)))
		return -EFAULT;
	return 0;
}

/*
 * The general registers between the switcher's frame (the switcher's own
 * order) and the contract's array (hardware encoding order): SET/GET_STATE
 * and the composite event record all move them.
 */
void tandem_frame_to_gprs(const struct tandem_sw_frame *f, u64 *g)
{
	g[TANDEM_RAX] = f->rax; g[TANDEM_RCX] = f->rcx; g[TANDEM_RDX] = f->rdx;
	g[TANDEM_RBX] = f->rbx; g[TANDEM_RSP] = f->rsp; g[TANDEM_RBP] = f->rbp;
	g[TANDEM_RSI] = f->rsi; g[TANDEM_RDI] = f->rdi; g[TANDEM_R8] = f->r8;
	g[TANDEM_R9] = f->r9; g[TANDEM_R10] = f->r10; g[TANDEM_R11] = f->r11;
	g[TANDEM_R12] = f->r12; g[TANDEM_R13] = f->r13; g[TANDEM_R14] = f->r14;
	g[TANDEM_R15] = f->r15;
}

void tandem_gprs_to_frame(const u64 *g, struct tandem_sw_frame *f)
{
	f->rax = g[TANDEM_RAX]; f->rcx = g[TANDEM_RCX]; f->rdx = g[TANDEM_RDX];
	f->rbx = g[TANDEM_RBX]; f->rsp = g[TANDEM_RSP]; f->rbp = g[TANDEM_RBP];
	f->rsi = g[TANDEM_RSI]; f->rdi = g[TANDEM_RDI]; f->r8 = g[TANDEM_R8];
	f->r9 = g[TANDEM_R9]; f->r10 = g[TANDEM_R10]; f->r11 = g[TANDEM_R11];
	f->r12 = g[TANDEM_R12]; f->r13 = g[TANDEM_R13]; f->r14 = g[TANDEM_R14];
	f->r15 = g[TANDEM_R15];
}
