package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcuq.ir.Fixtures.conv;
import static org.mcuq.ir.Fixtures.input;
import static org.mcuq.ir.Fixtures.network;

import java.util.List;

import org.junit.jupiter.api.Test;

class CostTest {

    @Test
    void convMacsAndParams() {
        Network net = network(input(32, 32, 3), conv("c", "in", 3, 1, Padding.SAME, 3, 16));
        assertEquals(32L * 32 * 16 * 3 * 3 * 3, net.macs("c"));
        assertEquals(3L * 3 * 3 * 16 + 16, net.params("c"));
    }

    @Test
    void stridedConvCountsOutputPositionsOnly() {
        Network net = network(input(32, 32, 16), conv("c", "in", 3, 2, Padding.SAME, 16, 32));
        assertEquals(16L * 16 * 32 * 3 * 3 * 16, net.macs("c"));
    }

    @Test
    void depthwiseMacsAndParams() {
        DepthwiseConv2D d = new DepthwiseConv2D("d", "in", 3, 3, 1, 1, Padding.VALID, new float[9 * 8], null,
                Activation.NONE);
        Network net = network(input(10, 10, 8), d);
        assertEquals(8L * 8 * 8 * 3 * 3, net.macs("d"));
        assertEquals(9 * 8 + 8, net.params("d"));
    }

    @Test
    void denseMacsAndParams() {
        Dense d = new Dense("d", "in", 10, new float[256 * 10], null, Activation.NONE);
        Network net = network(input(1, 1, 256), d);
        assertEquals(2560, net.macs("d"));
        assertEquals(2570, net.params("d"));
    }

    @Test
    void batchNormHasFourParamsPerChannelAndNoMacs() {
        float[] c = new float[6];
        Network net = network(input(4, 4, 6), new BatchNorm("bn", "in", c, c, c, c, 1e-3f));
        assertEquals(24, net.params("bn"));
        assertEquals(0, net.macs("bn"));
    }

    @Test
    void layersWithoutWeightsCostNothing() {
        Network net = network(input(4, 4, 2), new Pool("p", OpType.MAX_POOL, "in", 2, 2, 2, 2, Padding.VALID),
                new Relu("r", "p"), new GlobalAvgPool("g", "r"), new Softmax("s", "g"));
        for (String name : List.of("in", "p", "r", "g", "s")) {
            assertEquals(0, net.macs(name), name);
            assertEquals(0, net.params(name), name);
        }
        assertEquals(0, net.totalMacs());
    }

    @Test
    void resnet8Counts() {
        Network net = new Network("resnet8", Resnet8.zeroWeights());
        Conv2D first16to16 = net.layers().stream().filter(Conv2D.class::isInstance).map(Conv2D.class::cast)
                .filter(c -> net.inputShapeOf(c.name()).equals(new Shape(32, 32, 16))).findFirst().orElseThrow();
        assertEquals(2_359_296, net.macs(first16to16.name()));
        // stem 3x3 3->16 at 32x32:              32*32*16*27   =   442,368
        // stack 1, two 3x3 16->16 at 32x32:     2*32*32*16*144 = 4,718,592
        // stack 2, 3x3 16->32 /2 at 16x16:      16*16*32*144  = 1,179,648
        //          3x3 32->32 at 16x16:         16*16*32*288  = 2,359,296
        //          shortcut 1x1 16->32 /2:      16*16*32*16   =   131,072
        // stack 3, 3x3 32->64 /2 at 8x8:        8*8*64*288    = 1,179,648
        //          3x3 64->64 at 8x8:           8*8*64*576    = 2,359,296
        //          shortcut 1x1 32->64 /2:      8*8*64*32     =   131,072
        // dense 64->10:                                             640
        // total                                              12,501,632  (12.50 M)
        assertEquals(12_501_632L, net.totalMacs());
        // weights+bias: 448 + 2*2,320 + 4,640 + 9,248 + 544 + 18,496 + 36,928 + 2,112 + 650 = 77,706;
        // batch-norm: 4 * (16 + 2*16 + 2*32 + 2*64) = 960; Keras reports 78,666 for this model.
        assertEquals(78_666L, net.totalParams());
    }
}
