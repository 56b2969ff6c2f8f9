/*
 * The region marker. The profiler plugin recognises its single byte load: the loaded address is
 * __mcuq_mark_window + id, so the plugin reads the id from the access address (plugins of QEMU 7.2 cannot
 * read registers). The window is the start of flash, so the load is harmless on a real board too.
 * Exactly four instructions, none of which the profiler counts.
 */
#include "mcuq.h"

#if !defined(__ARM_ARCH_ISA_THUMB) || __ARM_ARCH_ISA_THUMB < 2
#error "mcuq_mark needs MOVW/MOVT (ARMv7-M or later)"
#endif

__attribute__((naked, noinline, used)) void mcuq_mark(unsigned id)
{
    (void)id;
    __asm__ volatile(
        "movw r1, #:lower16:__mcuq_mark_window\n\t"
        "movt r1, #:upper16:__mcuq_mark_window\n\t"
        "ldrb r1, [r1, r0]\n\t"
        "bx lr\n\t");
}
