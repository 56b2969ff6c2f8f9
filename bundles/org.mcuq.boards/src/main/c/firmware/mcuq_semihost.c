/*
 * Arm semihosting for Cortex-M: the debugger (or QEMU with -semihosting) services BKPT 0xAB with the
 * operation in r0 and the parameter in r1.
 */
#include "mcuq_semihost.h"

int32_t mcuq_semihost_call(uint32_t operation, const void *parameter)
{
    register uint32_t r0 __asm__("r0") = operation;
    register const void *r1 __asm__("r1") = parameter;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return (int32_t)r0;
}

static uint32_t text_length(const char *text)
{
    uint32_t n = 0;
    while (text[n] != '\0') {
        n++;
    }
    return n;
}

int32_t mcuq_sys_open(const char *path, uint32_t mode)
{
    uint32_t block[3] = { (uint32_t)path, mode, text_length(path) };
    return mcuq_semihost_call(MCUQ_SYS_OPEN, block);
}

int32_t mcuq_sys_write(int32_t handle, const void *data, uint32_t length)
{
    uint32_t block[3] = { (uint32_t)handle, (uint32_t)data, length };
    return mcuq_semihost_call(MCUQ_SYS_WRITE, block);
}

void mcuq_sys_write0(const char *text)
{
    mcuq_semihost_call(MCUQ_SYS_WRITE0, text);
}

void mcuq_sys_exit(int32_t code)
{
    uint32_t block[2] = { MCUQ_ADP_APPLICATION_EXIT, (uint32_t)code };
    mcuq_semihost_call(MCUQ_SYS_EXIT_EXTENDED, block);
    /* A host without SYS_EXIT_EXTENDED: plain SYS_EXIT (the code is lost), then stop here. */
    mcuq_semihost_call(MCUQ_SYS_EXIT, (const void *)MCUQ_ADP_APPLICATION_EXIT);
    for (;;) {
    }
}
