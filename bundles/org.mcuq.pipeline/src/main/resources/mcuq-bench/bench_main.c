/*
 * MCUQ bench: fills one layer's int8 input, weights and requantization constants from a fixed pseudo-random
 * sequence, runs the optimised int8 kernel (region 1) and the naive one (region 2), and checks that both give the
 * same output. Exit 0: equal; 1: they differ; 2: the test data saturates almost every output (a useless test).
 */
#include "mcuq.h"
#include "bench_shape.h"

static int8_t input[BENCH_INPUT_SIZE];
static int8_t weights[BENCH_WEIGHT_SIZE];
static int32_t bias[BENCH_COUT];
static int32_t mult[BENCH_COUT];
static int32_t shift[BENCH_COUT];
static int8_t out_int8[BENCH_OUTPUT_SIZE];
static int8_t out_naive[BENCH_OUTPUT_SIZE];
static uint32_t seed = 12345u;

static uint32_t next(void)
{
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
}

static void fill(void)
{
    for (int i = 0; i < BENCH_INPUT_SIZE; i++) {
        input[i] = (int8_t)(next() & 0xFFu);
    }
    for (int i = 0; i < BENCH_WEIGHT_SIZE; i++) {
        weights[i] = (int8_t)((int32_t)(next() % 255u) - 127);
    }
    for (int c = 0; c < BENCH_COUT; c++) {
        bias[c] = (int32_t)(next() % 2001u) - 1000;
        mult[c] = (int32_t)(0x40000000u + next() % 0x3FFFFFFFu);
        shift[c] = BENCH_SHIFT + (int32_t)(next() % 2u);
    }
}

int main(void)
{
    fill();
    bench_params p = { weights, bias, mult, shift, 128, -128, -128, 127 };
    MCUQ_BEGIN(1);
    bench_int8(input, &p, out_int8);
    MCUQ_END(1);
    MCUQ_BEGIN(2);
    bench_naive(input, &p, out_naive);
    MCUQ_END(2);
    uint32_t saturated = 0u;
    for (int i = 0; i < BENCH_OUTPUT_SIZE; i++) {
        if (out_int8[i] != out_naive[i]) {
            mcuq_print("bench: the int8 kernel differs from the naive kernel\n");
            return 1;
        }
        saturated += (out_int8[i] == -128 || out_int8[i] == 127) ? 1u : 0u;
    }
    return saturated * 10u > BENCH_OUTPUT_SIZE * 9u ? 2 : 0;
}
