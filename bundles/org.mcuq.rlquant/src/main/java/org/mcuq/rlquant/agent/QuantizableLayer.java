package org.mcuq.rlquant.agent;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;

/**
 * The raw description of one layer whose bit widths the agent chooses (conv, depthwise conv or dense), in the terms
 * HAQ's observation uses. {@code stride} and {@code kernelSize} are the larger of the two spatial values (1 for
 * dense); {@code inputArea} is the input feature map's height times width (1 for dense).
 */
public record QuantizableLayer(String name, int index, boolean depthwise, int inChannels, int outChannels,
        int stride, int kernelSize, long weightCount, long inputArea) {

    public QuantizableLayer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A quantizable layer needs a non-empty name.");
        }
        requirePositive(name, "index + 1", index + 1L);
        requirePositive(name, "input channels", inChannels);
        requirePositive(name, "output channels", outChannels);
        requirePositive(name, "stride", stride);
        requirePositive(name, "kernel size", kernelSize);
        requirePositive(name, "weight count", weightCount);
        requirePositive(name, "input area", inputArea);
    }

    /** The conv, depthwise conv and dense layers of {@code network}, in topological order. */
    public static List<QuantizableLayer> of(Network network) {
        List<QuantizableLayer> result = new ArrayList<>();
        for (Layer layer : network.layers()) {
            Shape in = network.inputShapeOf(layer.name());
            long area = (long) in.height() * in.width();
            int index = result.size();
            switch (layer) {
                case Conv2D c -> result.add(new QuantizableLayer(c.name(), index, false, c.inChannels(),
                        c.outChannels(), Math.max(c.strideH(), c.strideW()), Math.max(c.kernelH(), c.kernelW()),
                        c.weights().length, area));
                case DepthwiseConv2D d -> result.add(new QuantizableLayer(d.name(), index, true, d.outChannels(),
                        d.outChannels(), Math.max(d.strideH(), d.strideW()), Math.max(d.kernelH(), d.kernelW()),
                        d.weights().length, area));
                case Dense d -> result.add(new QuantizableLayer(d.name(), index, false, d.weights().length / d.units(),
                        d.units(), 1, 1, d.weights().length, 1));
                default -> { }
            }
        }
        return List.copyOf(result);
    }

    private static void requirePositive(String layer, String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Quantizable layer '" + layer + "': " + what + " must be positive, got "
                    + value + ".");
        }
    }
}
