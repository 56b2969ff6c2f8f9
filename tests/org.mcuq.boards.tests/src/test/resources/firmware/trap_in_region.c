/* Faults inside region 2: the fault, not the unfinished region, is what went wrong. */
#include "mcuq.h"

int main(void)
{
    MCUQ_BEGIN(2);
    __builtin_trap();
}
