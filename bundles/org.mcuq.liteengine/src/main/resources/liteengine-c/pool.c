{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

/* {{WHAT}} over the window positions inside the input; padding positions are skipped. */
void {{FUNCTION}}(const uint8_t *x, uint8_t *y)
{
    for (int32_t oy = 0; oy < {{HO}}; oy++) {
        for (int32_t ox = 0; ox < {{WO}}; ox++) {
            for (uint32_t c = 0u; c < {{C}}u; c++) {
                {{DECLARATIONS}}
                for (int32_t ky = 0; ky < {{KH}}; ky++) {
                    const int32_t iy = oy * {{SH}} - {{PT}} + ky;
                    for (int32_t kx = 0; kx < {{KW}}; kx++) {
                        const int32_t ix = ox * {{SW}} - {{PL}} + kx;
                        if (iy >= 0 && iy < {{H}} && ix >= 0 && ix < {{W}}) {
                            const int32_t v = le_get(x, (uint32_t)(iy * {{W}} + ix) * {{C}}u + c, {{BITS}}u, {{SIGNED}});
                            {{COMBINE}}
                        }
                    }
                }
                le_put(y, (uint32_t)(oy * {{WO}} + ox) * {{C}}u + c, {{BITS}}u, {{RESULT}});
            }
        }
    }
}
