/* Never finishes. */
#include "mcuq.h"

int main(void)
{
    mcuq_print("spinning\n");
    for (;;) {
        __asm__ volatile("nop");
    }
}
