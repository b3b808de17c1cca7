/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tandem.ko, the kernel-level half of tandem's composite hypervisor.
 *
 * This header is what the module's files share with each other: the
 * per-file context, the VM object and the few functions that cross file
 * boundaries.  What the module shares with user space (the ioctl numbers and
 * their argument layouts) lives in the one platform contract,
 * vmlib/include/tandem/platform.h, section 8.
 *
 * One vCPU per VM runs guest code in ring 3 through the world switcher
 * (switcher.S, switcher_pages.c) on two shadow address spaces (shadow.c,
 * gpt.c).  A VM runs only once vmproc has described vmlib (SET_VMLIB,
 * composite.c): guest events the module does not resolve itself are
 * reflected into vmlib, and vmlib reaches the module with hypercalls.
 * kmod/README.md lists every file and its concern.
 */
#ifndef TANDEM_KMOD_H
#define TANDEM_KMOD_H

#include <linux/hrtimer.h>
#include <linux/mm_types.h>
#include <linux/mutex.h>
#include <linux/mmu_notifier.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/types.h>

#include <asm/pgtable.h>

#include <tandem/platform.h>

#define TANDEM_KMOD_VERSION "0.2.0"

/*
 * A vCPU's switcher region (switcher.h): SW_PAGES pages mapped at one kernel
 * virtual address, in the host and in the vCPU's shadow page tables.
 */
struct tandem_switcher {
	struct page *pages[8];	/* SW_PAGES */
	struct page *win[3];	/* SW_WIN_PAGES: pinned guest pages in the window, or NULL */
	u8 *va;			/* the region; code at va, IDT, data, stack after */
};

/*
 * What the two shadow trees of a vCPU share (shadow.c, guest_mm.c): the
 * lock that orders the vCPU thread's fills against the MMU notifier's zaps,
 * the invalidation count and sequence that a fill checks before it installs
 * a page it looked up without the lock, and table pages allocated before
 * the lock is taken (allocating under it could recurse into reclaim, and so
 * into the notifier, which needs the lock).
 */
#define TANDEM_MMU_CACHE 8
struct tandem_mmu {
	struct mutex lock;
	atomic_t busy;			/* invalidations of guest memory in progress */
	atomic_long_t seq;		/* bumped by each invalidation of guest memory */
	void *cache[TANDEM_MMU_CACHE];	/* zeroed table pages for walks under the lock */
	int cached;
};

/*
 * The shadow address space the guest runs on: a page-table tree of the
 * host's depth (4 or 5 levels) whose kernel half maps only the switcher
 * region (and, with the fast paths, its pinned window pages) and whose
 * lower half maps guest pages.  Lower-half pages are not pinned: the MMU
 * notifier (guest_mm.c) removes a page from the tree before the host
 * frees, swaps or migrates it.
 */
struct tandem_shadow {
	u64 *root;		/* top-level table */
	int levels;		/* 4 or 5, as the host's paging */
	struct tandem_mmu *mmu;	/* shared by the vCPU's two trees */
	unsigned long mapped;	/* direct-map leaf entries (guest pages) */
	unsigned long tables;	/* table pages, root included */
};

/*
 * The user windows of recent guest address spaces (spaces.c): the current
 * one lives in the two trees; the others are kept aside, each in one page
 * of PML4 entries (the kernel tree's window in the first half, the user
 * tree's in the second), keyed by the guest's page-table root and PCID.
 */
#define TANDEM_SPACES 8
struct tandem_space {
	u64 root;		/* the guest's page-table root (CR3's address bits) */
	u32 pcid;		/* 0 without CR4.PCIDE */
	bool valid;		/* holds an address space */
	u64 used;		/* when it was last current, for eviction */
	u64 *kept;		/* its windows while another is current; all empty while current */
};
struct tandem_spaces {
	struct tandem_space s[TANDEM_SPACES];
	int cur;		/* the one in the trees */
	u64 clock;
};

/*
 * The sampling profiler (profile.c, TANDEM_IOC_SET_PROFILE): its own
 * hrtimer ends the guest's slice when a sample is due, so that the timer
 * of the guest's deadline keeps its own rules.  interval_ns 0 = off.
 */
struct tandem_profile {
	struct tandem_profile_config cfg;
	struct hrtimer timer;
	u64 due;		/* guest ns of the next sample */
	u64 armed;		/* the due time the timer was last armed for, 0 = none */
	u64 left_at;		/* guest ns the last RUN returned to vmproc, 0 = none yet */
	u32 head;		/* samples written: the module's count, never read back */
	u32 hint;		/* the program-name entry the last lookup found */
};

/* The one vCPU of a VM. */
struct tandem_vcpu {
	struct tandem_switcher sw;
	struct tandem_mmu mmu;		/* the lock and page cache of the two trees below */
	struct tandem_shadow shadow;	/* guest kernel mode: direct map + user window */
	struct tandem_shadow ushadow;	/* guest user mode (composite): user window only */
	struct tandem_spaces spaces;	/* recent address spaces' user windows, guarded by mmu.lock */
	struct tandem_vcpu_state state;	/* last SET_STATE, refreshed by GET_STATE */
	bool state_set;			/* RUN refuses to start before SET_STATE */
	bool broken;			/* the switcher trapped on itself: never run again */
	u64 virtual_if;			/* the guest's IF; the real one is always on */
	void *fpu;			/* guest FPU/SSE/AVX state (XSAVE or FXSAVE image, fpu.c) */
	unsigned int fpu_order;		/* pages of fpu, as an allocation order */
	struct tandem_stats stats;
	/* vmlib's description (composite.c); RUN refuses to start before SET_VMLIB */
	struct tandem_cp_config cp;
	bool cp_on;
	/* guest user mode (TANDEM_HC_ENTER_USER) lives in the switcher data page: tandem_cp_user_mode() */
	bool fpu_hot;			/* the guest used the FPU in this RUN (or the last): load it at entry */
	unsigned int fpu_carried;	/* RUNs in a row begun hot on an earlier RUN's use (fpu.c) */
	bool guest_ts;			/* the guest's own CR0.TS, as of the last entry */
	struct hrtimer timer;		/* ends the guest's slice at its timer deadline */
	/* interrupt injection from other threads (inject.c) */
	atomic64_t injected;		/* lines not yet merged into vmlib's pending ones */
	spinlock_t runner_lock;		/* guards runner */
	struct task_struct *runner;	/* the thread inside RUN, to kick; NULL outside RUN */
	bool inject_merge;		/* before_entry could merge (guest outside vmlib) */
	int guest_cpu;			/* CPU running the guest right now, or -1 (guest_mm.c kicks it) */
	struct tandem_profile profile;	/* --profile (profile.c) */
};

/*
 * One VM: guest-physical memory is a range of the creating process's address
 * space (vmproc's memfd mapping), which the shadow trees map page by page.
 */
struct tandem_vm {
	u64 memory_addr;	/* user virtual address of guest-physical 0 */
	u64 memory_size;	/* bytes */
	struct mm_struct *mm;	/* the address space memory_addr belongs to */
	pid_t creator;		/* thread group that created it, for messages */
	struct mmu_notifier mn;	/* guest_mm.c: host changes to guest memory */
	bool mn_registered;
	struct tandem_vcpu vcpu;
};

/*
 * What one open file of /dev/tandem owns.  Each tandem process opens the
 * device once and gets its own context, so VMs never share state.
 */
struct tandem_file {
	struct mutex lock;	/* serialises the ioctls of this file */
	struct tandem_vm *vm;	/* NULL until TANDEM_IOC_CREATE_VM */
};

long tandem_vm_create(struct tandem_file *tf,
		      const struct tandem_create_vm __user *uarg);
void tandem_vm_destroy(struct tandem_vm *vm);

/* RFLAGS bits a ring-3 guest may hold (tandem/x86.h). */
#define GUEST_RFLAGS_MASK TANDEM_RFLAGS_RING3

/*
 * Whether an address is canonical for the host's paging depth: the switcher
 * loads guest RIP, RSP and FS/GS bases with iretq and wrmsr, which fault in
 * ring 0 on anything else.
 */
static inline bool tandem_canonical(u64 addr)
{
	unsigned int shift = 64 - (pgtable_l5_enabled() ? 57 : 48);

	return (u64)((s64)(addr << shift) >> shift) == addr;
}

/* Whether [va, va + len) is direct-map guest memory (an address vmlib or the guest gave). */
static inline bool tandem_cp_range_ok(const struct tandem_vm *vm, u64 va, u64 len)
{
	u64 off = va - TANDEM_DIRECT_MAP_BASE;

	return va >= TANDEM_DIRECT_MAP_BASE && off < vm->memory_size &&
	       len <= vm->memory_size - off;
}

/* The VM process's address of a direct-map guest address (checked before, e.g. at SET_VMLIB). */
static inline void __user *tandem_cp_user(const struct tandem_vm *vm, u64 va)
{
	return (void __user *)(vm->memory_addr + (va - TANDEM_DIRECT_MAP_BASE));
}

/* switcher_pages.c */
int tandem_switcher_check_host(void);
int tandem_switcher_create(struct tandem_switcher *sw);
void tandem_switcher_destroy(struct tandem_switcher *sw);
unsigned long tandem_switcher_syscall_entry(const struct tandem_switcher *sw);
struct tandem_sw_frame *tandem_switcher_frame(const struct tandem_switcher *sw);
void *tandem_switcher_data(const struct tandem_switcher *sw, unsigned int off);

struct tandem_sw_frame;
/* vcpu.c: general registers between the switcher frame and the contract's array */
void tandem_frame_to_gprs(const struct tandem_sw_frame *f, u64 *gpr);
void tandem_gprs_to_frame(const u64 *gpr, struct tandem_sw_frame *f);

/* shadow.c */
int tandem_shadow_create(struct tandem_shadow *sh, const struct tandem_switcher *sw,
			 struct tandem_mmu *mmu);
void tandem_shadow_mmu_fini(struct tandem_mmu *mmu);
void tandem_shadow_destroy(struct tandem_shadow *sh);
u64 tandem_shadow_cr3(const struct tandem_shadow *sh);
int tandem_shadow_fault(struct tandem_vm *vm, u64 addr, u64 error);

int tandem_shadow_map_user(struct tandem_vm *vm, bool user_tree, u64 va, u64 gpa, bool write, bool nx);
u64 *tandem_shadow_window(struct tandem_shadow *sh);
void tandem_shadow_window_unmap(u64 *window, u64 va);
void tandem_shadow_window_free(struct tandem_shadow *sh, u64 *window);
void tandem_shadow_window_move(u64 *to, u64 *from);
void tandem_shadow_flush_user_locked(struct tandem_shadow *sh);
unsigned long tandem_shadow_zap(struct tandem_shadow *sh, u64 gpa, u64 end);


/* spaces.c: the user windows of recent guest address spaces, the invalidation queue */
int tandem_spaces_init(struct tandem_vcpu *vcpu);
void tandem_spaces_destroy(struct tandem_vcpu *vcpu);
void tandem_spaces_switch(struct tandem_vcpu *vcpu, u64 root, u32 pcid, bool flush);
int tandem_spaces_drain(struct tandem_vm *vm);
void tandem_spaces_drop_all_locked(struct tandem_vcpu *vcpu);

/* guest_mm.c: the MMU notifier over the VM process's guest memory */
int tandem_guest_mm_register(struct tandem_vm *vm);
void tandem_guest_mm_unregister(struct tandem_vm *vm);
int tandem_shadow_set_kernel_pte(struct tandem_shadow *sh, u64 va, u64 pte_val);

/* fastpath.c */
bool tandem_cp_user_mode(const struct tandem_vcpu *vcpu);
void tandem_cp_set_user_mode(struct tandem_vcpu *vcpu, bool user);
void tandem_fast_init(struct tandem_vcpu *vcpu);
void tandem_fast_arm(struct tandem_vm *vm);
void tandem_fast_disarm(struct tandem_vcpu *vcpu);
void tandem_fast_note_enter(struct tandem_vm *vm, u64 va);
void tandem_fast_note_entry(struct tandem_vcpu *vcpu, u64 deadline, bool ts);
void tandem_fast_fold(struct tandem_vcpu *vcpu);
void tandem_fast_destroy(struct tandem_vcpu *vcpu);

/* composite.c */
long tandem_cp_set_vmlib(struct tandem_vm *vm, const void __user *uarg);
int tandem_cp_exception(struct tandem_vm *vm, struct tandem_run *run, u32 vector);
int tandem_cp_page_fault(struct tandem_vm *vm, struct tandem_run *run);
int tandem_cp_syscall(struct tandem_vm *vm, struct tandem_run *run);
int tandem_cp_stop(struct tandem_vm *vm, struct tandem_run *run, u32 vector, const char *why);
u64 tandem_cp_root(const struct tandem_vcpu *vcpu);
u8 tandem_cp_vcpl(struct tandem_vm *vm);
int tandem_cp_before_entry(struct tandem_vm *vm);
void tandem_cp_init(struct tandem_vcpu *vcpu);
void tandem_cp_stop_timer(struct tandem_vcpu *vcpu);
bool tandem_cp_in_vmlib(const struct tandem_vcpu *vcpu, const struct tandem_sw_frame *f);
u64 tandem_cp_now(const struct tandem_vcpu *vcpu);

/* profile.c: --profile in composite mode, samples into vmlib's ring */
long tandem_profile_set(struct tandem_vm *vm, const void __user *uarg);
void tandem_profile_init(struct tandem_vcpu *vcpu);
void tandem_profile_stop(struct tandem_vcpu *vcpu);
void tandem_profile_run_begin(struct tandem_vm *vm);
void tandem_profile_run_end(struct tandem_vm *vm);
void tandem_profile_entry(struct tandem_vm *vm);

/* hypercall.c */
int tandem_cp_hypercall(struct tandem_vm *vm, struct tandem_run *run);

/* fpu.c: the guest's FPU image and the lazy host/guest switch */
int tandem_fpu_init(struct tandem_vcpu *vcpu);
void tandem_fpu_destroy(struct tandem_vcpu *vcpu);
void tandem_fpu_run_begin(struct tandem_vcpu *vcpu);
void tandem_fpu_note_guest_cr0(struct tandem_vcpu *vcpu, u64 cr0);
bool tandem_fpu_guest_ts_armed(struct tandem_vcpu *vcpu);
void tandem_fpu_end_loan(struct tandem_vcpu *vcpu);
bool tandem_fpu_begin(struct tandem_vcpu *vcpu);
void tandem_fpu_arm_ts(struct tandem_vcpu *vcpu, bool loaded);
void tandem_fpu_disarm_ts(void);
void tandem_fpu_end(struct tandem_vcpu *vcpu, bool save);
int tandem_fpu_handle_nm(struct tandem_vm *vm, struct tandem_run *run);

/* gpt.c */
int tandem_gpt_refill(struct tandem_vm *vm, u64 cr3, u64 va);
int tandem_gpt_fill(struct tandem_vm *vm, u64 cr3, u64 va, bool user, bool write, bool fetch,
		    u32 *pf_error);

/* direct.c */
int tandem_dt_syscall(struct tandem_vm *vm);
int tandem_dt_exception(struct tandem_vm *vm, bool user, u32 vector, bool has_error, u32 error, u64 cr2);
int tandem_dt_interrupt(struct tandem_vm *vm, bool user);

/* inject.c: TANDEM_IOC_INJECT_IRQ from other threads of the VM process */
long tandem_inject_irq(struct tandem_vm *vm, const void __user *uarg);
void tandem_inject_runner_set(struct tandem_vcpu *vcpu);
void tandem_inject_runner_clear(struct tandem_vcpu *vcpu);
bool tandem_inject_pending(struct tandem_vcpu *vcpu);
u64 tandem_inject_take(struct tandem_vcpu *vcpu);

/* vcpu.c */
int tandem_vcpu_init(struct tandem_vcpu *vcpu);
void tandem_vcpu_destroy(struct tandem_vcpu *vcpu);
long tandem_vcpu_set_state(struct tandem_vm *vm, const void __user *uarg);
long tandem_vcpu_get_state(struct tandem_vm *vm, void __user *uarg);
long tandem_vcpu_get_stats(struct tandem_vm *vm, void __user *uarg);

/* run.c */
long tandem_vcpu_run(struct tandem_vm *vm, void __user *uarg);

#endif /* TANDEM_KMOD_H */
