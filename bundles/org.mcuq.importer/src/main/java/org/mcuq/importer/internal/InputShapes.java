package org.mcuq.importer.internal;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InputType.InputTypeConvolutional;
import org.deeplearning4j.nn.conf.inputs.InputType.InputTypeConvolutionalFlat;
import org.deeplearning4j.nn.conf.inputs.InputType.InputTypeFeedForward;
import org.mcuq.ir.Shape;

/** Converts DL4J input types to IR shapes (HWC whatever DL4J's data format). */
final class InputShapes {

    private InputShapes() {
    }

    /** The IR shape of {@code type}, or null for kinds of input the IR has no shape for (sequences, 3-D). */
    static Shape of(InputType type) {
        if (type instanceof InputTypeConvolutional conv) {
            return new Shape(Math.toIntExact(conv.getHeight()), Math.toIntExact(conv.getWidth()),
                    Math.toIntExact(conv.getChannels()));
        }
        if (type instanceof InputTypeConvolutionalFlat flat) {
            return new Shape(Math.toIntExact(flat.getHeight()), Math.toIntExact(flat.getWidth()),
                    Math.toIntExact(flat.getDepth()));
        }
        if (type instanceof InputTypeFeedForward feedForward) {
            return Shape.vector(Math.toIntExact(feedForward.getSize()));
        }
        return null;
    }
}
