/*
 * Startup for MCUQ firmware on Cortex-M3/M4/M7: vector table, reset handler (FPU enable, .data copy,
 * .bss zeroing, stack guard, stack painting), main() call, stack high-water report and exit with main's
 * return value. Faults print "@mcuq fault <exception> <pc>[ stack-overflow]" and exit with 128 + exception
 * number.
 *
 * Stack guard: the lowest 32 bytes of the stack region are made inaccessible with the MPU (when the core has
 * one), so an overflow faults at once instead of overwriting whatever memory lies below RAM.
 * The symbols come from the MCUQ linker script (mcuq.ld.template).
 */
#include <stdint.h>
#include "mcuq.h"
#include "mcuq_semihost.h"

#define STACK_PAINT 0x6D637571u /* "mcuq" */
#define GUARD_BYTES 32u
#define CPACR (*(volatile uint32_t *)0xE000ED88u)
#define SHCSR (*(volatile uint32_t *)0xE000ED24u)
#define MPU_TYPE (*(volatile uint32_t *)0xE000ED90u)
#define MPU_CTRL (*(volatile uint32_t *)0xE000ED94u)
#define MPU_RNR (*(volatile uint32_t *)0xE000ED98u)
#define MPU_RBAR (*(volatile uint32_t *)0xE000ED9Cu)
#define MPU_RASR (*(volatile uint32_t *)0xE000EDA0u)

extern uint32_t __mcuq_stack_limit[];
extern uint32_t __mcuq_stack_top[];
extern uint32_t __mcuq_data_load[];
extern uint32_t __mcuq_data_start[];
extern uint32_t __mcuq_data_end[];
extern uint32_t __mcuq_bss_start[];
extern uint32_t __mcuq_bss_end[];

int main(void);
void mcuq_report_stack(uint32_t used, uint32_t size);
void mcuq_report_fault(uint32_t exception, uint32_t pc, int stack_overflow);
void mcuq_reset_handler(void) __attribute__((noreturn));
void mcuq_fault_handler(void);

__attribute__((section(".mcuq_vectors"), used)) static void (*const vectors[16])(void) = {
    (void (*)(void))__mcuq_stack_top,
    mcuq_reset_handler,
    mcuq_fault_handler, /* NMI */
    mcuq_fault_handler, /* HardFault */
    mcuq_fault_handler, /* MemManage */
    mcuq_fault_handler, /* BusFault */
    mcuq_fault_handler, /* UsageFault */
    0, 0, 0, 0,
    mcuq_fault_handler, /* SVCall */
    mcuq_fault_handler, /* DebugMonitor */
    0,
    mcuq_fault_handler, /* PendSV */
    mcuq_fault_handler, /* SysTick */
};

static inline uint32_t *current_sp(void)
{
    uint32_t *sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return sp;
}

/* The usable stack starts above the guard. */
static uint32_t *stack_floor(void)
{
    return __mcuq_stack_limit + GUARD_BYTES / sizeof(uint32_t);
}

/* Paints every stack word below the caller's frame; noinline so its own frame sits above the painted area. */
__attribute__((noinline)) void mcuq_stack_repaint(void)
{
    uint32_t *end = current_sp();
    for (volatile uint32_t *word = stack_floor(); word < end; word++) {
        *word = STACK_PAINT;
    }
}

uint32_t mcuq_stack_used(void)
{
    const uint32_t *word = stack_floor();
    while (word < __mcuq_stack_top && *word == STACK_PAINT) {
        word++;
    }
    return (uint32_t)((uintptr_t)__mcuq_stack_top - (uintptr_t)word);
}

uint32_t mcuq_stack_size(void)
{
    return (uint32_t)((uintptr_t)__mcuq_stack_top - (uintptr_t)stack_floor());
}

/* MPU region 0: 32 bytes at the stack limit, no access, never executable; default map everywhere else. */
static void guard_stack(void)
{
    if (((MPU_TYPE >> 8) & 0xFFu) == 0u) {
        return; /* no MPU */
    }
    MPU_RNR = 0u;
    MPU_RBAR = (uint32_t)__mcuq_stack_limit;
    MPU_RASR = (1u << 28) | (4u << 1) | 1u; /* XN, AP = no access, SIZE = 2^(4+1) bytes, enabled */
    SHCSR |= 1u << 16;                      /* report it as MemManage rather than HardFault */
    MPU_CTRL = (1u << 2) | 1u;              /* PRIVDEFENA | ENABLE */
    __asm__ volatile("dsb\n\tisb" ::: "memory");
}

static void enable_fpu(void)
{
#if defined(__ARM_FP)
    CPACR |= 0xFu << 20; /* full access to CP10 and CP11 */
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
}

static void initialise_memory(void)
{
    const uint32_t *from = __mcuq_data_load;
    for (uint32_t *to = __mcuq_data_start; to < __mcuq_data_end; to++) {
        *to = *from++;
    }
    for (uint32_t *word = __mcuq_bss_start; word < __mcuq_bss_end; word++) {
        *word = 0u;
    }
}

/* Hooks of the cycle-counting marker (mcuq_cycles.c); no-ops with the profiler's marker. */
__attribute__((weak)) void mcuq_cycles_start(void)
{
}

__attribute__((weak)) void mcuq_cycles_report(void)
{
}

void mcuq_reset_handler(void)
{
    enable_fpu();
    initialise_memory();
    guard_stack();
    mcuq_cycles_start();
    mcuq_stack_repaint();
    int code = main();
    mcuq_report_stack(mcuq_stack_used(), mcuq_stack_size());
    mcuq_cycles_report();
    mcuq_sys_exit(code);
}

/*
 * Reads the exception number, stacked PC and frame address, then reports and exits on a fresh stack from the
 * top of the stack region: the program's stack may be exhausted, and the handler never returns to it.
 */
__attribute__((naked)) void mcuq_fault_handler(void)
{
    __asm__ volatile(
        "tst lr, #4\n\t"
        "ite eq\n\t"
        "mrseq r2, msp\n\t"
        "mrsne r2, psp\n\t"
        "ldr r1, [r2, #24]\n\t"
        "mrs r0, ipsr\n\t"
        "ldr r3, =__mcuq_stack_top\n\t"
        "mov sp, r3\n\t"
        "b mcuq_fault_exit\n\t"
        ".ltorg\n\t");
}

/* A fault whose 32-byte exception frame did not fit above the guard was caused by a stack overflow. */
__attribute__((used, noreturn)) void mcuq_fault_exit(uint32_t exception, uint32_t pc, uint32_t frame)
{
    mcuq_report_fault(exception, pc, frame < (uint32_t)(uintptr_t)stack_floor() + 32u);
    mcuq_sys_exit((int32_t)(128u + exception));
}
