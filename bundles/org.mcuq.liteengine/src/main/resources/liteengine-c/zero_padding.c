{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

/* Copies the {{H}}x{{W}}x{{C}} input into the middle of the {{HO}}x{{WO}}x{{C}} output; the border is the zero point 0. */
void {{FUNCTION}}(const uint8_t *x, uint8_t *y)
{
    for (int32_t oy = 0; oy < {{HO}}; oy++) {
        const int32_t iy = oy - {{TOP}};
        for (int32_t ox = 0; ox < {{WO}}; ox++) {
            const int32_t ix = ox - {{LEFT}};
            const int inside = iy >= 0 && iy < {{H}} && ix >= 0 && ix < {{W}};
            for (uint32_t c = 0u; c < {{C}}u; c++) {
                const int32_t v = inside ? le_get(x, (uint32_t)(iy * {{W}} + ix) * {{C}}u + c, {{BITS}}u, {{SIGNED}}) : 0;
                le_put(y, (uint32_t)(oy * {{WO}} + ox) * {{C}}u + c, {{BITS}}u, v);
            }
        }
    }
}
