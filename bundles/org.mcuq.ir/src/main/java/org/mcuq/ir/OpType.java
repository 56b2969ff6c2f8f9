package org.mcuq.ir;

/** Operation performed by a {@link Layer}. */
public enum OpType {
    INPUT, CONV2D, DEPTHWISE_CONV2D, DENSE, MAX_POOL, AVG_POOL, GLOBAL_AVG_POOL, ADD, RELU, RELU6,
    BATCH_NORM, ZERO_PADDING, FLATTEN, RESHAPE, SOFTMAX
}
