/* Ends region 5 without beginning it. */
#include "mcuq.h"

int main(void)
{
    MCUQ_BEGIN(1);
    MCUQ_END(5);
    MCUQ_END(1);
    return 0;
}
