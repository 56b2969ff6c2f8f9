/*
 * Declarations of the part of QEMU's TCG plugin API (version 1, as exported by qemu-system-arm 7.2) that
 * the MCUQ profiler uses. Debian ships no qemu-plugin.h, so this header states the ABI the plugin relies on:
 * the symbols below are exported by the QEMU binary (nm -D qemu-system-arm | grep qemu_plugin) and are
 * resolved when QEMU loads the plugin with dlopen.
 *
 * Loading rules of QEMU 7.2: the plugin must export an int qemu_plugin_version (checked against the range
 * QEMU supports, 0..1 in 7.2) and qemu_plugin_install(), which returns 0 on success. Plugin arguments come
 * in argv as "name=value" strings, in the order given on the command line.
 */
#ifndef MCUQ_QEMU_PLUGIN_API_H
#define MCUQ_QEMU_PLUGIN_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MCUQ_PLUGIN_EXPORT __attribute__((visibility("default")))

/* API level this plugin is written against. */
#define MCUQ_QEMU_PLUGIN_API_LEVEL 1

/* Opaque handle QEMU assigns to a loaded plugin. */
typedef uint64_t qemu_plugin_id_t;

/* What QEMU tells the plugin at install time; only valid during qemu_plugin_install(). */
typedef struct qemu_info_t {
    const char *target_name;
    struct {
        int min;
        int cur;
    } version;
    bool system_emulation;
    union {
        struct {
            int smp_vcpus;
            int max_vcpus;
        } system;
    };
} qemu_info_t;

/* A translation block and one guest instruction in it; both handles live only during the translation callback. */
struct qemu_plugin_tb;
struct qemu_plugin_insn;

/* Whether a callback reads or writes guest registers (7.2 lets plugins do neither; NO_REGS is the honest value). */
enum qemu_plugin_cb_flags {
    QEMU_PLUGIN_CB_NO_REGS,
    QEMU_PLUGIN_CB_R_REGS,
    QEMU_PLUGIN_CB_RW_REGS,
};

/* Which memory accesses a memory callback sees. Measured on Debian's 7.2: a callback registered with
 * QEMU_PLUGIN_MEM_R receives only stores, one registered with QEMU_PLUGIN_MEM_RW receives loads and stores. */
enum qemu_plugin_mem_rw {
    QEMU_PLUGIN_MEM_R = 1,
    QEMU_PLUGIN_MEM_W,
    QEMU_PLUGIN_MEM_RW,
};

/* Packed description of one memory access, queried with qemu_plugin_mem_* functions. */
typedef uint32_t qemu_plugin_meminfo_t;

typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_vcpu_mem_cb_t)(unsigned int vcpu_index, qemu_plugin_meminfo_t info,
                                          uint64_t vaddr, void *userdata);

/* Exported by the plugin. */
extern MCUQ_PLUGIN_EXPORT int qemu_plugin_version;
MCUQ_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv);

/* Called for every newly translated block; the place to inspect instructions and register callbacks. */
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);

/* Called each time the block starts executing. */
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb, qemu_plugin_vcpu_udata_cb_t cb,
                                          enum qemu_plugin_cb_flags flags, void *userdata);

/* Called after each memory access of the instruction. */
void qemu_plugin_register_vcpu_mem_cb(struct qemu_plugin_insn *insn, qemu_plugin_vcpu_mem_cb_t cb,
                                      enum qemu_plugin_cb_flags flags, enum qemu_plugin_mem_rw rw,
                                      void *userdata);

/* Called once when QEMU exits (including exit through semihosting). */
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);

size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);

uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *insn);

/* Disassembly text of the instruction (capstone in Debian's build), allocated with malloc: free() it. */
char *qemu_plugin_insn_disas(const struct qemu_plugin_insn *insn);

/* log2 of the access size in bytes (0 = byte). */
unsigned int qemu_plugin_mem_size_shift(qemu_plugin_meminfo_t info);
bool qemu_plugin_mem_is_store(qemu_plugin_meminfo_t info);

/* Writes a message to QEMU's log (stderr unless -D is given). */
void qemu_plugin_outs(const char *string);

#endif
