/* Console text, two named results (one empty), one refused for its name, and exit code 42. */
#include <stdint.h>
#include "mcuq.h"

int main(void)
{
    uint8_t ramp[100];
    for (int i = 0; i < 100; i++) {
        ramp[i] = (uint8_t)(i * 7);
    }
    mcuq_print("hello from mcuq\n");
    mcuq_output("ramp", ramp, sizeof ramp);
    mcuq_output("empty", ramp, 0);
    mcuq_output("a name that is not allowed", ramp, 4);
    return 42;
}
