package org.mcuq.pipeline.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.mcuq.ir.Shape;
import org.mcuq.pipeline.InputFileException;

/**
 * The inputs a generation calibrates on; the first is also the generated project's test input. They come from
 * the user's data, else from the bundled MNIST example images when the model takes 28x28x1 inputs, else from a
 * seeded random generator over the model's input range.
 *
 * @param inputs      NHWC float inputs, at least one
 * @param description where they come from, for messages and the project spec's provenance
 * @param random      whether they are random (calibrating on them costs accuracy, never bit-exactness)
 * @param seed        the random generator's seed, 0 when not random
 */
public record SampleInputs(List<float[]> inputs, String description, boolean random, long seed) {

    /** Inputs used from the data or the example: enough for stable MSE thresholds, quick to run. */
    public static final int CALIBRATION_INPUTS = 256;

    /** Random inputs drawn when there is no data. */
    public static final int RANDOM_INPUTS = 64;

    /** Seed of the random inputs, so that a generation can be repeated exactly. */
    public static final long RANDOM_SEED = 20_240_601L;

    public SampleInputs {
        inputs = List.copyOf(inputs);
    }

    public static SampleInputs choose(Optional<Path> data, Shape shape, InputConvention convention) {
        if (data.isPresent()) {
            List<float[]> inputs = InputFiles.readMany(data.get(), shape, convention, CALIBRATION_INPUTS);
            if (inputs.isEmpty()) {
                throw new InputFileException("The calibration data " + data.get() + " holds no inputs.");
            }
            return new SampleInputs(inputs, inputs.size() + " inputs of " + data.get(), false, 0);
        }
        if (shape.equals(ExampleImages.SHAPE)) {
            return new SampleInputs(ExampleImages.first(CALIBRATION_INPUTS, convention), CALIBRATION_INPUTS
                    + " images of the bundled MNIST example, " + convention.description(), false, 0);
        }
        return new SampleInputs(random(shape, convention), String.format("%d seeded random inputs in %s..%s (seed"
                + " %d)", RANDOM_INPUTS, convention.low(), convention.high(), RANDOM_SEED), true, RANDOM_SEED);
    }

    /** The test input of the generated project. */
    public float[] first() {
        return inputs.get(0).clone();
    }

    private static List<float[]> random(Shape shape, InputConvention convention) {
        Random random = new Random(RANDOM_SEED);
        float low = convention.low();
        float range = convention.high() - low;
        List<float[]> inputs = new ArrayList<>();
        for (int n = 0; n < RANDOM_INPUTS; n++) {
            float[] input = new float[shape.elements()];
            for (int i = 0; i < input.length; i++) {
                input[i] = low + range * random.nextFloat();
            }
            inputs.add(input);
        }
        return inputs;
    }
}
