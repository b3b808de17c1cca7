/* fpustress: vector state and fresh memory of several processes at once.
 *
 * usage: fpustress WORKERS VECTOR_ROUNDS FILL_ROUNDS
 *
 * Each worker first keeps a value in %ymm7 across a system call or a short
 * spin (the kernel may switch to another worker meanwhile), then fills a
 * 4 MiB buffer with a pattern the compiler vectorises (SSE), checks it, forks
 * a child that writes one word per page (copy-on-write) and checks the buffer
 * again.  Workers that start filling while others still use %ymm7 are what
 * found composite mode's lost vector state (lazy host/guest FPU switching in
 * tandem.ko).  Exit status 0 when every worker saw exactly its own data; the
 * first difference of each worker is printed on stderr.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { kWords = 1 << 20, kWordsPerPage = 1024 };

static int report(const char *what, long round, long at)
{
	fprintf(stderr, "fpustress: worker %d: %s wrong in round %ld (at %ld)\n", getpid(), what, round, at);
	return 1;
}

/* %ymm7 must survive a getppid() or a spin of ~300 pauses unchanged. */
__attribute__((target("avx2"))) static int keep_ymm7(long rounds, unsigned seed)
{
	for (long i = 0; i < rounds; i++) {
		unsigned in[8], out[8];
		long nr = i % 3 == 0 ? 110 /* getppid */ : -1;

		for (int k = 0; k < 8; k++)
			in[k] = seed * 2246822519u + (unsigned)i * 7u + (unsigned)k;
		__asm__ volatile("vmovdqu %2, %%ymm7\n\t"
				 "test %1, %1\n\tjs 1f\n\t"
				 "mov %1, %%rax\n\tsyscall\n\tjmp 3f\n"
				 "1:\tmov $300, %%ecx\n"
				 "2:\tpause\n\tdec %%ecx\n\tjnz 2b\n"
				 "3:\tvmovdqu %%ymm7, %0"
				 : "=m"(out) : "r"(nr), "m"(in) : "rax", "rcx", "r11", "xmm7", "memory");
		if (memcmp(in, out, sizeof in) != 0)
			return report("%ymm7", i, 0);
	}
	return 0;
}

static unsigned pattern(unsigned seed, long round, long i)
{
	return seed ^ (unsigned)round ^ (unsigned)i * 2654435761u;
}

/* The first word of buf that is not the pattern, or -1. */
static long first_wrong(const unsigned *buf, unsigned seed, long round)
{
	for (long i = 0; i < kWords; i++)
		if (buf[i] != pattern(seed, round, i))
			return i;
	return -1;
}

static int fill_and_fork(long rounds, unsigned seed)
{
	unsigned *buf = malloc(sizeof(unsigned) * kWords);

	if (!buf)
		return report("malloc", 0, 0);
	for (long r = 0; r < rounds; r++) {
		long bad;
		pid_t child;
		int status;

		for (long i = 0; i < kWords; i++)
			buf[i] = pattern(seed, r, i);
		if ((bad = first_wrong(buf, seed, r)) >= 0)
			return report("buffer after filling", r, bad);
		child = fork();
		if (child < 0)
			return report("fork", r, 0);
		if (child == 0) {
			for (long i = 0; i < kWords; i += kWordsPerPage)
				buf[i] = 0xdeadbeefu;
			_exit(0);
		}
		if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
			return report("child", r, 0);
		if ((bad = first_wrong(buf, seed, r)) >= 0)
			return report("buffer after the child's writes", r, bad);
	}
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	int workers, failed = 0, status;
	long vector_rounds, fill_rounds;

	if (argc != 4) {
		fprintf(stderr, "usage: fpustress WORKERS VECTOR_ROUNDS FILL_ROUNDS\n");
		return 2;
	}
	workers = atoi(argv[1]);
	vector_rounds = atol(argv[2]);
	fill_rounds = atol(argv[3]);
	for (int w = 0; w < workers; w++) {
		pid_t pid = fork();

		if (pid < 0) {
			perror("fpustress: fork");
			return 2;
		}
		if (pid == 0)
			_exit(keep_ymm7(vector_rounds, (unsigned)w + 1) | fill_and_fork(fill_rounds, (unsigned)w + 7));
	}
	while (wait(&status) > 0)
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			failed++;
	printf("fpustress: %d of %d workers failed\n", failed, workers);
	return failed != 0;
}
