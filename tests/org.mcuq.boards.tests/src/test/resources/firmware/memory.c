/* Known static data: 3000 bytes of constants, 16 bytes of initialised data, 2000 bytes of zeroed data. */
#include <stdint.h>
#include "mcuq.h"

#define WEIGHT(i) (uint8_t)((i) * 13 + 1)
const uint8_t weights[3000] = { WEIGHT(0), WEIGHT(1), WEIGHT(2), WEIGHT(3), 9, 9, 9, 9 };
int32_t table[4] = { 1, -2, 3, -4 };
int32_t arena[500];

int main(void)
{
    int32_t sum = 0;
    for (int i = 0; i < 3000; i++) {
        arena[i % 500] += weights[i];
    }
    for (int i = 0; i < 500; i++) {
        sum += arena[i] * table[i % 4];
    }
    mcuq_output("sum", &sum, sizeof sum);
    return 0;
}
