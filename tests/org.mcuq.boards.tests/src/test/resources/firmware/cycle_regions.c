/* Region 1 entered three times, region 2 nested once in its second entry: for the cycle-counting marker. */
#include "mcuq.h"

static volatile unsigned sink;

int main(void)
{
    for (unsigned i = 0u; i < 3u; i++) {
        MCUQ_BEGIN(1);
        sink += i;
        if (i == 1u) {
            MCUQ_BEGIN(2);
            sink *= 3u;
            MCUQ_END(2);
        }
        MCUQ_END(1);
    }
    mcuq_print("cycle regions done\n");
    return 0;
}
