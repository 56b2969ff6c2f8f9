/*
 * Console output of text and named binary results in the "@mcuq" line protocol, and program exit.
 */
#include "mcuq.h"
#include "mcuq_semihost.h"

#define BYTES_PER_LINE 32u
#define NAME_MAX_LENGTH 32u

static const char HEX[] = "0123456789abcdef";

void mcuq_print(const char *text)
{
    mcuq_sys_write0(text);
}

void mcuq_exit(int code)
{
    mcuq_sys_exit(code);
}

static char *append_text(char *at, const char *text)
{
    while (*text != '\0') {
        *at++ = *text++;
    }
    return at;
}

static char *append_hex32(char *at, uint32_t value)
{
    for (int shift = 28; shift >= 0; shift -= 4) {
        *at++ = HEX[(value >> shift) & 0xFu];
    }
    return at;
}

static char *append_decimal(char *at, uint32_t value)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value != 0u);
    while (n > 0) {
        *at++ = digits[--n];
    }
    return at;
}

/* CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), bitwise to keep the code small. */
static uint32_t crc32_update(uint32_t crc, const uint8_t *data, uint32_t length)
{
    for (uint32_t i = 0; i < length; i++) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; bit++) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return crc;
}

static void output_line(const char *name, const uint8_t *data, uint32_t count)
{
    char line[16 + NAME_MAX_LENGTH + 2 * BYTES_PER_LINE];
    char *at = append_text(append_text(append_text(line, "@mcuq out "), name), " ");
    for (uint32_t i = 0; i < count; i++) {
        *at++ = HEX[data[i] >> 4];
        *at++ = HEX[data[i] & 0xFu];
    }
    *at++ = '\n';
    *at = '\0';
    mcuq_sys_write0(line);
}

static void output_end(const char *name, uint32_t length, uint32_t crc)
{
    char line[16 + NAME_MAX_LENGTH + 24];
    char *at = append_text(append_text(append_text(line, "@mcuq end "), name), " ");
    at = append_hex32(append_text(append_decimal(at, length), " "), crc);
    *at++ = '\n';
    *at = '\0';
    mcuq_sys_write0(line);
}

/* 1..32 characters of [A-Za-z0-9_.-]: fits the line buffers and the host's parser. */
static int valid_name(const char *name)
{
    uint32_t n = 0;
    for (; name[n] != '\0'; n++) {
        char c = name[n];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '.' || c == '-';
        if (!ok || n == NAME_MAX_LENGTH) {
            return 0;
        }
    }
    return n > 0;
}

void mcuq_output(const char *name, const void *data, uint32_t length)
{
    if (!valid_name(name)) {
        mcuq_sys_write0("mcuq_output: result not sent, its name must be 1..32 characters of [A-Za-z0-9_.-]\n");
        return;
    }
    const uint8_t *bytes = (const uint8_t *)data;
    uint32_t crc = crc32_update(0xFFFFFFFFu, bytes, length) ^ 0xFFFFFFFFu;
    for (uint32_t done = 0; done < length; done += BYTES_PER_LINE) {
        uint32_t count = length - done < BYTES_PER_LINE ? length - done : BYTES_PER_LINE;
        output_line(name, bytes + done, count);
    }
    output_end(name, length, crc);
}

/* Used by the startup code to report the stack high-water after main returns. */
void mcuq_report_stack(uint32_t used, uint32_t size)
{
    char line[48];
    char *at = append_text(line, "@mcuq stack ");
    at = append_decimal(append_text(append_decimal(at, used), " "), size);
    *at++ = '\n';
    *at = '\0';
    mcuq_sys_write0(line);
}

/* Used by the startup code's fault handler. */
void mcuq_report_fault(uint32_t exception, uint32_t pc, int stack_overflow)
{
    char line[64];
    char *at = append_text(line, "@mcuq fault ");
    at = append_hex32(append_text(append_decimal(at, exception), " "), pc);
    at = append_text(at, stack_overflow ? " stack-overflow\n" : "\n");
    *at = '\0';
    mcuq_sys_write0(line);
}
