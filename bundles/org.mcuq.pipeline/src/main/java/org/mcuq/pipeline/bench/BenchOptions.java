package org.mcuq.pipeline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.Board;
import org.mcuq.liteengine.quant.LayerBits;

/**
 * What a bench run measures and where it writes.
 *
 * @param quick    the small subset: Cortex-M4 only, W8A8/W4A4/W2A2, LeNet-5 only
 * @param outDir   where bench-report.md, kernels.csv and networks.csv go
 * @param lenet    the example LeNet-5 model, if found
 * @param resnet8  the ResNet-8 Keras model, if found
 * @param layers   the layer shapes
 * @param boards   the QEMU boards (one per core)
 * @param bitPairs the LiteEngine weight/activation bits
 */
public record BenchOptions(boolean quick, Path outDir, Optional<Path> lenet, Optional<Path> resnet8,
        List<BenchLayer> layers, List<Board> boards, List<LayerBits> bitPairs) {

    public static final List<LayerBits> ALL_BITS = List.of(bits(8, 8), bits(8, 4), bits(4, 8), bits(4, 4),
            bits(4, 2), bits(2, 2), bits(1, 1));
    public static final List<LayerBits> QUICK_BITS = List.of(bits(8, 8), bits(4, 4), bits(2, 2));

    public BenchOptions {
        layers = List.copyOf(layers);
        boards = List.copyOf(boards);
        bitPairs = List.copyOf(bitPairs);
    }

    /** The full or quick selection; ResNet-8 is left out of the quick one. */
    public static BenchOptions of(boolean quick, Path outDir, Optional<Path> lenet, Optional<Path> resnet8) {
        return new BenchOptions(quick, outDir, lenet, quick ? Optional.empty() : resnet8,
                List.of(BenchLayer.values()), quick ? List.of(Board.QEMU_M4)
                        : List.of(Board.QEMU_M4, Board.QEMU_M7, Board.QEMU_M3), quick ? QUICK_BITS : ALL_BITS);
    }

    /** The same selection with other layers, boards and bits (e.g. a tiny subset for a test). */
    public BenchOptions with(List<BenchLayer> newLayers, List<Board> newBoards, List<LayerBits> newBits) {
        return new BenchOptions(quick, outDir, lenet, resnet8, newLayers, newBoards, newBits);
    }

    public BenchOptions withoutNetworks() {
        return new BenchOptions(quick, outDir, Optional.empty(), Optional.empty(), layers, boards, bitPairs);
    }

    private static LayerBits bits(int weight, int activation) {
        return new LayerBits(weight, activation);
    }
}
