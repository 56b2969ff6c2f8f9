/* 1.2 MiB of constants and 140 KiB of zeroed data: too big for the STM32F405 (1 MiB flash, 128 KiB RAM). */
#include <stdint.h>
#include "mcuq.h"

const uint8_t weights[1200 * 1024] = { 1, 2, 3 };
uint8_t arena[140 * 1024];

int main(void)
{
    uint32_t sum = 0;
    for (uint32_t i = 0; i < sizeof weights; i += 4096) {
        arena[i % sizeof arena] = weights[i];
        sum += arena[i % sizeof arena];
    }
    return (int)(sum & 0x7F);
}
