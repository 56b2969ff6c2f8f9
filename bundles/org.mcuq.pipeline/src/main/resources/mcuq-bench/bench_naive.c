/*
 * MCUQ bench: naive int8 kernels, straightforward nested loops with the same integer arithmetic as the optimised
 * int8 kernels (bench_int8.c), which are checked against these.
 */
#include "bench_shape.h"
#include "bench_ops.h"

#if BENCH_KIND == BENCH_CONV || BENCH_KIND == BENCH_DENSE
void bench_naive(const int8_t *input, const bench_params *p, int8_t *output)
{
    for (int oy = 0; oy < BENCH_OH; oy++) {
        for (int ox = 0; ox < BENCH_OW; ox++) {
            for (int oc = 0; oc < BENCH_COUT; oc++) {
                int32_t acc = p->bias[oc];
                for (int ky = 0; ky < BENCH_KS; ky++) {
                    for (int kx = 0; kx < BENCH_KS; kx++) {
                        int iy = oy + ky - BENCH_PAD;
                        int ix = ox + kx - BENCH_PAD;
                        if (iy < 0 || iy >= BENCH_H || ix < 0 || ix >= BENCH_W) {
                            continue;
                        }
                        for (int ic = 0; ic < BENCH_CIN; ic++) {
                            int32_t x = input[(iy * BENCH_W + ix) * BENCH_CIN + ic] + p->input_offset;
                            int32_t w = p->weights[((oc * BENCH_KS + ky) * BENCH_KS + kx) * BENCH_CIN + ic];
                            acc += x * w;
                        }
                    }
                }
                output[(oy * BENCH_OW + ox) * BENCH_COUT + oc] = requantize(acc, p->mult[oc], p->shift[oc],
                    p->output_zero, p->act_min, p->act_max);
            }
        }
    }
}
#else
void bench_naive(const int8_t *input, const bench_params *p, int8_t *output)
{
    for (int oy = 0; oy < BENCH_OH; oy++) {
        for (int ox = 0; ox < BENCH_OW; ox++) {
            for (int c = 0; c < BENCH_CIN; c++) {
                int32_t acc = p->bias[c];
                for (int ky = 0; ky < BENCH_KS; ky++) {
                    for (int kx = 0; kx < BENCH_KS; kx++) {
                        int iy = oy + ky - BENCH_PAD;
                        int ix = ox + kx - BENCH_PAD;
                        if (iy < 0 || iy >= BENCH_H || ix < 0 || ix >= BENCH_W) {
                            continue;
                        }
                        int32_t x = input[(iy * BENCH_W + ix) * BENCH_CIN + c] + p->input_offset;
                        acc += x * p->weights[(ky * BENCH_KS + kx) * BENCH_CIN + c];
                    }
                }
                output[(oy * BENCH_OW + ox) * BENCH_CIN + c] = requantize(acc, p->mult[c], p->shift[c],
                    p->output_zero, p->act_min, p->act_max);
            }
        }
    }
}
#endif
