@ Marked assembly snippets with hand-counted instructions and cycles (see SnippetProfileTest).
@ Each region's count is its body plus the one MOVW that loads the end marker's id; the BL to mcuq_mark
@ and mcuq_mark itself are not counted. r6/r7 carry values across markers because mcuq_mark clobbers r0-r3.
    .syntax unified
    .thumb
    .text

    .global snippet_nops
    .thumb_func
snippet_nops:                   @ region 1: 10 NOPs + 1 MOVW = 11 instructions
    push {r4, lr}
    movs r0, #1
    bl mcuq_mark
    .rept 10
    nop
    .endr
    movw r0, #0x8001
    bl mcuq_mark
    pop {r4, pc}

    .global snippet_loop
    .thumb_func
snippet_loop:                   @ region 2: 1 + 100 x 4 + 1 = 402 instructions
    push {r4, lr}
    movs r0, #2
    bl mcuq_mark
    movs r1, #100
1:  adds r2, r2, #3
    eors r3, r2
    subs r1, #1
    bne 1b
    movw r0, #0x8002
    bl mcuq_mark
    pop {r4, pc}

    .global snippet_nested
    .thumb_func
snippet_nested:                 @ region 3 self: 5 + 1 + 5 + 1 = 12; region 4 inside: 10 + 1 = 11
    push {r4, lr}
    movs r0, #3
    bl mcuq_mark
    .rept 5
    nop
    .endr
    movs r0, #4
    bl mcuq_mark
    .rept 10
    nop
    .endr
    movw r0, #0x8004
    bl mcuq_mark
    .rept 5
    nop
    .endr
    movw r0, #0x8003
    bl mcuq_mark
    pop {r4, pc}

    .global snippet_classes
    .thumb_func
snippet_classes:                @ region 5: one instruction of every class (r0 = 16-word buffer)
    push {r4, r5, r6, r7, lr}
    mov r6, r0
    movs r7, #3
    movs r0, #5
    bl mcuq_mark
    ldr r2, [r6]                @ load
    str r2, [r6, #4]            @ store
    ldm r6, {r2, r3, r4}        @ load multiple, 3 registers
    stm r6, {r2, r3}            @ store multiple, 2 registers
    mul r2, r3, r4              @ mul
    mla r2, r3, r4, r5          @ mac
    umull r2, r3, r4, r5        @ mul64
    umlal r2, r3, r4, r5        @ mac64
    smlad r2, r3, r4, r5        @ dsp
    sdiv r2, r3, r7             @ div
    b 1f                        @ branch
1:  adds r2, r3, r4             @ alu
    nop                         @ other
    movw r0, #0x8005            @ alu (end marker id)
    bl mcuq_mark
    pop {r4, r5, r6, r7, pc}

    .global snippet_dsp
    .thumb_func
snippet_dsp:                    @ region 7: DSP 7, MAC64 2, MUL64 1, ALU 1
    push {r4, lr}
    movs r0, #7
    bl mcuq_mark
    sxtb16 r2, r3
    uxtb16 r2, r3, ror #8
    sxtab16 r2, r2, r3
    smuad r2, r3, r4
    smlabb r2, r3, r4, r2
    qadd8 r2, r3, r4
    pkhbt r2, r3, r4, lsl #16
    smlald r2, r3, r4, r5
    umaal r2, r3, r4, r5
    smull r2, r3, r4, r5
    movw r0, #0x8007
    bl mcuq_mark
    pop {r4, pc}

    .global snippet_cycles
    .thumb_func
snippet_cycles:                 @ region 6: cycle rules; cycles per instruction in the comments, sum 34
    push {r4, r5, r6, r7, lr}
    mov r6, r0
    movs r7, #7
    movs r0, #6
    bl mcuq_mark
    mov r5, r6                  @ 1  ALU
    ldr r2, [r5]                @ 3  LDR 2 + 1: address register written by the previous ALU instruction
    ldr r3, [r6, #4]            @ 1  pipelined after a load whose destination (r2) it does not use
    str r2, [r6, #8]            @ 1  STR
    ldr r4, [r6, #12]           @ 2  after a store: not pipelined
    push {r4, r5}               @ 3  1 + N
    pop {r4, r5}                @ 3  1 + N
    mul r2, r3, r4              @ 1
    smlad r2, r3, r4, r2        @ 1
    umlal r2, r3, r4, r5        @ 1
    sdiv r2, r3, r7             @ 7
    cmp r2, r2                  @ 1
    beq 1f                      @ 3  taken: 1 + P
    nop                         @    skipped
1:  cmp r7, r7                  @ 1
    bne 9f                      @ 1  not taken
    b 2f                        @ 3  1 + P
2:  movw r0, #0x8006            @ 1
    bl mcuq_mark
    pop {r4, r5, r6, r7, pc}
9:  udf #0

    .global snippet_branches
    .thumb_func
snippet_branches:               @ region 8: control transfers, sum 21 cycles in 8 instructions
    push {r4, lr}
    movs r0, #8
    bl mcuq_mark
    movs r2, #0                 @ 1
    cbz r2, 1f                  @ 3  taken
    nop                         @    skipped
1:  cbnz r2, 9f                 @ 1  not taken
    tbb [pc, r2]                @ 4  2 + P
2:  .byte (3f - 2b) / 2
    .byte 0
    .p2align 1
3:  bl branch_helper            @ 3  1 + P, then push 3 and pop-with-PC 5 in the helper
    movw r0, #0x8008            @ 1
    bl mcuq_mark
    pop {r4, pc}
9:  udf #0

    .thumb_func
branch_helper:
    push {r4, lr}               @ 3  1 + N
    pop {r4, pc}                @ 5  1 + N + P

    .global snippet_it
    .thumb_func
snippet_it:                     @ region 9: IT blocks, 12 instructions, 14 cycles
    push {r4, lr}
    movs r0, #9
    bl mcuq_mark
    movs r2, #0                 @ 1
    cmp r2, #0                  @ 1
    ite eq                      @ 1
    addeq r2, #1                @ 1  condition passes
    addne r2, #2                @ 1  condition fails: still executed as one cycle
    cmp r2, #5                  @ 1
    it eq                       @ 1
    beq 9f                      @ 1  conditional through IT (disassembled without its condition), not taken
    cmp r2, #1                  @ 1
    it eq                       @ 1
    beq 1f                      @ 3  conditional through IT, taken
    nop                         @    skipped
1:  movw r0, #0x8009            @ 1
    bl mcuq_mark
    pop {r4, pc}
9:  udf #0
