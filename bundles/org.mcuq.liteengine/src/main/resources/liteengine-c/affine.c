{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

/* Per-channel int8 weights. */
static const int8_t WEIGHTS[{{C}}] = {
{{WEIGHTS}}
};
{{TABLES}}
/* acc = bias[c] + w[c] * x per element; element i is read before it is written, so it may run in place. */
void {{FUNCTION}}(const uint8_t *x, uint8_t *y)
{
    for (uint32_t p = 0u; p < {{PIXELS}}u; p++) {
        for (uint32_t c = 0u; c < {{C}}u; c++) {
            const uint32_t i = p * {{C}}u + c;
            const int32_t acc = BIAS[c] + WEIGHTS[c] * le_get(x, i, {{IN_BITS}}u, {{IN_SIGNED}});
            le_put(y, i, {{OUT_BITS}}u, {{REQUANT}});
        }
    }
}
