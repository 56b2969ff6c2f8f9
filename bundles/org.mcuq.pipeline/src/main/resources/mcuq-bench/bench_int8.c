/*
 * MCUQ bench: the project's own plain int8 kernels, written in the CMSIS-NN manner (this is MCUQ's code, not
 * CMSIS-NN). Convolution: im2col of two output pixels into int16 columns with the input offset added (SXTAB16, bytes
 * stored as pairs 0,2 | 1,3), weights widened on the fly with SXTB16, a block of 2 output channels x 2 pixels with
 * 8 SMLAD (16 MACs) per step of 4, per-channel requantization. Fully connected: the input widened once, 2 rows at a
 * time. Depthwise: 4 channels at a time, one SMLABB/SMLATT per MAC.
 */
#include "bench_shape.h"
#include "bench_ops.h"

static inline int32_t offset_pair(int32_t offset)
{
    return (int32_t)(((uint32_t)offset & 0xFFFFu) | ((uint32_t)offset << 16));
}

static inline int8_t output_of(int32_t acc, const bench_params *p, int oc)
{
    return requantize(acc, p->mult[oc], p->shift[oc], p->output_zero, p->act_min, p->act_max);
}

#if BENCH_KIND == BENCH_CONV || BENCH_KIND == BENCH_DENSE
static int16_t columns[2][BENCH_COLUMN] __attribute__((aligned(4)));

/* Widens n int8 values (n a multiple of 4) with the offset, stored as pairs (0,2) and (1,3) of each group of 4. */
static void widen(const int8_t *in, int32_t offset2, int n, int16_t *out)
{
    for (int i = 0; i < n; i += 4) {
        int32_t x = load32(in + i);
        store32(out + i, sxtab16(offset2, x));
        store32(out + i + 2, sxtab16_odd(offset2, x));
    }
}

#if BENCH_KIND == BENCH_CONV
static void im2col(const int8_t *input, int pixel, int32_t offset2, int16_t *column)
{
    int oy = pixel / BENCH_OW;
    int ox = pixel % BENCH_OW;
    for (int ky = 0; ky < BENCH_KS; ky++) {
        for (int kx = 0; kx < BENCH_KS; kx++) {
            int iy = oy + ky - BENCH_PAD;
            int ix = ox + kx - BENCH_PAD;
            int16_t *tap = column + (ky * BENCH_KS + kx) * BENCH_CIN;
            if (iy < 0 || iy >= BENCH_H || ix < 0 || ix >= BENCH_W) {
                memset(tap, 0, BENCH_CIN * sizeof(int16_t)); /* the zero point, after the offset */
            } else {
                widen(input + (iy * BENCH_W + ix) * BENCH_CIN, offset2, BENCH_CIN, tap);
            }
        }
    }
}

#endif

/* One weight row against one column. */
static int32_t dot1(const int16_t *c, const int8_t *w, int32_t acc)
{
    for (int k = 0; k < BENCH_COLUMN; k += 4) {
        int32_t wk = load32(w + k);
        acc = smlad(sxtb16(wk), load32(c + k), acc);
        acc = smlad(sxtb16_odd(wk), load32(c + k + 2), acc);
    }
    return acc;
}

#if BENCH_KIND == BENCH_DENSE
/* Two weight rows against one column. */
static void dot2x1(const int16_t *c, const int8_t *w0, const int8_t *w1, int32_t *acc0, int32_t *acc1)
{
    int32_t a0 = *acc0;
    int32_t a1 = *acc1;
    for (int k = 0; k < BENCH_COLUMN; k += 4) {
        int32_t x0 = load32(c + k);
        int32_t x1 = load32(c + k + 2);
        int32_t wa = load32(w0 + k);
        int32_t wb = load32(w1 + k);
        a0 = smlad(sxtb16(wa), x0, a0);
        a0 = smlad(sxtb16_odd(wa), x1, a0);
        a1 = smlad(sxtb16(wb), x0, a1);
        a1 = smlad(sxtb16_odd(wb), x1, a1);
    }
    *acc0 = a0;
    *acc1 = a1;
}
#endif

#if BENCH_KIND == BENCH_CONV
/* Two weight rows against two columns: acc = {row0 col0, row0 col1, row1 col0, row1 col1}. */
static void dot2x2(const int16_t *c0, const int16_t *c1, const int8_t *w0, const int8_t *w1, int32_t *acc)
{
    int32_t a00 = acc[0], a01 = acc[1], a10 = acc[2], a11 = acc[3];
    for (int k = 0; k < BENCH_COLUMN; k += 4) {
        int32_t wa = load32(w0 + k);
        int32_t wb = load32(w1 + k);
        int32_t wa0 = sxtb16(wa), wa1 = sxtb16_odd(wa), wb0 = sxtb16(wb), wb1 = sxtb16_odd(wb);
        int32_t x0 = load32(c0 + k), x1 = load32(c0 + k + 2);
        int32_t y0 = load32(c1 + k), y1 = load32(c1 + k + 2);
        a00 = smlad(wa0, x0, a00);
        a00 = smlad(wa1, x1, a00);
        a01 = smlad(wa0, y0, a01);
        a01 = smlad(wa1, y1, a01);
        a10 = smlad(wb0, x0, a10);
        a10 = smlad(wb1, x1, a10);
        a11 = smlad(wb0, y0, a11);
        a11 = smlad(wb1, y1, a11);
    }
    acc[0] = a00;
    acc[1] = a01;
    acc[2] = a10;
    acc[3] = a11;
}
#endif
#endif

#if BENCH_KIND == BENCH_CONV
static void one_pixel(const bench_params *p, const int16_t *c, int8_t *out)
{
    for (int oc = 0; oc < BENCH_COUT; oc++) {
        out[oc] = output_of(dot1(c, p->weights + oc * BENCH_COLUMN, p->bias[oc]), p, oc);
    }
}

static void two_pixels(const bench_params *p, int8_t *out0, int8_t *out1)
{
    int oc = 0;
    for (; oc + 1 < BENCH_COUT; oc += 2) {
        int32_t acc[4] = { p->bias[oc], p->bias[oc], p->bias[oc + 1], p->bias[oc + 1] };
        dot2x2(columns[0], columns[1], p->weights + oc * BENCH_COLUMN, p->weights + (oc + 1) * BENCH_COLUMN, acc);
        out0[oc] = output_of(acc[0], p, oc);
        out1[oc] = output_of(acc[1], p, oc);
        out0[oc + 1] = output_of(acc[2], p, oc + 1);
        out1[oc + 1] = output_of(acc[3], p, oc + 1);
    }
    if (oc < BENCH_COUT) {
        out0[oc] = output_of(dot1(columns[0], p->weights + oc * BENCH_COLUMN, p->bias[oc]), p, oc);
        out1[oc] = output_of(dot1(columns[1], p->weights + oc * BENCH_COLUMN, p->bias[oc]), p, oc);
    }
}

void bench_int8(const int8_t *input, const bench_params *p, int8_t *output)
{
    int32_t offset2 = offset_pair(p->input_offset);
    const int pixels = BENCH_OH * BENCH_OW;
    int pixel = 0;
    for (; pixel + 1 < pixels; pixel += 2) {
        im2col(input, pixel, offset2, columns[0]);
        im2col(input, pixel + 1, offset2, columns[1]);
        two_pixels(p, output + pixel * BENCH_COUT, output + (pixel + 1) * BENCH_COUT);
    }
    if (pixel < pixels) {
        im2col(input, pixel, offset2, columns[0]);
        one_pixel(p, columns[0], output + pixel * BENCH_COUT);
    }
}
#elif BENCH_KIND == BENCH_DENSE
void bench_int8(const int8_t *input, const bench_params *p, int8_t *output)
{
    widen(input, offset_pair(p->input_offset), BENCH_COLUMN, columns[0]);
    int oc = 0;
    for (; oc + 1 < BENCH_COUT; oc += 2) {
        int32_t acc0 = p->bias[oc];
        int32_t acc1 = p->bias[oc + 1];
        dot2x1(columns[0], p->weights + oc * BENCH_COLUMN, p->weights + (oc + 1) * BENCH_COLUMN, &acc0, &acc1);
        output[oc] = output_of(acc0, p, oc);
        output[oc + 1] = output_of(acc1, p, oc + 1);
    }
    if (oc < BENCH_COUT) {
        output[oc] = output_of(dot1(columns[0], p->weights + oc * BENCH_COLUMN, p->bias[oc]), p, oc);
    }
}
#else
static void four_channels(const int8_t *input, const bench_params *p, int oy, int ox, int c, int32_t offset2,
    int8_t *out)
{
    int32_t acc0 = p->bias[c], acc1 = p->bias[c + 1], acc2 = p->bias[c + 2], acc3 = p->bias[c + 3];
    for (int ky = 0; ky < BENCH_KS; ky++) {
        int iy = oy + ky - BENCH_PAD;
        if (iy < 0 || iy >= BENCH_H) {
            continue;
        }
        for (int kx = 0; kx < BENCH_KS; kx++) {
            int ix = ox + kx - BENCH_PAD;
            if (ix < 0 || ix >= BENCH_W) {
                continue;
            }
            int32_t x = load32(input + (iy * BENCH_W + ix) * BENCH_CIN + c);
            int32_t w = load32(p->weights + (ky * BENCH_KS + kx) * BENCH_CIN + c);
            int32_t xe = sxtab16(offset2, x), xo = sxtab16_odd(offset2, x);
            int32_t we = sxtb16(w), wo = sxtb16_odd(w);
            acc0 = smlabb(we, xe, acc0);
            acc2 = smlatt(we, xe, acc2);
            acc1 = smlabb(wo, xo, acc1);
            acc3 = smlatt(wo, xo, acc3);
        }
    }
    out[c] = output_of(acc0, p, c);
    out[c + 1] = output_of(acc1, p, c + 1);
    out[c + 2] = output_of(acc2, p, c + 2);
    out[c + 3] = output_of(acc3, p, c + 3);
}

void bench_int8(const int8_t *input, const bench_params *p, int8_t *output)
{
    int32_t offset2 = offset_pair(p->input_offset);
    for (int oy = 0; oy < BENCH_OH; oy++) {
        for (int ox = 0; ox < BENCH_OW; ox++) {
            int8_t *out = output + (oy * BENCH_OW + ox) * BENCH_CIN;
            for (int c = 0; c < BENCH_CIN; c += 4) {
                four_channels(input, p, oy, ox, c, offset2, out);
            }
        }
    }
}
#endif
