/* Unbounded recursion: the stack runs off the start of RAM (the MCUQ linker script puts the stack there). */
#include <stdint.h>
#include "mcuq.h"

#pragma GCC diagnostic ignored "-Winfinite-recursion"

__attribute__((noinline)) static uint32_t descend(volatile uint32_t depth)
{
    volatile uint32_t frame[16];
    frame[depth % 16] = depth;
    return descend(depth + 1) + frame[3];
}

int main(void)
{
    mcuq_print("descending\n");
    return (int)descend(0);
}
