/*
 * MCUQ bench: the layer shape under test (set with -D on the compiler command line) and the parameters shared
 * by the baseline kernels. Stride 1; NHWC tensors; conv weights [out][ky][kx][in], depthwise [ky][kx][c],
 * fully connected [out][in].
 */
#ifndef BENCH_SHAPE_H
#define BENCH_SHAPE_H

#include <stdint.h>

#define BENCH_CONV 0
#define BENCH_DEPTHWISE 1
#define BENCH_DENSE 2

#if !defined(BENCH_KIND) || !defined(BENCH_H) || !defined(BENCH_W) || !defined(BENCH_CIN) || !defined(BENCH_COUT) \
    || !defined(BENCH_KS) || !defined(BENCH_PAD) || !defined(BENCH_SHIFT)
#error "define BENCH_KIND, BENCH_H, BENCH_W, BENCH_CIN, BENCH_COUT, BENCH_KS, BENCH_PAD and BENCH_SHIFT"
#endif
#if BENCH_CIN % 4 != 0
#error "the baseline kernels need a multiple of 4 input channels"
#endif

#define BENCH_OH (BENCH_H + 2 * BENCH_PAD - BENCH_KS + 1)
#define BENCH_OW (BENCH_W + 2 * BENCH_PAD - BENCH_KS + 1)
#define BENCH_COLUMN (BENCH_KS * BENCH_KS * BENCH_CIN)
#define BENCH_INPUT_SIZE (BENCH_H * BENCH_W * BENCH_CIN)
#define BENCH_OUTPUT_SIZE (BENCH_OH * BENCH_OW * BENCH_COUT)
#if BENCH_KIND == BENCH_DEPTHWISE
#define BENCH_WEIGHT_SIZE (BENCH_KS * BENCH_KS * BENCH_CIN)
#else
#define BENCH_WEIGHT_SIZE (BENCH_COUT * BENCH_COLUMN)
#endif

typedef struct {
    const int8_t *weights;
    const int32_t *bias;
    const int32_t *mult;
    const int32_t *shift;
    int32_t input_offset; /* minus the input zero point */
    int32_t output_zero;
    int32_t act_min;
    int32_t act_max;
} bench_params;

void bench_int8(const int8_t *input, const bench_params *p, int8_t *output);
void bench_naive(const int8_t *input, const bench_params *p, int8_t *output);

#endif
