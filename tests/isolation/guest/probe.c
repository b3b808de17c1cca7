/* Memory accesses and jumps that survive faults.  Guest user code has no
 * mincore-like way to ask what is mapped, so it touches and catches the
 * signal the guest kernel sends for the fault; the handler jumps back. */
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "redteam.h"

static sigjmp_buf g_jump;
static volatile int g_armed;
static int g_installed;

/* Back to the guarded point; an unexpected fault keeps its default action. */
static void on_fault(int sig) {
    if (g_armed) {
        g_armed = 0;
        siglongjmp(g_jump, sig);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Installs the handlers once, on their own stack (a gadget may leave the
 * stack pointer anywhere). */
static void install(void) {
    if (g_installed) return;
    static char altstack[65536];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sa.sa_flags = SA_NODEFER | SA_ONSTACK;
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGSYS, SIGFPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
    g_installed = 1;
}

int guarded(void (*fn)(void*), void* arg) {
    install();
    int sig = sigsetjmp(g_jump, 0);
    if (sig) return sig;
    g_armed = 1;
    fn(arg);
    g_armed = 0;
    return 0;
}

struct access {
    uint64_t addr;
    uint64_t value;
    int width;
    int write;
};

/* The access itself, done through volatile pointers. */
static void do_access(void* p) {
    struct access* a = p;
    if (a->write) {
        *(volatile uint8_t*)a->addr = (uint8_t)a->value;
    } else if (a->width == 8) {
        a->value = *(volatile uint64_t*)a->addr;
    } else {
        a->value = *(volatile uint8_t*)a->addr;
    }
}

int probe_read(uint64_t addr, uint8_t* out) {
    struct access a = {addr, 0, 1, 0};
    if (guarded(do_access, &a)) return 0;
    *out = (uint8_t)a.value;
    return 1;
}

int probe_read8(uint64_t addr, uint64_t* out) {
    struct access a = {addr, 0, 8, 0};
    if (guarded(do_access, &a)) return 0;
    *out = a.value;
    return 1;
}

int probe_write(uint64_t addr, uint8_t value) {
    struct access a = {addr, value, 1, 1};
    return guarded(do_access, &a) == 0;
}

struct copy {
    uint64_t addr;
    uint8_t* dst;
    size_t n;
    volatile size_t done;
};

/* Copies byte by byte so that a fault leaves `done` exact. */
static void do_copy(void* p) {
    struct copy* c = p;
    while (c->done < c->n) {
        c->dst[c->done] = *(volatile uint8_t*)(c->addr + c->done);
        c->done++;
    }
}

size_t probe_copy(uint64_t addr, void* dst, size_t n) {
    struct copy c = {addr, dst, n, 0};
    guarded(do_copy, &c);
    return c.done;
}
