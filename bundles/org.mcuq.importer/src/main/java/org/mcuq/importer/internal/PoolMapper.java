package org.mcuq.importer.internal;

import java.util.List;

import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.Layer;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;

/** Maps DL4J max/average pooling and global average pooling to IR layers. */
final class PoolMapper {

    private PoolMapper() {
    }

    static List<Layer> pool(SourceNode node, SubsamplingLayer conf, String input) throws ModelImportException {
        OpType op = poolOp(node, conf.getPoolingType());
        SpatialPadding.requireUnitDilation(node, conf.getDilation());
        SpatialPadding padding = SpatialPadding.of(node, conf.getConvolutionMode(), conf.getPadding());
        if (padding.hasExplicitPadding()) {
            throw SupportedLayers.unsupportedSetting(node, "explicit pooling padding " + padding.padH() + "x"
                    + padding.padW() + " (use convolution mode Same or no padding)");
        }
        if (op == OpType.AVG_POOL && padding.padding() == Padding.SAME && conf.isAvgPoolIncludePadInDivisor()) {
            throw SupportedLayers.unsupportedSetting(node, "SAME average pooling that counts padded zeros"
                    + " (avgPoolIncludePadInDivisor=true)");
        }
        int[] k = conf.getKernelSize();
        int[] s = conf.getStride();
        return List.of(new Pool(node.name(), op, input, k[0], k[1], s[0], s[1], padding.padding()));
    }

    static List<Layer> global(SourceNode node, GlobalPoolingLayer conf, String input) throws ModelImportException {
        if (conf.getPoolingType() != PoolingType.AVG) {
            throw SupportedLayers.unsupportedSetting(node, "global " + conf.getPoolingType() + " pooling (only"
                    + " AVG)");
        }
        return List.of(new GlobalAvgPool(node.name(), input));
    }

    private static OpType poolOp(SourceNode node, PoolingType type) throws ModelImportException {
        return switch (type) {
            case MAX -> OpType.MAX_POOL;
            case AVG -> OpType.AVG_POOL;
            default -> throw SupportedLayers.unsupportedSetting(node, type + " pooling (supported: MAX, AVG)");
        };
    }
}
