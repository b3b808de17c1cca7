/*
 * Kernel stack switching between tasks (sched/sched.cpp) and the first run
 * of a new task.  Only callee-saved registers need saving: context_switch
 * is an ordinary function call for the C++ side.
 */
    .text

/* void context_switch(u64 *save_ksp, u64 new_ksp): saves the callee-saved
 * registers on the current stack, stores RSP, loads the next task's RSP and
 * pops its registers; `ret` resumes the next task where it switched out. */
    .globl context_switch
    .type context_switch, @function
context_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size context_switch, .-context_switch

/* task_trampoline: where a new task's first context_switch returns to.
 * r12 = entry function, r13 = its argument (set by spawn_kernel_thread). */
    .globl task_trampoline
    .type task_trampoline, @function
task_trampoline:
    call task_first_run
    movq %r13, %rdi
    call *%r12
    call kthread_return
    ud2
    .size task_trampoline, .-task_trampoline
