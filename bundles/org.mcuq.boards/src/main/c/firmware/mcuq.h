/*
 * MCUQ firmware contract: region markers, result output and exit, for firmware run on an emulated board
 * (QEMU with the mcuq_profiler plugin) or on a real Cortex-M board over semihosting.
 * See docs/firmware-contract.md of the MCUQ repository.
 */
#ifndef MCUQ_H
#define MCUQ_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marker id encoding: bits 0..14 region index, bit 15 set for the end of the region. Every id fits one
 * MOVS/MOVW, so compiled calls load it with exactly one instruction. */
#define MCUQ_MARK_END       0x8000u
#define MCUQ_REGION_MAX     0x7FFEu
#define MCUQ_REGION_NETWORK 0x7FFFu

/* Marks a region boundary; the profiler attributes instructions to the innermost open region. */
void mcuq_mark(unsigned id);

#define MCUQ_BEGIN(region) mcuq_mark((unsigned)(region))
#define MCUQ_END(region)   mcuq_mark((unsigned)(region) | MCUQ_MARK_END)

/* Writes a NUL-terminated text to the host console (semihosting SYS_WRITE0). */
void mcuq_print(const char *text);

/* Sends a named binary result to the host: "@mcuq out" hex lines closed by "@mcuq end" with length and CRC-32.
 * name: 1..32 characters from [A-Za-z0-9_.-]. */
void mcuq_output(const char *name, const void *data, uint32_t length);

/* Ends the program with an exit code the host sees (semihosting SYS_EXIT_EXTENDED). */
void mcuq_exit(int code) __attribute__((noreturn));

/* Repaints the unused part of the stack so a later mcuq_stack_used() measures from here on. */
void mcuq_stack_repaint(void);

/* Bytes of stack used since the last paint (deepest overwritten word to the stack top). */
uint32_t mcuq_stack_used(void);

/* Size of the stack region reserved by the linker script. */
uint32_t mcuq_stack_size(void);

#ifdef __cplusplus
}
#endif

#endif
