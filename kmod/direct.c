// SPDX-License-Identifier: GPL-2.0
/*
 * direct.c: guest user traps that the module hands to the guest kernel
 * itself, without an upcall into vmlib and without an exit to vmproc (the
 * composite hypervisor's "trap redirection", lguest's "direct traps").
 *
 * While the guest is in user mode vmlib is not running, so the module may
 * read and write the head of vmlib's virtual CPU (struct tandem_cp_vcpu)
 * and do what vmlib's events.cpp/deliver.cpp would do, on the same state
 * and with the same results:
 *
 *  - `syscall` (SDM vol. 2, SYSCALL): RCX = next RIP, R11 = RFLAGS, CS/SS
 *    from STAR[47:32], RFLAGS &= ~FMASK, CPL 0, RIP = LSTAR, RSP unchanged;
 *  - a hardware exception (SDM vol. 3, 6.12, 6.14): gate from the guest's
 *    IDT, stack from its TSS (RSP0, or ISTn), aligned to 16 bytes, a
 *    hardware-format frame (SS, RSP, RFLAGS, CS, RIP, error code), IF
 *    cleared for an interrupt gate, CPL 0, CR2 for #PF.
 *
 * Anything unusual (a gate or stack that is not present or not in guest
 * memory, which hardware would escalate to #DF; software interrupts, whose
 * gate DPL needs the instruction) is left to vmlib: these functions return
 * 0 and the caller makes an upcall instead.  1 = delivered, negative = guest
 * memory vanished.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/uaccess.h>

#include <asm/processor-flags.h>
#include <asm/trapnr.h>

#include "switcher.h"
#include "tandem.h"

/* Flags that run for real in the guest (vmlib's kRealFlags): arithmetic and DF. */
#define DT_REAL_FLAGS (0x8d5ull | X86_EFLAGS_DF)

/* The head of vmlib's vCPU, copied in and out around one redirect. */
struct tandem_dt {
	struct tandem_vm *vm;
	struct tandem_cp_vcpu h;
};

/* Guest kernel-half memory through the VM process's mapping, checked like vmlib's kernel_range_ok. */
static void __user *tandem_dt_ptr(const struct tandem_vm *vm, u64 va, u64 len)
{
	u64 off = va - TANDEM_DIRECT_MAP_BASE;

	if (va < TANDEM_DIRECT_MAP_BASE || off >= vm->memory_size || len > vm->memory_size - off)
		return NULL;
	return (void __user *)(vm->memory_addr + off);
}

/* Reads the shared vCPU head (guest user mode: vmlib is not running). */
static int tandem_dt_load(struct tandem_dt *dt, struct tandem_vm *vm)
{
	dt->vm = vm;
	if (copy_from_user(&dt->h, (void __user *)(vm->memory_addr + vm->vcpu.cp.vcpu_va -
						   TANDEM_DIRECT_MAP_BASE), sizeof(dt->h)))
		return -EFAULT;
	return 0;
}

/* Writes the head back and leaves guest user mode (the kernel shadow root from now on). */
static int tandem_dt_store(struct tandem_dt *dt)
{
	struct tandem_vm *vm = dt->vm;

	if (copy_to_user((void __user *)(vm->memory_addr + vm->vcpu.cp.vcpu_va - TANDEM_DIRECT_MAP_BASE),
			 &dt->h, sizeof(dt->h)))
		return -EFAULT;
	tandem_cp_set_user_mode(&vm->vcpu, false);
	return 1;
}

/* The guest-visible RFLAGS of user code whose real flags are `real` (vmlib's virtual_flags at CPL 3). */
static u64 tandem_dt_user_flags(const struct tandem_dt *dt, u64 real)
{
	u64 v = (real & DT_REAL_FLAGS) | X86_EFLAGS_FIXED;

	if (dt->h.vif)
		v |= X86_EFLAGS_IF;
	v |= (u64)(dt->h.viopl & 3) << 12;
	return v | (real & (X86_EFLAGS_AC | X86_EFLAGS_TF));
}

/* Takes IF, IOPL and AC from a guest RFLAGS image (vmlib's load_virtual_flags); returns the real flags. */
static u64 tandem_dt_load_flags(struct tandem_dt *dt, u64 virt)
{
	dt->h.vif = !!(virt & X86_EFLAGS_IF);
	dt->h.viopl = (virt >> 12) & 3;
	dt->h.vac = !!(virt & X86_EFLAGS_AC);
	return (virt & DT_REAL_FLAGS) | X86_EFLAGS_FIXED | X86_EFLAGS_IF;
}

/* A guest user `syscall`, entered at the guest kernel's LSTAR. */
int tandem_dt_syscall(struct tandem_vm *vm)
{
	struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);
	struct tandem_vcpu_state *s;
	struct tandem_dt dt;
	u64 vflags;
	u16 sel;

	if (tandem_dt_load(&dt, vm))
		return -EFAULT;
	s = &dt.h.state;
	if (s->cpl != 3 || !tandem_canonical(s->lstar))
		return 0;
	vflags = tandem_dt_user_flags(&dt, f->rflags) & ~X86_EFLAGS_RF;
	f->rcx = f->rip;
	f->r11 = vflags;
	sel = (s->star >> 32) & 0xfffc;
	s->cs = sel;
	s->ss = sel + 8;
	s->cpl = 0;
	f->rflags = tandem_dt_load_flags(&dt, (vflags & ~s->fmask) | X86_EFLAGS_FIXED);
	f->rip = s->lstar;
	return tandem_dt_store(&dt);
}

/* RSP0 (which = 0) or ISTn from the TSS the guest's TR selects; false if hardware would fault. */
static bool tandem_dt_tss_stack(const struct tandem_dt *dt, int which, u64 *out)
{
	const struct tandem_vcpu_state *s = &dt->h.state;
	u16 sel = s->tr & ~7;
	void __user *p;
	u64 d[2], base;
	u8 type;

	if (!sel || (u64)sel + 15 > s->gdtr.limit)
		return false;
	p = tandem_dt_ptr(dt->vm, s->gdtr.base + sel, 16);
	if (!p || copy_from_user(d, p, 16))
		return false;
	type = (d[0] >> 40) & 0xf;
	if (type != 0x9 && type != 0xb)
		return false;
	base = ((d[0] >> 16) & 0xffffff) | (((d[0] >> 56) & 0xff) << 24) | ((d[1] & 0xffffffffull) << 32);
	p = tandem_dt_ptr(dt->vm, base + (which == 0 ? 4 : 36 + (u64)(which - 1) * 8), 8);
	return p && !copy_from_user(out, p, 8);
}

/*
 * Delivers hardware exception `vector` (with `error` when it has one) from
 * guest user mode through the guest's IDT, as the CPU would.
 */
int tandem_dt_exception(struct tandem_vm *vm, u32 vector, bool has_error, u32 error, u64 cr2)
{
	struct tandem_sw_frame *f = tandem_switcher_frame(&vm->vcpu.sw);
	struct tandem_vcpu_state *s;
	struct tandem_dt dt;
	u64 gate[2], frame[6], handler, rsp, old_virtual;
	void __user *p;
	unsigned int ist, type;
	int n = 0;

	if (tandem_dt_load(&dt, vm))
		return -EFAULT;
	s = &dt.h.state;
	if (s->cpl != 3 || (u64)vector * 16 + 15 > s->idtr.limit)
		return 0;
	p = tandem_dt_ptr(vm, s->idtr.base + (u64)vector * 16, 16);
	if (!p || copy_from_user(gate, p, 16))
		return 0;
	type = (gate[0] >> 40) & 0xf;
	if (!((gate[0] >> 47) & 1) || (type != 0xe && type != 0xf))
		return 0;
	handler = (gate[0] & 0xffff) | ((gate[0] >> 32) & 0xffff0000ull) | (gate[1] << 32);
	ist = (gate[0] >> 32) & 7;
	if (!tandem_dt_tss_stack(&dt, ist, &rsp))
		return 0;
	rsp &= ~15ull;
	old_virtual = tandem_dt_user_flags(&dt, f->rflags);
	if (has_error)
		frame[n++] = error;
	frame[n++] = f->rip;
	frame[n++] = s->cs;
	frame[n++] = old_virtual;
	frame[n++] = f->rsp;
	frame[n++] = s->ss;
	p = tandem_dt_ptr(vm, rsp - n * 8, n * 8);
	if (!p || copy_to_user(p, frame, n * 8))
		return 0;
	if (vector == X86_TRAP_PF)
		s->cr2 = cr2;
	s->cpl = 0;
	s->cs = (gate[0] >> 16) & 0xffff;
	s->ss = 0;	/* 64-bit mode loads a null SS on a privilege change */
	dt.h.vac = !!(old_virtual & X86_EFLAGS_AC);
	if (type == 0xe)
		dt.h.vif = 0;
	f->rflags = (old_virtual & DT_REAL_FLAGS) | X86_EFLAGS_FIXED | X86_EFLAGS_IF;
	f->rip = handler;
	f->rsp = rsp - n * 8;
	return tandem_dt_store(&dt);
}
