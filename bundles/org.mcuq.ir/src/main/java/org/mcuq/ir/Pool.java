package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/**
 * Max or average pooling ({@code op} is {@link OpType#MAX_POOL} or {@link OpType#AVG_POOL}). With SAME padding,
 * average pooling divides by the number of window elements inside the input, as TensorFlow does.
 */
public record Pool(String name, OpType op, String input, int poolH, int poolW, int strideH, int strideW,
        Padding padding) implements SingleInputLayer {

    public Pool {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        if (op != OpType.MAX_POOL && op != OpType.AVG_POOL) {
            throw new NetworkValidationException(name, "a pooling layer must have op MAX_POOL or AVG_POOL,"
                    + " not " + op + ".");
        }
        LayerChecks.requirePositive(name, "pool size", poolH, poolW);
        LayerChecks.requirePositive(name, "stride", strideH, strideW);
        LayerChecks.requireNonNull(name, padding, "padding");
    }

    @Override
    public Pool withInput(String newInput) {
        return new Pool(name, op, newInput, poolH, poolW, strideH, strideW, padding);
    }
}
