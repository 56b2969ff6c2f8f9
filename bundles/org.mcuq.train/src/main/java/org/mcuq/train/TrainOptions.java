package org.mcuq.train;

import java.nio.file.Path;

/**
 * Command-line options of {@link TrainLeNet5}.
 *
 * @param mnist  folder with the four MNIST IDX files
 * @param out    folder receiving the model and the test subset
 * @param epochs passes over the 60,000 training images
 * @param seed   seed of the weight initialisation and the shuffles
 */
public record TrainOptions(Path mnist, Path out, int epochs, long seed) {

    public static final String USAGE = "usage: TrainLeNet5 --mnist <folder with MNIST IDX files> --out <folder>"
            + " [--epochs N (default 2)] [--seed S (default 12345)]";

    /** Parses {@code args}; throws {@link IllegalArgumentException} with the usage on bad input. */
    public static TrainOptions parse(String[] args) {
        Path mnist = null;
        Path out = null;
        int epochs = 2;
        long seed = 12345;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : missing(args[i]);
            switch (args[i]) {
                case "--mnist" -> mnist = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--epochs" -> epochs = positive(args[i], value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (mnist == null || out == null) {
            throw new IllegalArgumentException("--mnist and --out are required\n" + USAGE);
        }
        return new TrainOptions(mnist, out, epochs, seed);
    }

    private static String missing(String option) {
        throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive, got " + n);
        }
        return n;
    }
}
