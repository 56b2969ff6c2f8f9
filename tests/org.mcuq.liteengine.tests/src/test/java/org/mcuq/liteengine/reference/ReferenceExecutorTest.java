package org.mcuq.liteengine.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;

class ReferenceExecutorTest {

    private static final Shape INPUT = new Shape(10, 10, 2);

    private static QuantizedNetwork mixed() {
        return Quantizer.quantize(TestNetworks.mixed(21), QuantizationSpec.uniform(8, 8),
                TestNetworks.inputs(new Random(21), 4, INPUT, 0, 1));
    }

    @Test
    void runAllKeepsEveryTensorInLayerOrder() {
        QuantizedNetwork q = mixed();
        int[] input = q.quantizeInput(TestNetworks.inputs(new Random(3), 1, INPUT, 0, 1).get(0));
        Map<String, int[]> all = ReferenceExecutor.runAll(q, input);
        assertEquals(q.layers().stream().map(QuantizedLayer::name).toList(), List.copyOf(all.keySet()));
        assertArrayEquals(all.get("softmax"), ReferenceExecutor.run(q, input));
        assertEquals(q.shapeOf("ap").elements(), all.get("ap").length);
    }

    @Test
    void isDeterministic() {
        QuantizedNetwork q = mixed();
        int[] input = q.quantizeInput(TestNetworks.inputs(new Random(4), 1, INPUT, 0, 1).get(0));
        assertArrayEquals(ReferenceExecutor.run(q, input), ReferenceExecutor.run(mixed(), input.clone()));
    }

    @Test
    void inferDequantizesTheOutputAndClassifyTakesItsArgmax() {
        QuantizedNetwork q = mixed();
        float[] x = TestNetworks.inputs(new Random(5), 1, INPUT, 0, 1).get(0);
        int[] logits = ReferenceExecutor.run(q, q.quantizeInput(x));
        float[] real = ReferenceExecutor.infer(q, x);
        for (int i = 0; i < logits.length; i++) {
            assertEquals(logits[i] * q.outputQuantization().step(), real[i]);
        }
        assertEquals(ReferenceExecutor.argmax(logits), ReferenceExecutor.classify(q, x));
    }

    @Test
    void rejectsInputsOfTheWrongSizeOrOutOfRange() {
        QuantizedNetwork q = mixed();
        assertThrows(IllegalArgumentException.class, () -> ReferenceExecutor.run(q, new int[199]));
        int[] input = new int[200];
        input[17] = 256;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceExecutor.run(q, input));
        assertTrue(e.getMessage().contains("element 17") && e.getMessage().contains("0..255"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> q.quantizeInput(new float[3]));
    }
}
