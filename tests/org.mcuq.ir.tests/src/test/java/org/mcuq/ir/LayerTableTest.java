package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LayerTableTest {

    private final Network resnet = new Network("resnet8", Resnet8.zeroWeights());

    @Test
    void rowsFollowTheNetwork() {
        LayerTable table = new LayerTable(resnet);
        assertEquals(resnet.layers().size(), table.rows().size());
        LayerTable.Row stem = table.rows().get(1);
        assertEquals(new LayerTable.Row("conv_1", OpType.CONV2D, new Shape(32, 32, 3), new Shape(32, 32, 16), 448,
                442_368), stem);
        assertNull(table.rows().get(0).inputShape());
        assertEquals(12_501_632L, table.totalMacs());
        assertEquals(78_666L, table.totalParams());
    }

    @Test
    void textHasAlignedColumnsSeparatorsAndMillions() {
        String text = new LayerTable(resnet).toText();
        List<String> lines = text.lines().toList();
        assertEquals("Model: resnet8", lines.get(0));
        String header = lines.get(1);
        assertTrue(header.startsWith("Layer"), header);
        String stem = lines.stream().filter(l -> l.startsWith("conv_1 ")).findFirst().orElseThrow();
        assertTrue(stem.contains("32x32x3") && stem.contains("32x32x16") && stem.endsWith("442,368"), stem);
        // right-aligned numbers end in the same column as the header's "MACs"
        assertEquals(header.length(), stem.length());
        assertFalse(text.endsWith("\n"), "no trailing newline");
        String total = lines.get(lines.size() - 1);
        assertTrue(total.startsWith("Total"), total);
        assertTrue(total.contains("78,666") && total.contains("12,501,632") && total.contains("12.50 M"), total);
    }

    @Test
    void jsonListsLayersAndTotals() {
        Network net = new Network("tiny \"net\"", List.of(new InputLayer("in", new Shape(1, 1, 4)),
                new Dense("fc", "in", 2, new float[8], null, Activation.NONE)));
        String expected = """
                {
                  "model": "tiny \\"net\\"",
                  "layers": [
                    {"name": "in", "op": "INPUT", "input": null, "output": [1, 1, 4], "params": 0, "macs": 0},
                    {"name": "fc", "op": "DENSE", "input": [1, 1, 4], "output": [1, 1, 2], "params": 10, "macs": 8}
                  ],
                  "total": {"params": 10, "macs": 8}
                }""";
        assertEquals(expected, LayerTable.of(net).toJson());
    }
}
