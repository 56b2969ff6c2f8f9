/*
 * MCUQ profiler: a QEMU TCG plugin that counts the guest instructions executed inside marked regions of
 * Cortex-M firmware, classifies them from their disassembly and estimates Cortex-M4 cycles with the
 * "cortex-m4-trm-v1" model (timings of the Cortex-M4 Technical Reference Manual, zero wait states).
 *
 * Arguments (each "name=value"):
 *   mark=ADDR      address of mcuq_mark (the Thumb bit may be set)
 *   marksize=N     size of mcuq_mark in bytes; its instructions are never counted
 *   window=ADDR    value of __mcuq_mark_window; mcuq_mark loads the byte at window + id
 *   out=PATH       result file written when QEMU exits
 *
 * Attribution: every executed instruction goes to the innermost open region (or to "outside"), except the
 * instructions of mcuq_mark and direct branches (B/BL) to it. The instruction that loads the end marker's
 * id into r0 therefore belongs to the region it closes.
 */
#include "qemu_plugin_api.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

MCUQ_PLUGIN_EXPORT int qemu_plugin_version = MCUQ_QEMU_PLUGIN_API_LEVEL;

#define MODEL_NAME "cortex-m4-trm-v1"
#define REFILL_CYCLES 2u  /* P: pipeline refill after a taken branch (the TRM gives 1..3) */
#define DIVIDE_CYCLES 7u  /* SDIV/UDIV: the TRM gives 2..12 depending on operands; middle value */
#define MARK_END 0x8000u
#define MARK_ID_LIMIT 0x10000u
#define REGION_COUNT 0x8000u
#define MAX_DEPTH 64
#define MAX_ERRORS 16
#define REG_SP 13
#define REG_PC 15

enum insn_class {
    C_LOAD, C_STORE, C_LOAD_MULTIPLE, C_STORE_MULTIPLE, C_MUL, C_MAC, C_MUL64, C_MAC64, C_DSP, C_DIV,
    C_BRANCH, C_ALU, C_OTHER, C_COUNT
};

static const char *const CLASS_NAMES[C_COUNT] = {
    "load", "store", "load_multiple", "store_multiple", "mul", "mac", "mul64", "mac64", "dsp", "div",
    "branch", "alu", "other"
};

enum extra_counter { X_LDM_REGS, X_STM_REGS, X_TAKEN, X_PIPELINED, X_AGU_STALLS, X_UNKNOWN, X_COUNT };

static const char *const EXTRA_NAMES[X_COUNT] = {
    "load_multiple_regs", "store_multiple_regs", "taken", "pipelined_loads", "agu_stalls", "unknown"
};

/* One flat array of counters per region: instructions, cycles, one per class, then the extra counters. */
enum {
    K_INSNS,
    K_CYCLES,
    K_CLASS_BASE,
    K_EXTRA_BASE = K_CLASS_BASE + C_COUNT,
    N_COUNTERS = K_EXTRA_BASE + X_COUNT
};

#define K_CLASS(c) (K_CLASS_BASE + (c))
#define K_EXTRA(x) (K_EXTRA_BASE + (x))

typedef uint64_t counters_t[N_COUNTERS];

/* ---------------------------------------------------------------- mnemonic table */

enum mnemonic_flag {
    F_S = 1,        /* accepts the flag-setting S suffix */
    F_NODEST = 2,   /* writes no register (compare/test) */
    F_DEST2 = 4,    /* writes its first two operands (64-bit results) */
    F_PAIR = 8,     /* LDRD/STRD: two registers, timed as 1+N */
    F_SPLIST = 16,  /* PUSH/POP: register list with SP as base */
    F_CBZ = 32,     /* CBZ/CBNZ: always conditional */
    F_TABLE = 64,   /* TBB/TBH: 2+P */
    F_DIRECT = 128, /* B/BL with an immediate target */
};

struct mnemonic {
    const char *name;
    enum insn_class cls;
    unsigned flags;
};

static const struct mnemonic MNEMONICS[] = {
    {"ldr", C_LOAD, 0}, {"ldrb", C_LOAD, 0}, {"ldrh", C_LOAD, 0}, {"ldrsb", C_LOAD, 0},
    {"ldrsh", C_LOAD, 0}, {"ldrt", C_LOAD, 0}, {"ldrbt", C_LOAD, 0}, {"ldrht", C_LOAD, 0},
    {"ldrsbt", C_LOAD, 0}, {"ldrsht", C_LOAD, 0}, {"ldrex", C_LOAD, 0}, {"ldrexb", C_LOAD, 0},
    {"ldrexh", C_LOAD, 0},
    {"str", C_STORE, 0}, {"strb", C_STORE, 0}, {"strh", C_STORE, 0}, {"strt", C_STORE, 0},
    {"strbt", C_STORE, 0}, {"strht", C_STORE, 0}, {"strex", C_STORE, 0}, {"strexb", C_STORE, 0},
    {"strexh", C_STORE, 0},
    {"ldrd", C_LOAD_MULTIPLE, F_PAIR}, {"ldm", C_LOAD_MULTIPLE, 0}, {"ldmia", C_LOAD_MULTIPLE, 0},
    {"ldmfd", C_LOAD_MULTIPLE, 0}, {"ldmdb", C_LOAD_MULTIPLE, 0}, {"ldmea", C_LOAD_MULTIPLE, 0},
    {"pop", C_LOAD_MULTIPLE, F_SPLIST},
    {"strd", C_STORE_MULTIPLE, F_PAIR}, {"stm", C_STORE_MULTIPLE, 0}, {"stmia", C_STORE_MULTIPLE, 0},
    {"stmea", C_STORE_MULTIPLE, 0}, {"stmdb", C_STORE_MULTIPLE, 0}, {"stmfd", C_STORE_MULTIPLE, 0},
    {"push", C_STORE_MULTIPLE, F_SPLIST},
    {"mul", C_MUL, F_S},
    {"mla", C_MAC, 0}, {"mls", C_MAC, 0},
    {"umull", C_MUL64, F_DEST2}, {"smull", C_MUL64, F_DEST2},
    {"umlal", C_MAC64, F_DEST2}, {"smlal", C_MAC64, F_DEST2}, {"umaal", C_MAC64, F_DEST2},
    {"smlalbb", C_MAC64, F_DEST2}, {"smlalbt", C_MAC64, F_DEST2}, {"smlaltb", C_MAC64, F_DEST2},
    {"smlaltt", C_MAC64, F_DEST2}, {"smlald", C_MAC64, F_DEST2}, {"smlaldx", C_MAC64, F_DEST2},
    {"smlsld", C_MAC64, F_DEST2}, {"smlsldx", C_MAC64, F_DEST2},
    {"smlad", C_DSP, 0}, {"smladx", C_DSP, 0}, {"smlsd", C_DSP, 0}, {"smlsdx", C_DSP, 0},
    {"smuad", C_DSP, 0}, {"smuadx", C_DSP, 0}, {"smusd", C_DSP, 0}, {"smusdx", C_DSP, 0},
    {"smlabb", C_DSP, 0}, {"smlabt", C_DSP, 0}, {"smlatb", C_DSP, 0}, {"smlatt", C_DSP, 0},
    {"smlawb", C_DSP, 0}, {"smlawt", C_DSP, 0}, {"smulbb", C_DSP, 0}, {"smulbt", C_DSP, 0},
    {"smultb", C_DSP, 0}, {"smultt", C_DSP, 0}, {"smulwb", C_DSP, 0}, {"smulwt", C_DSP, 0},
    {"smmul", C_DSP, 0}, {"smmulr", C_DSP, 0}, {"smmla", C_DSP, 0}, {"smmlar", C_DSP, 0},
    {"smmls", C_DSP, 0}, {"smmlsr", C_DSP, 0},
    {"sxtb16", C_DSP, 0}, {"uxtb16", C_DSP, 0}, {"sxtab16", C_DSP, 0}, {"uxtab16", C_DSP, 0},
    {"sxtab", C_DSP, 0}, {"sxtah", C_DSP, 0}, {"uxtab", C_DSP, 0}, {"uxtah", C_DSP, 0},
    {"sadd16", C_DSP, 0}, {"sadd8", C_DSP, 0}, {"ssub16", C_DSP, 0}, {"ssub8", C_DSP, 0},
    {"sasx", C_DSP, 0}, {"ssax", C_DSP, 0}, {"uadd16", C_DSP, 0}, {"uadd8", C_DSP, 0},
    {"usub16", C_DSP, 0}, {"usub8", C_DSP, 0}, {"uasx", C_DSP, 0}, {"usax", C_DSP, 0},
    {"qadd16", C_DSP, 0}, {"qadd8", C_DSP, 0}, {"qsub16", C_DSP, 0}, {"qsub8", C_DSP, 0},
    {"qasx", C_DSP, 0}, {"qsax", C_DSP, 0}, {"uqadd16", C_DSP, 0}, {"uqadd8", C_DSP, 0},
    {"uqsub16", C_DSP, 0}, {"uqsub8", C_DSP, 0}, {"uqasx", C_DSP, 0}, {"uqsax", C_DSP, 0},
    {"shadd16", C_DSP, 0}, {"shadd8", C_DSP, 0}, {"shsub16", C_DSP, 0}, {"shsub8", C_DSP, 0},
    {"shasx", C_DSP, 0}, {"shsax", C_DSP, 0}, {"uhadd16", C_DSP, 0}, {"uhadd8", C_DSP, 0},
    {"uhsub16", C_DSP, 0}, {"uhsub8", C_DSP, 0}, {"uhasx", C_DSP, 0}, {"uhsax", C_DSP, 0},
    {"qadd", C_DSP, 0}, {"qsub", C_DSP, 0}, {"qdadd", C_DSP, 0}, {"qdsub", C_DSP, 0},
    {"ssat16", C_DSP, 0}, {"usat16", C_DSP, 0}, {"sel", C_DSP, 0}, {"usad8", C_DSP, 0},
    {"usada8", C_DSP, 0}, {"pkhbt", C_DSP, 0}, {"pkhtb", C_DSP, 0},
    {"sdiv", C_DIV, 0}, {"udiv", C_DIV, 0},
    {"b", C_BRANCH, F_DIRECT}, {"bl", C_BRANCH, F_DIRECT}, {"bx", C_BRANCH, 0}, {"blx", C_BRANCH, 0},
    {"cbz", C_BRANCH, F_CBZ}, {"cbnz", C_BRANCH, F_CBZ}, {"tbb", C_BRANCH, F_TABLE},
    {"tbh", C_BRANCH, F_TABLE},
    {"adc", C_ALU, F_S}, {"add", C_ALU, F_S}, {"addw", C_ALU, 0}, {"adr", C_ALU, 0},
    {"and", C_ALU, F_S}, {"asr", C_ALU, F_S}, {"bfc", C_ALU, 0}, {"bfi", C_ALU, 0},
    {"bic", C_ALU, F_S}, {"clz", C_ALU, 0}, {"cmn", C_ALU, F_NODEST}, {"cmp", C_ALU, F_NODEST},
    {"eor", C_ALU, F_S}, {"lsl", C_ALU, F_S}, {"lsr", C_ALU, F_S}, {"mov", C_ALU, F_S},
    {"movw", C_ALU, 0}, {"movt", C_ALU, 0}, {"mvn", C_ALU, F_S}, {"neg", C_ALU, F_S},
    {"orn", C_ALU, F_S}, {"orr", C_ALU, F_S}, {"rbit", C_ALU, 0}, {"rev", C_ALU, 0},
    {"rev16", C_ALU, 0}, {"revsh", C_ALU, 0}, {"ror", C_ALU, F_S}, {"rrx", C_ALU, F_S},
    {"rsb", C_ALU, F_S}, {"sbc", C_ALU, F_S}, {"sbfx", C_ALU, 0}, {"ssat", C_ALU, 0},
    {"sub", C_ALU, F_S}, {"subw", C_ALU, 0}, {"sxtb", C_ALU, 0}, {"sxth", C_ALU, 0},
    {"teq", C_ALU, F_NODEST}, {"tst", C_ALU, F_NODEST}, {"ubfx", C_ALU, 0}, {"usat", C_ALU, 0},
    {"uxtb", C_ALU, 0}, {"uxth", C_ALU, 0},
    {"nop", C_OTHER, 0}, {"bkpt", C_OTHER, 0}, {"svc", C_OTHER, 0}, {"cpsid", C_OTHER, 0},
    {"cpsie", C_OTHER, 0}, {"dmb", C_OTHER, 0}, {"dsb", C_OTHER, 0}, {"isb", C_OTHER, 0},
    {"mrs", C_OTHER, 0}, {"msr", C_OTHER, 0}, {"wfi", C_OTHER, 0}, {"wfe", C_OTHER, 0},
    {"sev", C_OTHER, 0}, {"yield", C_OTHER, 0}, {"pld", C_OTHER, 0}, {"pli", C_OTHER, 0},
    {"udf", C_OTHER, 0}, {"clrex", C_OTHER, 0},
};

static const char *const CONDITIONS[] = {
    "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"
};

static const struct mnemonic *find_exact(const char *name, size_t length)
{
    for (size_t i = 0; i < sizeof MNEMONICS / sizeof MNEMONICS[0]; i++) {
        if (strlen(MNEMONICS[i].name) == length && strncmp(MNEMONICS[i].name, name, length) == 0) {
            return &MNEMONICS[i];
        }
    }
    return NULL;
}

static bool is_condition(const char *text)
{
    for (size_t i = 0; i < sizeof CONDITIONS / sizeof CONDITIONS[0]; i++) {
        if (strncmp(CONDITIONS[i], text, 2) == 0) {
            return true;
        }
    }
    return false;
}

/* Base mnemonic, optionally followed by S and/or a condition code (only B carries one in Thumb disassembly). */
static const struct mnemonic *find_mnemonic(const char *name, bool *conditional)
{
    size_t length = strlen(name);
    const struct mnemonic *m = find_exact(name, length);
    *conditional = false;
    if (m == NULL && length > 2 && is_condition(name + length - 2)) {
        m = find_exact(name, length - 2);
        *conditional = m != NULL;
    }
    if (m == NULL && length > 1 && name[length - 1] == 's') {
        m = find_exact(name, length - 1);
        if (m != NULL && !(m->flags & F_S)) {
            m = NULL;
        }
    }
    return m;
}

/* ---------------------------------------------------------------- operand parsing */

static int register_number(const char *text, size_t length)
{
    static const char *const ALIASES[] = {"sb", "sl", "fp", "ip", "sp", "lr", "pc"};
    static const int NUMBERS[] = {9, 10, 11, 12, 13, 14, 15};
    if (length >= 2 && length <= 3 && text[0] == 'r') {
        int n = atoi(text + 1);
        return n >= 0 && n <= 15 && text[1] >= '0' && text[1] <= '9' ? n : -1;
    }
    for (size_t i = 0; length == 2 && i < sizeof ALIASES / sizeof ALIASES[0]; i++) {
        if (strncmp(ALIASES[i], text, 2) == 0) {
            return NUMBERS[i];
        }
    }
    return -1;
}

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Mask of the registers named in text[0..length); "rA-rB" ranges included. */
static uint32_t register_mask(const char *text, size_t length, unsigned *count)
{
    uint32_t mask = 0;
    int range_start = -1;
    size_t i = 0;
    while (i < length) {
        size_t start = i;
        while (i < length && is_name_char(text[i])) {
            i++;
        }
        int reg = register_number(text + start, i - start);
        if (reg >= 0) {
            for (int r = range_start >= 0 ? range_start : reg; r <= reg; r++) {
                mask |= 1u << r;
            }
            range_start = i < length && text[i] == '-' ? reg + 1 : -1;
        }
        i = i == start ? i + 1 : i;
    }
    *count = (unsigned)__builtin_popcount(mask);
    return mask;
}

/* Register mask of the n-th comma-separated operand (0-based), ignoring operands inside [] or {}. */
static uint32_t operand_register(const char *operands, int n)
{
    int index = 0;
    int depth = 0;
    const char *start = operands;
    for (const char *p = operands;; p++) {
        if (*p == '[' || *p == '{') {
            depth++;
        } else if (*p == ']' || *p == '}') {
            depth--;
        } else if ((*p == ',' && depth == 0) || *p == '\0') {
            if (index == n) {
                unsigned count;
                size_t length = (size_t)(p - start);
                const char *bang = memchr(start, '!', length);
                return register_mask(start, bang != NULL ? (size_t)(bang - start) : length, &count);
            }
            if (*p == '\0') {
                return 0;
            }
            index++;
            start = p + 1;
        }
    }
}

/* ---------------------------------------------------------------- decoding */

struct decoded {
    enum insn_class cls;
    unsigned flags;
    unsigned regs;     /* registers transferred by LDM/STM/PUSH/POP/LDRD/STRD */
    uint32_t dest;     /* registers written */
    uint32_t address;  /* registers that form the memory address */
    bool writeback;
    bool writes_pc;
    bool conditional;
    bool known;
    bool has_target;
    uint64_t target;
    unsigned it_slots; /* IT: number of instructions it makes conditional */
};

static void decode_bracket(const char *operands, struct decoded *d)
{
    const char *open = strchr(operands, '[');
    const char *close = open != NULL ? strchr(open, ']') : NULL;
    if (close == NULL) {
        return;
    }
    unsigned count;
    d->address = register_mask(open + 1, (size_t)(close - open - 1), &count);
    d->writeback = close[1] == '!' || close[1] == ',';
}

static void decode_list(const char *operands, struct decoded *d)
{
    const char *open = strchr(operands, '{');
    const char *close = open != NULL ? strchr(open, '}') : NULL;
    if (close == NULL) {
        return;
    }
    uint32_t list = register_mask(open + 1, (size_t)(close - open - 1), &d->regs);
    if (d->flags & F_SPLIST) {
        d->address = 1u << REG_SP;
    } else {
        d->address = operand_register(operands, 0);
        d->writeback = memchr(operands, '!', (size_t)(open - operands)) != NULL;
    }
    if (d->cls == C_LOAD_MULTIPLE) {
        d->dest = list;
    }
}

static void decode_memory(const char *operands, struct decoded *d)
{
    if (d->flags & F_PAIR) {
        d->regs = 2;
        if (d->cls == C_LOAD_MULTIPLE) {
            d->dest = operand_register(operands, 0) | operand_register(operands, 1);
        }
        decode_bracket(operands, d);
    } else if (d->cls == C_LOAD_MULTIPLE || d->cls == C_STORE_MULTIPLE) {
        decode_list(operands, d);
    } else {
        if (d->cls == C_LOAD) {
            d->dest = operand_register(operands, 0);
        }
        decode_bracket(operands, d);
    }
}

static void decode_target(const char *operands, struct decoded *d)
{
    const char *hash = strrchr(operands, '#');
    if ((d->flags & F_DIRECT) && hash != NULL) {
        d->target = strtoull(hash + 1, NULL, 0);
        d->has_target = true;
    }
}

static void decode_operands(const char *operands, struct decoded *d)
{
    switch (d->cls) {
    case C_LOAD: case C_STORE: case C_LOAD_MULTIPLE: case C_STORE_MULTIPLE:
        decode_memory(operands, d);
        break;
    case C_BRANCH:
        decode_target(operands, d);
        d->writes_pc = true;
        d->conditional |= (d->flags & F_CBZ) != 0;
        return;
    case C_OTHER:
        return;
    default:
        if (!(d->flags & F_NODEST)) {
            d->dest = operand_register(operands, 0);
            d->dest |= (d->flags & F_DEST2) ? operand_register(operands, 1) : 0u;
        }
        break;
    }
    d->writes_pc = (d->dest >> REG_PC) & 1u;
}

static bool decode_it(const char *mnemonic, struct decoded *d)
{
    size_t length = strlen(mnemonic);
    if (length < 2 || length > 5 || strncmp(mnemonic, "it", 2) != 0
        || strspn(mnemonic + 2, "te") != length - 2) {
        return false;
    }
    d->cls = C_OTHER;
    d->known = true;
    d->it_slots = (unsigned)length - 1;
    return true;
}

/* Decodes capstone's text "mnemonic[.q] operands", e.g. "ldr.w r3, [r1, #4]!". */
static void decode(const char *text, struct decoded *d)
{
    char mnemonic[16] = {0};
    size_t length = strcspn(text, " .");
    memset(d, 0, sizeof *d);
    d->cls = C_OTHER;
    if (length == 0 || length >= sizeof mnemonic) {
        return;
    }
    memcpy(mnemonic, text, length);
    const char *operands = text + strcspn(text, " ");
    if (decode_it(mnemonic, d)) {
        return;
    }
    if (mnemonic[0] == 'v') { /* floating point: not modelled, 1 cycle */
        d->known = true;
        return;
    }
    const struct mnemonic *m = find_mnemonic(mnemonic, &d->conditional);
    if (m == NULL) {
        return;
    }
    d->cls = m->cls;
    d->flags = m->flags;
    d->known = true;
    decode_operands(operands, d);
}

/* ---------------------------------------------------------------- cycle model cortex-m4-trm-v1 */

/* State the previous instruction leaves for the next one's timing. */
struct pipe_state {
    bool after_load;    /* previous was a single load that lets the next load pipeline */
    uint32_t load_dest; /* its destination */
    uint32_t dp_dest;   /* registers written by a previous data-processing instruction */
};

static const struct pipe_state NEUTRAL;

static bool is_data_processing(enum insn_class cls)
{
    return cls == C_ALU || cls == C_MUL || cls == C_MAC || cls == C_MUL64 || cls == C_MAC64
        || cls == C_DSP || cls == C_DIV;
}

static bool accesses_memory(enum insn_class cls)
{
    return cls == C_LOAD || cls == C_STORE || cls == C_LOAD_MULTIPLE || cls == C_STORE_MULTIPLE;
}

static bool is_simple_load(const struct decoded *d)
{
    return d->cls == C_LOAD && !d->writeback && !d->writes_pc;
}

static unsigned base_cycles(const struct decoded *d)
{
    switch (d->cls) {
    case C_LOAD: return 2;
    case C_LOAD_MULTIPLE: case C_STORE_MULTIPLE: return 1 + d->regs;
    case C_DIV: return DIVIDE_CYCLES;
    case C_BRANCH: return (d->flags & F_TABLE) ? 2 : 1;
    default: return 1;
    }
}

/* Cycles of one instruction, without the refill penalty of a taken branch. */
static unsigned cycles_of(const struct decoded *d, const struct pipe_state *prev, uint64_t *counters)
{
    unsigned cycles = base_cycles(d);
    if (accesses_memory(d->cls) && (d->address & prev->dp_dest) != 0) {
        cycles++;
        counters[K_EXTRA(X_AGU_STALLS)]++;
    } else if (is_simple_load(d) && prev->after_load && (d->address & prev->load_dest) == 0) {
        cycles--;
        counters[K_EXTRA(X_PIPELINED)]++;
    }
    return cycles;
}

static struct pipe_state state_after(const struct decoded *d)
{
    struct pipe_state next = NEUTRAL;
    if (is_simple_load(d)) {
        next.after_load = true;
        next.load_dest = d->dest;
    } else if (is_data_processing(d->cls)) {
        next.dp_dest = d->dest;
    }
    return next;
}

/* ---------------------------------------------------------------- translated blocks */

/* A counter a block adds on every execution (only the nonzero ones are kept). */
struct increment {
    uint16_t index;
    uint32_t value;
};

struct block {
    uint64_t vaddr;
    uint64_t end;               /* address after the last instruction */
    struct decoded first;       /* first instruction, for timing across a sequential block boundary */
    bool first_counted;
    struct pipe_state exit_state;
    bool ends_conditional;      /* last instruction is a conditional control transfer */
    bool ends_sequential;       /* last instruction transfers no control */
    unsigned increment_count;
    struct increment increments[N_COUNTERS];
};

struct region {
    uint64_t entries;
    counters_t self;
    counters_t total;
};

struct frame {
    unsigned region;
    counters_t at_entry;
};

/*
 * Execution adds only to the counters of the innermost open region ("current"). The sum over everything
 * ("global", for the inclusive totals) is brought up to date at marker events: global grows by what current
 * gained since it became current.
 */
static struct {
    const char *out_path;
    uint64_t mark;
    uint64_t mark_end;
    uint64_t window;
    struct region *regions[REGION_COUNT];
    counters_t outside;
    uint64_t *current;
    counters_t current_base;
    counters_t global;
    struct frame stack[MAX_DEPTH];
    int depth;
    const struct block *previous;
    char errors[MAX_ERRORS][160];
    int error_count;
} profiler;

static bool is_marker_code(uint64_t vaddr)
{
    return vaddr >= profiler.mark && vaddr < profiler.mark_end;
}

static bool calls_marker(const struct decoded *d)
{
    return d->has_target && (d->target & ~1ull) == profiler.mark;
}

static void count_instruction(uint64_t *c, const struct decoded *d, struct pipe_state *state)
{
    c[K_INSNS]++;
    c[K_CLASS(d->cls)]++;
    c[K_EXTRA(X_LDM_REGS)] += d->cls == C_LOAD_MULTIPLE ? d->regs : 0;
    c[K_EXTRA(X_STM_REGS)] += d->cls == C_STORE_MULTIPLE ? d->regs : 0;
    c[K_EXTRA(X_UNKNOWN)] += d->known ? 0 : 1;
    c[K_CYCLES] += cycles_of(d, state, c);
    if (d->writes_pc && !d->conditional) {
        c[K_CYCLES] += REFILL_CYCLES;
        c[K_EXTRA(X_TAKEN)]++;
    }
    *state = state_after(d);
}

static void finish_block(struct block *b, const uint64_t *counts, const struct decoded *last, bool last_counted,
                         struct pipe_state state)
{
    for (unsigned k = 0; k < N_COUNTERS; k++) {
        if (counts[k] != 0) {
            b->increments[b->increment_count].index = (uint16_t)k;
            b->increments[b->increment_count].value = (uint32_t)counts[k];
            b->increment_count++;
        }
    }
    b->exit_state = state;
    b->ends_conditional = last_counted && last->writes_pc && last->conditional;
    b->ends_sequential = last_counted && !last->writes_pc;
}

static void on_marker_access(unsigned int vcpu, qemu_plugin_meminfo_t info, uint64_t vaddr, void *udata);
static void on_block_exec(unsigned int vcpu, void *udata);

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    struct block *b = calloc(1, sizeof *b);
    counters_t counts = {0};
    struct pipe_state state = NEUTRAL;
    struct decoded d;
    bool counted = false;
    unsigned it_left = 0;
    size_t n = qemu_plugin_tb_n_insns(tb);
    b->vaddr = qemu_plugin_tb_vaddr(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t vaddr = qemu_plugin_insn_vaddr(insn);
        char *text = qemu_plugin_insn_disas(insn);
        decode(text != NULL ? text : "", &d);
        free(text);
        d.conditional |= it_left > 0;
        it_left = d.it_slots > 0 ? d.it_slots : (it_left > 0 ? it_left - 1 : 0);
        b->end = vaddr + qemu_plugin_insn_size(insn);
        counted = !is_marker_code(vaddr) && !calls_marker(&d);
        if (is_marker_code(vaddr)) {
            /* Measured on QEMU 7.2: with QEMU_PLUGIN_MEM_R only stores arrive, so take all and filter. */
            qemu_plugin_register_vcpu_mem_cb(insn, on_marker_access, QEMU_PLUGIN_CB_NO_REGS,
                                             QEMU_PLUGIN_MEM_RW, NULL);
        }
        if (!counted) {
            state = NEUTRAL;
            continue;
        }
        if (i == 0) {
            b->first = d;
            b->first_counted = true;
        }
        count_instruction(counts, &d, &state);
    }
    finish_block(b, counts, &d, n > 0 && counted, state);
    qemu_plugin_register_vcpu_tb_exec_cb(tb, on_block_exec, QEMU_PLUGIN_CB_NO_REGS, b);
}

/* ---------------------------------------------------------------- execution */

static void add_error(const char *message, unsigned region)
{
    if (profiler.error_count < MAX_ERRORS) {
        snprintf(profiler.errors[profiler.error_count], sizeof profiler.errors[0], message, region);
    }
    profiler.error_count++;
}

/* Effects that depend on which block runs next: taken conditional branches, pipelining across blocks. */
static void settle_previous(const struct block *prev, const struct block *next)
{
    uint64_t *c = profiler.current;
    if (prev->ends_conditional && next->vaddr != prev->end) {
        c[K_CYCLES] += REFILL_CYCLES;
        c[K_EXTRA(X_TAKEN)]++;
    } else if (prev->ends_sequential && next->vaddr == prev->end && next->first_counted) {
        /* The block's static cycles assumed no predecessor; NEUTRAL never touches the extra counters. */
        c[K_CYCLES] += cycles_of(&next->first, &prev->exit_state, c);
        c[K_CYCLES] -= cycles_of(&next->first, &NEUTRAL, c);
    }
}

static void on_block_exec(unsigned int vcpu, void *udata)
{
    (void)vcpu;
    const struct block *b = udata;
    const struct block *prev = profiler.previous;
    if (prev != NULL && (prev->ends_conditional || prev->ends_sequential)) {
        settle_previous(prev, b);
    }
    uint64_t *c = profiler.current;
    for (unsigned i = 0; i < b->increment_count; i++) {
        c[b->increments[i].index] += b->increments[i].value;
    }
    profiler.previous = b;
}

static void sync_global(void)
{
    for (int k = 0; k < N_COUNTERS; k++) {
        profiler.global[k] += profiler.current[k] - profiler.current_base[k];
        profiler.current_base[k] = profiler.current[k];
    }
}

static void switch_to(uint64_t *counters)
{
    sync_global();
    profiler.current = counters;
    memcpy(profiler.current_base, counters, sizeof profiler.current_base);
}

static bool is_open(unsigned region)
{
    for (int i = 0; i < profiler.depth; i++) {
        if (profiler.stack[i].region == region) {
            return true;
        }
    }
    return false;
}

static void begin_region(unsigned region)
{
    if (profiler.depth == MAX_DEPTH) {
        add_error("region %u begins deeper than 64 nested regions", region);
        return;
    }
    if (is_open(region)) {
        add_error("region %u begins again before it ended", region);
        return;
    }
    if (profiler.regions[region] == NULL) {
        profiler.regions[region] = calloc(1, sizeof(struct region));
    }
    sync_global();
    profiler.regions[region]->entries++;
    profiler.stack[profiler.depth].region = region;
    memcpy(profiler.stack[profiler.depth].at_entry, profiler.global, sizeof profiler.global);
    profiler.depth++;
    switch_to(profiler.regions[region]->self);
}

static void end_region(unsigned region)
{
    if (profiler.depth == 0 || profiler.stack[profiler.depth - 1].region != region) {
        add_error("region %u ends but is not the innermost open region", region);
        return;
    }
    sync_global();
    profiler.depth--;
    for (int k = 0; k < N_COUNTERS; k++) {
        profiler.regions[region]->total[k] += profiler.global[k] - profiler.stack[profiler.depth].at_entry[k];
    }
    switch_to(profiler.depth > 0 ? profiler.regions[profiler.stack[profiler.depth - 1].region]->self
                                 : profiler.outside);
}

static void on_marker_access(unsigned int vcpu, qemu_plugin_meminfo_t info, uint64_t vaddr, void *udata)
{
    (void)vcpu;
    (void)udata;
    if (qemu_plugin_mem_is_store(info) || vaddr < profiler.window || vaddr - profiler.window >= MARK_ID_LIMIT) {
        return;
    }
    unsigned id = (unsigned)(vaddr - profiler.window);
    if (id & MARK_END) {
        end_region(id & ~MARK_END);
    } else {
        begin_region(id);
    }
}

/* ---------------------------------------------------------------- results */

static void write_counts(FILE *out, const uint64_t *c)
{
    fprintf(out, " insns=%" PRIu64 " cycles=%" PRIu64, c[K_INSNS], c[K_CYCLES]);
    for (int i = 0; i < C_COUNT; i++) {
        fprintf(out, " %s=%" PRIu64, CLASS_NAMES[i], c[K_CLASS(i)]);
    }
    for (int i = 0; i < X_COUNT; i++) {
        fprintf(out, " %s=%" PRIu64, EXTRA_NAMES[i], c[K_EXTRA(i)]);
    }
}

static void write_region(FILE *out, unsigned id, const struct region *r)
{
    fprintf(out, "region id=%u entries=%" PRIu64 " total_insns=%" PRIu64 " total_cycles=%" PRIu64, id,
            r->entries, r->total[K_INSNS], r->total[K_CYCLES]);
    write_counts(out, r->self);
    fputc('\n', out);
}

static void write_results(FILE *out)
{
    fprintf(out, "mcuq-profile 1 model=%s\n", MODEL_NAME);
    for (unsigned id = 0; id < REGION_COUNT; id++) {
        if (profiler.regions[id] != NULL) {
            write_region(out, id, profiler.regions[id]);
        }
    }
    fputs("outside", out);
    write_counts(out, profiler.outside);
    fputc('\n', out);
    for (int i = 0; i < profiler.depth; i++) {
        add_error("region %u never ended", profiler.stack[i].region);
    }
    for (int i = 0; i < profiler.error_count && i < MAX_ERRORS; i++) {
        fprintf(out, "error %s\n", profiler.errors[i]);
    }
    fputs("end\n", out);
}

static void on_qemu_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    FILE *out = fopen(profiler.out_path, "w");
    if (out == NULL) {
        qemu_plugin_outs("mcuq_profiler: cannot write the result file\n");
        return;
    }
    write_results(out);
    fclose(out);
}

/* ---------------------------------------------------------------- installation */

static bool parse_number(const char *text, uint64_t *value)
{
    char *end;
    *value = strtoull(text, &end, 0);
    return *text != '\0' && *end == '\0';
}

static bool parse_argument(const char *arg, uint64_t *mark_size)
{
    const char *value = strchr(arg, '=');
    if (value == NULL) {
        return false;
    }
    size_t name_length = (size_t)(value - arg);
    value++;
    if (name_length == 3 && strncmp(arg, "out", 3) == 0) {
        profiler.out_path = value;
        return *value != '\0';
    }
    if (name_length == 4 && strncmp(arg, "mark", 4) == 0) {
        return parse_number(value, &profiler.mark);
    }
    if (name_length == 8 && strncmp(arg, "marksize", 8) == 0) {
        return parse_number(value, mark_size);
    }
    if (name_length == 6 && strncmp(arg, "window", 6) == 0) {
        return parse_number(value, &profiler.window);
    }
    return false;
}

MCUQ_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv)
{
    uint64_t mark_size = 0;
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (!parse_argument(argv[i], &mark_size)) {
            fprintf(stderr, "mcuq_profiler: bad argument '%s' (expected mark=, marksize=, window=, out=)\n",
                    argv[i]);
            return 1;
        }
    }
    if (profiler.out_path == NULL || profiler.mark == 0 || mark_size == 0) {
        fprintf(stderr, "mcuq_profiler: mark=ADDR, marksize=N, window=ADDR and out=PATH are required\n");
        return 1;
    }
    profiler.mark &= ~1ull;
    profiler.mark_end = profiler.mark + mark_size;
    profiler.current = profiler.outside;
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, on_qemu_exit, NULL);
    return 0;
}
