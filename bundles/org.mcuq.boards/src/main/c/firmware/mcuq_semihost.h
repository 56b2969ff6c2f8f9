/*
 * Minimal Arm semihosting calls for Cortex-M (BKPT 0xAB), written for MCUQ firmware.
 */
#ifndef MCUQ_SEMIHOST_H
#define MCUQ_SEMIHOST_H

#include <stdint.h>

#define MCUQ_SYS_OPEN          0x01u
#define MCUQ_SYS_WRITE0        0x04u
#define MCUQ_SYS_WRITE         0x05u
#define MCUQ_SYS_EXIT          0x18u
#define MCUQ_SYS_EXIT_EXTENDED 0x20u

/* Reason code of a normal application exit (ADP_Stopped_ApplicationExit). */
#define MCUQ_ADP_APPLICATION_EXIT 0x20026u

/* Issues one semihosting call: operation in r0, parameter (block address or value) in r1; returns r0. */
int32_t mcuq_semihost_call(uint32_t operation, const void *parameter);

/* Opens a host file; mode as in SYS_OPEN (0 = "r", 4 = "w", 8 = "a"). ":tt" is the console. -1 on error. */
int32_t mcuq_sys_open(const char *path, uint32_t mode);

/* Writes length bytes to a host handle; returns the number of bytes NOT written (0 on success). */
int32_t mcuq_sys_write(int32_t handle, const void *data, uint32_t length);

/* Writes a NUL-terminated string to the console. */
void mcuq_sys_write0(const char *text);

/* Ends the program with an exit code (SYS_EXIT_EXTENDED, falling back to SYS_EXIT). */
void mcuq_sys_exit(int32_t code) __attribute__((noreturn));

#endif
