/*
 * MCUQ bench: the int8 building blocks of the baseline kernels. With the DSP extension (Cortex-M4/M7) they are
 * single instructions; on a core without it (Cortex-M3) plain C computes the same values.
 */
#ifndef BENCH_OPS_H
#define BENCH_OPS_H

#include <stdint.h>
#include <string.h>

static inline int32_t load32(const void *p)
{
    int32_t v;
    memcpy(&v, p, 4);
    return v;
}

static inline void store32(void *p, int32_t v)
{
    memcpy(p, &v, 4);
}

#if defined(__ARM_FEATURE_DSP) && __ARM_FEATURE_DSP
/* Bytes 0 and 2 sign-extended into the two halfwords. */
static inline int32_t sxtb16(int32_t x)
{
    int32_t r;
    __asm__("sxtb16 %0, %1" : "=r"(r) : "r"(x));
    return r;
}

/* Bytes 1 and 3 sign-extended into the two halfwords. */
static inline int32_t sxtb16_odd(int32_t x)
{
    int32_t r;
    __asm__("sxtb16 %0, %1, ror #8" : "=r"(r) : "r"(x));
    return r;
}

/* Bytes 0 and 2 sign-extended and added to the halfwords of a. */
static inline int32_t sxtab16(int32_t a, int32_t x)
{
    int32_t r;
    __asm__("sxtab16 %0, %1, %2" : "=r"(r) : "r"(a), "r"(x));
    return r;
}

static inline int32_t sxtab16_odd(int32_t a, int32_t x)
{
    int32_t r;
    __asm__("sxtab16 %0, %1, %2, ror #8" : "=r"(r) : "r"(a), "r"(x));
    return r;
}

/* acc + lo(x)*lo(y) + hi(x)*hi(y) */
static inline int32_t smlad(int32_t x, int32_t y, int32_t acc)
{
    int32_t r;
    __asm__("smlad %0, %1, %2, %3" : "=r"(r) : "r"(x), "r"(y), "r"(acc));
    return r;
}

static inline int32_t smlabb(int32_t x, int32_t y, int32_t acc)
{
    int32_t r;
    __asm__("smlabb %0, %1, %2, %3" : "=r"(r) : "r"(x), "r"(y), "r"(acc));
    return r;
}

static inline int32_t smlatt(int32_t x, int32_t y, int32_t acc)
{
    int32_t r;
    __asm__("smlatt %0, %1, %2, %3" : "=r"(r) : "r"(x), "r"(y), "r"(acc));
    return r;
}
#else
static inline int32_t halves(int32_t lo, int32_t hi)
{
    return (int32_t)(((uint32_t)(uint16_t)lo) | ((uint32_t)(uint16_t)hi << 16));
}

static inline int32_t lo16(int32_t x)
{
    return (int16_t)(x & 0xFFFF);
}

static inline int32_t hi16(int32_t x)
{
    return (int16_t)((uint32_t)x >> 16);
}

static inline int32_t sxtb16(int32_t x)
{
    return halves((int8_t)x, (int8_t)(x >> 16));
}

static inline int32_t sxtb16_odd(int32_t x)
{
    return halves((int8_t)(x >> 8), (int8_t)(x >> 24));
}

static inline int32_t sxtab16(int32_t a, int32_t x)
{
    return halves(lo16(a) + (int8_t)x, hi16(a) + (int8_t)(x >> 16));
}

static inline int32_t sxtab16_odd(int32_t a, int32_t x)
{
    return halves(lo16(a) + (int8_t)(x >> 8), hi16(a) + (int8_t)(x >> 24));
}

static inline int32_t smlad(int32_t x, int32_t y, int32_t acc)
{
    return acc + lo16(x) * lo16(y) + hi16(x) * hi16(y);
}

static inline int32_t smlabb(int32_t x, int32_t y, int32_t acc)
{
    return acc + lo16(x) * lo16(y);
}

static inline int32_t smlatt(int32_t x, int32_t y, int32_t acc)
{
    return acc + hi16(x) * hi16(y);
}
#endif

/* Per-channel requantization: round(acc * mult / 2^(31 + shift)) + zero point, clamped to [lo, hi]. */
static inline int8_t requantize(int32_t acc, int32_t mult, int32_t shift, int32_t zero, int32_t lo, int32_t hi)
{
    int32_t total = 31 + shift;
    int64_t product = (int64_t)acc * mult + ((int64_t)1 << (total - 1));
    int32_t v = (int32_t)(product >> total) + zero;
    return (int8_t)(v < lo ? lo : v > hi ? hi : v);
}

#endif
