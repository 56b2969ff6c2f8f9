/*
 * The region marker for real boards: instead of the profiler plugin's byte load (mcuq_mark.c), each marker reads
 * the DWT cycle counter and the firmware keeps per-region cycle totals itself; after main returns, the startup
 * calls mcuq_cycles_report(), which prints them over semihosting:
 *
 *   @mcuq cycles-counter dwt OVERHEAD     (or "@mcuq cycles-counter none" when CYCCNT does not count)
 *   @mcuq cycles REGION ENTRIES CYCLES    one line per region, CYCLES summed over its entries (decimal)
 *   @mcuq cycles-end ERRORS               marker misuse seen (unbalanced or too deeply nested regions)
 *
 * A region's cycles run from its begin marker to its end marker, nested regions included, without the cycles
 * spent inside nested markers and less the measured OVERHEAD of one empty region per entry. Link this file
 * instead of mcuq_mark.c. DWT->CYCCNT is not emulated by QEMU, where the counter reports "none".
 */
#include <stdint.h>
#include "mcuq.h"

#define DEMCR (*(volatile uint32_t *)0xE000EDFCu)
#define DWT_CTRL (*(volatile uint32_t *)0xE0001000u)
#define DWT_CYCCNT (*(volatile uint32_t *)0xE0001004u)
#define DWT_LAR (*(volatile uint32_t *)0xE0001FB0u)
#define TRCENA (1u << 24)
#define CYCCNTENA 1u
#define NOCYCCNT (1u << 25)

#define MAX_DEPTH 64u
#define MAX_REGIONS 256u

typedef struct {
    uint16_t region;
    uint32_t entries;
    uint64_t cycles;
} record_t;

typedef struct {
    uint16_t region;
    uint32_t start;
    uint32_t hidden_at_start;
} open_t;

static record_t records[MAX_REGIONS];
static uint32_t record_count;
static open_t open_regions[MAX_DEPTH];
static uint32_t depth;
static uint32_t errors;
static uint32_t hidden;   /* cycles spent inside markers so far */
static uint32_t overhead; /* cycles an empty region measures */
static int counting;

static record_t *record_of(uint16_t region)
{
    for (uint32_t i = 0u; i < record_count; i++) {
        if (records[i].region == region) {
            return &records[i];
        }
    }
    if (record_count == MAX_REGIONS) {
        return 0;
    }
    records[record_count].region = region;
    records[record_count].entries = 0u;
    records[record_count].cycles = 0u;
    return &records[record_count++];
}

static void close_region(uint16_t region, uint32_t now)
{
    if (depth == 0u || open_regions[depth - 1u].region != region) {
        errors++;
        return;
    }
    open_t *o = &open_regions[--depth];
    uint32_t elapsed = now - o->start - (hidden - o->hidden_at_start);
    record_t *r = record_of(region);
    if (r == 0) {
        errors++;
        return;
    }
    r->entries++;
    r->cycles += elapsed > overhead ? elapsed - overhead : 0u;
}

__attribute__((noinline, used)) void mcuq_mark(unsigned id)
{
    uint32_t entry = DWT_CYCCNT;
    uint16_t region = (uint16_t)(id & 0x7FFFu);
    int begin = (id & MCUQ_MARK_END) == 0u;
    if (!begin) {
        close_region(region, entry);
    } else if (depth == MAX_DEPTH) {
        errors++;
    }
    uint32_t leave = DWT_CYCCNT;
    hidden += leave - entry;
    if (begin && depth < MAX_DEPTH) {
        open_regions[depth].region = region;
        open_regions[depth].hidden_at_start = hidden;
        open_regions[depth].start = DWT_CYCCNT;
        depth++;
    }
}

/* Called by the startup before main: starts the counter and measures the cost of an empty region. */
void mcuq_cycles_start(void)
{
    DEMCR |= TRCENA;
    DWT_LAR = 0xC5ACCE55u; /* unlocks the DWT on cores that lock it (Cortex-M7) */
    DWT_CYCCNT = 0u;
    DWT_CTRL |= CYCCNTENA;
    uint32_t before = DWT_CYCCNT;
    __asm__ volatile("nop\n\tnop\n\tnop\n\tnop" ::: "memory");
    counting = (DWT_CTRL & NOCYCCNT) == 0u && DWT_CYCCNT != before;
    mcuq_mark(MCUQ_REGION_MAX);
    mcuq_mark(MCUQ_REGION_MAX | MCUQ_MARK_END);
    overhead = record_count > 0u ? (uint32_t)records[0].cycles : 0u;
    record_count = 0u;
    errors = 0u;
}

static char *append_text(char *at, const char *text)
{
    while (*text != '\0') {
        *at++ = *text++;
    }
    return at;
}

static char *append_decimal(char *at, uint64_t value)
{
    char digits[20];
    int n = 0;
    do {
        digits[n++] = (char)('0' + (int)(value % 10u));
        value /= 10u;
    } while (value != 0u);
    while (n > 0) {
        *at++ = digits[--n];
    }
    return at;
}

static void print_line(char *line, char *at)
{
    *at++ = '\n';
    *at = '\0';
    mcuq_print(line);
}

/* Called by the startup after main returns. */
void mcuq_cycles_report(void)
{
    char line[80];
    if (counting) {
        print_line(line, append_decimal(append_text(line, "@mcuq cycles-counter dwt "), overhead));
    } else {
        print_line(line, append_text(line, "@mcuq cycles-counter none"));
    }
    for (uint32_t i = 0u; i < record_count; i++) {
        char *at = append_decimal(append_text(line, "@mcuq cycles "), records[i].region);
        at = append_decimal(append_text(at, " "), records[i].entries);
        print_line(line, append_decimal(append_text(at, " "), records[i].cycles));
    }
    print_line(line, append_decimal(append_text(line, "@mcuq cycles-end "), errors + depth));
}
