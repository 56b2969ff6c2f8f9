package org.mcuq.importer.internal;

import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;

/** The DL4J activation functions the importer maps: identity, ReLU, ReLU6 and softmax. */
enum ActivationKind {
    IDENTITY, RELU, RELU6, SOFTMAX;

    private static final ActivationReLU PLAIN_RELU = new ActivationReLU();

    /** The kind of {@code function}, or a failure naming the layer {@code node} that uses it. */
    static ActivationKind of(IActivation function, SourceNode node) throws ModelImportException {
        if (function == null || function instanceof ActivationIdentity) {
            return IDENTITY;
        }
        if (function instanceof ActivationSoftmax) {
            return SOFTMAX;
        }
        if (function instanceof ActivationReLU6 || isCappedAtSix(function)) {
            return RELU6;
        }
        if (PLAIN_RELU.equals(function)) {
            return RELU;
        }
        throw SupportedLayers.unsupportedSetting(node, "activation '" + function + "' (supported: identity, relu,"
                + " relu6, softmax)");
    }

    private static boolean isCappedAtSix(IActivation function) {
        return new ActivationReLU(6.0, null, null).equals(function)
                || new ActivationReLU(6.0, 0.0, 0.0).equals(function);
    }

    /** The activation fused into a conv/dense layer; softmax becomes a separate layer, so NONE here. */
    Activation fused() {
        return switch (this) {
            case RELU -> Activation.RELU;
            case RELU6 -> Activation.RELU6;
            case IDENTITY, SOFTMAX -> Activation.NONE;
        };
    }
}
