/**
 * MCUQ's network IR: a {@link org.mcuq.ir.Network} of {@link org.mcuq.ir.Layer}s connected by name.
 * <p>
 * Conventions: activations are NHWC without the batch dimension ({@link org.mcuq.ir.Shape}, vectors are
 * {@code (1, 1, n)}); weights are float32 in Keras layouts (conv HWIO, depthwise HWC, dense IO), flattened
 * row-major, with the output channel last; SAME padding follows TensorFlow (extra pad at bottom/right).
 * Weight arrays are shared, not copied: transforms such as
 * {@link org.mcuq.ir.transform.BatchNormFolding} build new arrays and never modify the given ones.
 */
package org.mcuq.ir;
