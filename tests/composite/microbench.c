/*
 * microbench: the cost of a null system call (getppid) and of a first-touch
 * page fault (writing each page of a fresh anonymous mapping), for
 * guest_kernel.sh to compare natively, in user-only mode and in composite
 * mode inside the same qemu VM.  Under TCG these figures are ratios at
 * best, never hardware costs.  Static, so the guest kernel can run it from
 * the initramfs.
 */
#include <stdio.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

/* Nanoseconds of CLOCK_MONOTONIC. */
static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

int main(void)
{
	enum { CALLS = 20000, PAGES = 1024 };
	long long t0 = now_ns();
	for (int i = 0; i < CALLS; i++)
		syscall(SYS_getppid);
	long long t1 = now_ns();
	char *p = mmap(NULL, PAGES * 4096l, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return 1;
	long long t2 = now_ns();
	for (int i = 0; i < PAGES; i++)
		p[i * 4096l] = 1;
	long long t3 = now_ns();
	printf("null syscall %lld ns, first-touch page fault %lld ns\n", (t1 - t0) / CALLS, (t3 - t2) / PAGES);
	return 0;
}
