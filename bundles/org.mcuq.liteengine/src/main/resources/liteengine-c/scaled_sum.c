{{BANNER}}#include "{{LAYERS_HEADER}}"
#include "liteengine_ops.h"

/*
 * y = clamp(roundingShiftRight(sum_k (int64) x_k * m_k, {{SHIFT}}), {{LO}}, {{HI}}) element by element; element i
 * of every input is read before element i of the output is written, so it may run in place.
 */
void {{FUNCTION}}({{PARAMETERS}})
{
{{LOOP}}
}
