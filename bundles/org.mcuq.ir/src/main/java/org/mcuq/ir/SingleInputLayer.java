package org.mcuq.ir;

import java.util.List;

import org.mcuq.ir.internal.LayerChecks;

/** A layer with exactly one producer. */
public sealed interface SingleInputLayer extends Layer
        permits WeightedLayer, Pool, GlobalAvgPool, Relu, Relu6, BatchNorm, ZeroPadding, Flatten, Reshape, Softmax {

    /** Name of the producer layer. */
    String input();

    /** A copy of this layer reading from {@code newInput}. */
    SingleInputLayer withInput(String newInput);

    @Override
    default List<String> inputs() {
        return List.of(input());
    }

    @Override
    default Layer withInputs(List<String> newInputs) {
        LayerChecks.requireCount(name(), newInputs, 1);
        return withInput(newInputs.get(0));
    }
}
