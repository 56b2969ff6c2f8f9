#include <stdint.h>
#include "mcuq.h"

void snippet_nops(void);
void snippet_loop(void);
void snippet_nested(void);
void snippet_classes(uint32_t *buffer);
void snippet_dsp(void);
void snippet_cycles(uint32_t *buffer);
void snippet_branches(void);
void snippet_it(void);

static uint32_t buffer[16];

int main(void)
{
    snippet_nops();
    snippet_loop();
    snippet_nested();
    snippet_classes(buffer);
    snippet_dsp();
    snippet_cycles(buffer);
    snippet_branches();
    snippet_it();
    return 0;
}
