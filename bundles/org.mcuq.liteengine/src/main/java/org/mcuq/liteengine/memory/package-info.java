/**
 * Static memory planning for LiteEngine's generated code.
 *
 * <p>{@link org.mcuq.liteengine.memory.MemoryPlanner#plan} places every activation tensor of a quantized network
 * and every kernel's scratch buffer in one statically allocated arena, from their lifetimes over the execution
 * order: a tensor lives from the layer that writes it to its last reader (the network output until it is copied
 * out); flatten, reshape and softmax alias their input; a kernel that reads each element before overwriting it
 * (element-wise layers, and depthwise convs computed plane by plane) writes its output over an input that no later
 * layer reads; buffers are placed first-fit by decreasing size. The network input stays in the caller's buffer.
 *
 * <p>Tensors are stored packed at their bit width ({@link org.mcuq.liteengine.memory.TensorLayout}: b-bit fields
 * in a little-endian bit stream along the NHWC-flattened tensor, {@code ceil(elements * b / 8)} bytes), so 4-bit
 * activations take half the RAM of 8-bit ones. {@link org.mcuq.liteengine.memory.MemoryPlan} reports each
 * tensor's offset and lifetime, the arena and scratch sizes, and RAM and flash per layer.
 */
package org.mcuq.liteengine.memory;
