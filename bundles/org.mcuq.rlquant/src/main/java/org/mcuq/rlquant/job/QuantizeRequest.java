package org.mcuq.rlquant.job;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.mcuq.boards.Board;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.BitRange;

/**
 * What {@code mcuq quantize} was asked to do.
 *
 * @param model          the trained float model
 * @param data           the data folder (MNIST IDX, CIFAR-10 batches or a tensor folder)
 * @param board          the board to generate for and profile on
 * @param latencyCycles  latency budget in estimated cycles per inference, if any
 * @param ramBytes       budget of the network's static RAM, if any
 * @param flashBytes     budget of the network's flash, if any
 * @param episodes       search episodes (the random baseline runs as many)
 * @param seed           seeds the search, the baseline and every fine-tune
 * @param bitRange       the widths the search may choose, for weights and activations alike
 * @param firstLastBits  widths the first and last layer are locked at, if any
 * @param finalEpochs    epochs of the final fine-tune of each compared policy
 * @param baselines      what the found policy is compared with
 * @param out            the output folder
 * @param resume         continue the search saved in {@code out}
 */
public record QuantizeRequest(Path model, Path data, Board board, OptionalLong latencyCycles, OptionalLong ramBytes,
        OptionalLong flashBytes, int episodes, long seed, BitRange bitRange, Optional<LayerBits> firstLastBits,
        int finalEpochs, Set<Baseline> baselines, Path out, boolean resume) {

    public QuantizeRequest {
        model = model.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        baselines = Set.copyOf(baselines);
        if (episodes < 1) {
            throw new IllegalArgumentException("--episodes must be at least 1, got " + episodes);
        }
        if (finalEpochs < 1) {
            throw new IllegalArgumentException("--final-epochs must be at least 1, got " + finalEpochs);
        }
    }
}
