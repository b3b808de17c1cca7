/* Floating point and SIMD in user mode (lazy FPU switching in the kernel):
 * prints "fpu ok 3.14159" and exits 0 when the results are right. */
#include <math.h>
#include <stdio.h>

int main(void) {
    volatile double x = 0;
    for (int k = 0; k < 1000000; k++) x += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    volatile float v[64];
    for (int i = 0; i < 64; i++) v[i] = (float)i * 0.5f;
    float s = 0;
    for (int i = 0; i < 64; i++) s += v[i];
    if (fabs(x - 3.14159) > 1e-4 || s != 1008.0f) {
        printf("FAIL: %f %f\n", x, (double)s);
        return 1;
    }
    printf("fpu ok %.5f\n", x);
    return 0;
}
