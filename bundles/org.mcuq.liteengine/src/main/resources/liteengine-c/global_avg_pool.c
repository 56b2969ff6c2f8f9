{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

/* Per channel: the sum over all {{HW}} positions divided by {{HW}}, rounded half away from zero. */
void {{FUNCTION}}(const uint8_t *x, uint8_t *y)
{
    for (uint32_t c = 0u; c < {{C}}u; c++) {
        int32_t sum = 0;
        for (uint32_t p = 0u; p < {{HW}}u; p++) {
            sum += le_get(x, p * {{C}}u + c, {{BITS}}u, {{SIGNED}});
        }
        le_put(y, c, {{BITS}}u, le_rounded_divide(sum, {{HW}}));
    }
}
