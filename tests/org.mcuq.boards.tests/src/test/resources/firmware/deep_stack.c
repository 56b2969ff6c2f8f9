/* A function with a 3000-byte local buffer: the stack high-water must be at least that deep. */
#include <stdint.h>
#include "mcuq.h"

__attribute__((noinline)) static uint32_t checksum_of_frame(uint32_t seed)
{
    volatile uint8_t frame[3000];
    for (uint32_t i = 0; i < sizeof frame; i++) {
        frame[i] = (uint8_t)(seed + i);
    }
    uint32_t sum = 0;
    for (uint32_t i = 0; i < sizeof frame; i += 100) {
        sum += frame[i];
    }
    return sum;
}

int main(void)
{
    uint32_t sum = checksum_of_frame(3);
    mcuq_output("sum", &sum, sizeof sum);
    return 0;
}
