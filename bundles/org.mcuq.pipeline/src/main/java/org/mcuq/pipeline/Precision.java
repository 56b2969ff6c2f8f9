package org.mcuq.pipeline;

import java.nio.file.Path;

import org.mcuq.liteengine.quant.LayerBits;

/** What a generation quantizes to: the same bits for every layer with weights, or a policy file. */
public sealed interface Precision {

    /** Every conv, depthwise conv and dense layer (and unfolded batch-norm) at W{@code weight}A{@code activation}. */
    record Uniform(LayerBits bits) implements Precision {

        @Override
        public String describe() {
            return "uniform " + bits;
        }
    }

    /** A quantization policy ({@code .mcuq}) with an entry per layer with weights; steps it gives are kept. */
    record PolicyFile(Path file) implements Precision {

        @Override
        public String describe() {
            return "policy " + file;
        }
    }

    /** @throws IllegalArgumentException if a width is outside 1..8 */
    static Precision uniform(int weightBits, int activationBits) {
        return new Uniform(new LayerBits(weightBits, activationBits));
    }

    static Precision policyFile(Path file) {
        return new PolicyFile(file);
    }

    /** For progress messages, e.g. "uniform W8A8". */
    String describe();
}
