package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mcuq.ir.Fixtures.conv;
import static org.mcuq.ir.Fixtures.input;
import static org.mcuq.ir.Fixtures.network;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShapeInferenceTest {

    @Test
    void inputKeepsItsShape() {
        assertEquals(new Shape(28, 28, 1), network(input(28, 28, 1)).shapeOf("in"));
    }

    @Test
    void convSameStrideOneKeepsSpatialSize() {
        Network net = network(input(32, 32, 3), conv("c", "in", 3, 1, Padding.SAME, 3, 16));
        assertEquals(new Shape(32, 32, 16), net.shapeOf("c"));
        assertEquals(new Shape(32, 32, 3), net.inputShapeOf("c"));
    }

    @Test
    void convSameStrideTwoRoundsUp() {
        Network net = network(input(7, 5, 2), conv("c", "in", 3, 2, Padding.SAME, 2, 4));
        assertEquals(new Shape(4, 3, 4), net.shapeOf("c"));
    }

    @Test
    void convValidShrinksByKernelMinusOne() {
        Network net = network(input(28, 28, 1), conv("c", "in", 5, 1, Padding.VALID, 1, 6));
        assertEquals(new Shape(24, 24, 6), net.shapeOf("c"));
    }

    @Test
    void convValidWithStrideAndRectangularKernel() {
        Conv2D c = new Conv2D("c", "in", 3, 1, 2, 3, Padding.VALID, 5, new float[3 * 1 * 2 * 5], null,
                Activation.NONE);
        // height (9-3)/2+1 = 4, width (10-1)/3+1 = 4
        assertEquals(new Shape(4, 4, 5), network(input(9, 10, 2), c).shapeOf("c"));
    }

    @Test
    void depthwiseKeepsChannels() {
        DepthwiseConv2D d = new DepthwiseConv2D("d", "in", 3, 3, 2, 2, Padding.SAME, new float[9 * 8], null,
                Activation.RELU6);
        assertEquals(new Shape(6, 6, 8), network(input(11, 11, 8), d).shapeOf("d"));
    }

    @Test
    void denseProducesUnits() {
        Dense d = new Dense("d", "in", 10, new float[64 * 10], null, Activation.NONE);
        assertEquals(Shape.vector(10), network(input(1, 1, 64), d).shapeOf("d"));
    }

    @Test
    void maxPoolValidAndSame() {
        Pool valid = new Pool("p", OpType.MAX_POOL, "in", 2, 2, 2, 2, Padding.VALID);
        Pool same = new Pool("p", OpType.MAX_POOL, "in", 3, 3, 2, 2, Padding.SAME);
        assertEquals(new Shape(2, 2, 3), network(input(5, 5, 3), valid).shapeOf("p"));
        assertEquals(new Shape(3, 3, 3), network(input(5, 5, 3), same).shapeOf("p"));
    }

    @Test
    void avgPoolWithUnequalStrides() {
        Pool pool = new Pool("p", OpType.AVG_POOL, "in", 2, 1, 2, 1, Padding.VALID);
        assertEquals(new Shape(4, 6, 2), network(input(8, 6, 2), pool).shapeOf("p"));
    }

    @Test
    void globalAvgPoolGivesVector() {
        assertEquals(Shape.vector(64), network(input(8, 8, 64), new GlobalAvgPool("g", "in")).shapeOf("g"));
    }

    @Test
    void addKeepsShape() {
        Network net = network(input(4, 4, 2), new Relu("a", "in"), new Relu("b", "in"),
                new Add("sum", List.of("a", "b"), Activation.NONE));
        assertEquals(new Shape(4, 4, 2), net.shapeOf("sum"));
    }

    @Test
    void elementwiseOpsKeepShape() {
        Network net = network(input(3, 5, 2), new Relu("r", "in"), new Relu6("r6", "r"),
                new BatchNorm("bn", "r6", new float[2], new float[2], new float[2], new float[2], 1e-3f),
                new Softmax("s", "bn"));
        for (String name : List.of("r", "r6", "bn", "s")) {
            assertEquals(new Shape(3, 5, 2), net.shapeOf(name), name);
        }
    }

    @Test
    void zeroPaddingGrowsHeightAndWidth() {
        ZeroPadding pad = new ZeroPadding("z", "in", 0, 1, 2, 3);
        assertEquals(new Shape(5, 10, 3), network(input(4, 5, 3), pad).shapeOf("z"));
    }

    @Test
    void flattenAndReshape() {
        Network net = network(input(4, 4, 8), new Flatten("f", "in"), new Reshape("r", "f", new Shape(2, 8, 8)));
        assertEquals(Shape.vector(128), net.shapeOf("f"));
        assertEquals(new Shape(2, 8, 8), net.shapeOf("r"));
    }

    @Test
    void inputShapeOfInputLayerIsItsOwnShape() {
        assertEquals(new Shape(2, 2, 1), network(input(2, 2, 1)).inputShapeOf("in"));
    }
}
