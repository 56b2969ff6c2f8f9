package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TopologicalOrderTest {

    @Test
    void shuffledResnetIsOrderedProducersFirst() {
        List<Layer> layers = Resnet8.zeroWeights();
        for (long seed = 0; seed < 20; seed++) {
            List<Layer> shuffled = new ArrayList<>(layers);
            Collections.shuffle(shuffled, new Random(seed));
            Network net = new Network("resnet8", shuffled);
            assertProducersFirst(net.layers());
            assertEquals(new HashSet<>(layers), new HashSet<>(net.layers()));
            assertEquals("input", net.inputLayer().name());
            assertEquals("softmax", net.outputLayer().name());
            assertEquals(12_501_632L, net.totalMacs());
        }
    }

    @Test
    void reversedChainComesBackInChainOrder() {
        List<Layer> chain = List.of(new InputLayer("a", new Shape(2, 2, 1)), new Relu("b", "a"), new Relu6("c", "b"),
                new Flatten("d", "c"));
        Network net = new Network("chain", chain.reversed());
        assertEquals(chain, net.layers());
    }

    @Test
    void consumersAreListed() {
        Network net = new Network("resnet8", Resnet8.zeroWeights());
        Set<String> names = new HashSet<>();
        for (Layer consumer : net.consumers("relu_3")) {
            names.add(consumer.name());
        }
        // the stem ReLU feeds stack 1's first conv and its identity shortcut Add
        assertEquals(Set.of("conv_4", "add_9"), names);
        assertTrue(net.consumers("softmax").isEmpty());
    }

    private static void assertProducersFirst(List<Layer> ordered) {
        Set<String> seen = new HashSet<>();
        for (Layer layer : ordered) {
            for (String input : layer.inputs()) {
                assertTrue(seen.contains(input), layer.name() + " comes before its input " + input);
            }
            seen.add(layer.name());
        }
    }
}
