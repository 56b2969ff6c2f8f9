{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

{{WEIGHTS}}
{{TABLES}}
/*
 * im2col of output pixel p: the {{K}} input values of its window in (ky, kx, channel) order as operand fields
 * (value + {{ZA}}; padding positions hold the value 0), {{COLUMN_FORMAT}}. Returns the sum of the {{K}} fields
 * when the plan needs it for its zero-point correction, else 0.
 */
static int32_t gather(const uint8_t *x, uint32_t p, {{GATHER_TYPE}} *f)
{
    const int32_t oy = (int32_t)(p / {{WO}}u);
    const int32_t ox = (int32_t)(p % {{WO}}u);
    int32_t sum = 0;
    for (int32_t ky = 0; ky < {{KH}}; ky++) {
        const int32_t iy = oy * {{SH}} - {{PT}} + ky;
        for (int32_t kx = 0; kx < {{KW}}; kx++) {
            const int32_t ix = ox * {{SW}} - {{PL}} + kx;
            if (iy < 0 || iy >= {{H}} || ix < 0 || ix >= {{W}}) {
{{PAD_CODE}}
                continue;
            }
            const uint32_t base = (uint32_t)(iy * {{W}} + ix) * {{C}}u;
{{COPY}}
        }
    }
{{TAIL_CODE}}
    return sum;
}
{{COLUMN_FUNCTION}}
{{DOTS}}
/* acc = bias + dot product (mod 2^32, exact because the true sum fits int32), requantized and clamped. */
LE_INLINE int32_t finish(uint32_t dot, int32_t field_sum, uint32_t c)
{
    const int32_t acc = (int32_t)((uint32_t)BIAS[c] + {{DOT_SCALE}}u * dot - {{ZW}}u * (uint32_t)field_sum);
    return {{REQUANT}};
}

LE_INLINE void store(uint8_t *y, uint32_t p, uint32_t c, uint32_t dot, int32_t field_sum)
{
    le_put(y, p * {{CO}}u + c, {{OUT_BITS}}u, finish(dot, field_sum, c));
}

/* {{PIXELS}} output pixels in pairs (two columns), {{CO}} output channels in {{CHANNEL_BLOCKS}}. */
void {{FUNCTION}}(const uint8_t *x, uint8_t *y, uint8_t *scratch)
{
    {{COLUMN_DECLS}}
    uint32_t p = 0u;
    for (; p + 1u < {{PIXELS}}u; p += 2u) {
        const int32_t s0 = {{COLUMN0}};
        const int32_t s1 = {{COLUMN1}};
{{PAIR_CHANNELS}}
    }
    if (p < {{PIXELS}}u) {
        const int32_t s0 = {{COLUMN0}};
{{SINGLE_CHANNELS}}
    }
}
