package org.mcuq.importer.internal;

import java.util.List;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Softmax;

/** Splits a layer's softmax activation into a separate IR {@link Softmax} layer. */
final class Softmaxes {

    private Softmaxes() {
    }

    /** Appends {@code <node>_softmax} reading the last layer of {@code layers} if the activation is softmax. */
    static void appendIfNeeded(List<Layer> layers, SourceNode node, ActivationKind activation) {
        if (activation == ActivationKind.SOFTMAX) {
            String producer = layers.get(layers.size() - 1).name();
            layers.add(new Softmax(node.name() + "_softmax", producer));
        }
    }
}
