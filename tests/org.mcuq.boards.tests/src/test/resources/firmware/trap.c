/* Executes an undefined instruction: UsageFault, escalated to HardFault (exception 3). */
#include "mcuq.h"

int main(void)
{
    mcuq_print("about to trap\n");
    __builtin_trap();
}
