{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

/* int8 weights, one row of {{KK}} (ky, kx) per channel. */
static const int8_t WEIGHTS[{{C}}][{{KK}}] = {
{{WEIGHTS}}
};
{{TABLES}}
/*
 * {{G}} channel(s) at a time: their inputs are copied into zero-padded {{PH}}x{{PW}} int16 planes in scratch, then
 * every output of each channel is computed from its plane. Output element (pixel, c) only overlaps input elements
 * of channels already copied when the bit widths match, so the layer may run in place.
 */
void {{FUNCTION}}(const uint8_t *x, uint8_t *y, uint8_t *scratch)
{
    le_i16 *planes = (le_i16 *)scratch;
    for (uint32_t i = 0u; i < {{G}}u * {{PH}}u * {{PW}}u; i++) {
        planes[i] = 0;
    }
    for (uint32_t c0 = 0u; c0 < {{C}}u; c0 += {{G}}u) {
{{FILL}}
        for (uint32_t g = 0u; g < {{G}}u; g++) {
            const uint32_t c = c0 + g;
            const le_i16 *plane = planes + g * ({{PH}}u * {{PW}}u);
            const int8_t *w = WEIGHTS[c];
{{WEIGHT_LOCALS}}
            const int32_t bias = BIAS[c];
            const int32_t mult = MULT[c];
            const uint32_t shift = SHIFT[c];
{{OUTPUT_SETUP}}
            for (uint32_t oy = 0u; oy < {{HO}}u; oy++) {
                const le_i16 *r = plane + oy * {{SH}}u * {{PW}}u;
                for (uint32_t ox = 0u; ox < {{WO}}u; ox++, r += {{SW}}) {
                    const int32_t acc = {{SUM}};
                    const int32_t v = {{REQUANT}};
{{STORE}}
                }
            }
        }
    }
}
