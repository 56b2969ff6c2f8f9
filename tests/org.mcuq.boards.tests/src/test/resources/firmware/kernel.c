/* A small int8 dot-product "network": region 0 per dot product, the whole run in the network region. */
#include <stdint.h>
#include "mcuq.h"

#define N 256
static int8_t a[N];
static int8_t b[N];

__attribute__((noinline)) static int32_t dot(const int8_t *x, const int8_t *y, int n)
{
    int32_t acc = 0;
    for (int i = 0; i < n; i++) {
        acc += x[i] * y[i];
    }
    return acc;
}

int main(void)
{
    for (int i = 0; i < N; i++) {
        a[i] = (int8_t)(i * 5 - 100);
        b[i] = (int8_t)(77 - i * 3);
    }
    int32_t results[4];
    MCUQ_BEGIN(MCUQ_REGION_NETWORK);
    for (int r = 0; r < 4; r++) {
        MCUQ_BEGIN(0);
        results[r] = dot(a + r, b, N - r * 16);
        MCUQ_END(0);
    }
    MCUQ_END(MCUQ_REGION_NETWORK);
    mcuq_output("results", results, sizeof results);
    return 0;
}
