package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void appliesClamps() {
        assertEquals(-2f, Activation.NONE.apply(-2f));
        assertEquals(0f, Activation.RELU.apply(-2f));
        assertEquals(7f, Activation.RELU.apply(7f));
        assertEquals(6f, Activation.RELU6.apply(7f));
        assertEquals(0f, Activation.RELU6.apply(-1f));
        assertEquals(2.5f, Activation.RELU6.apply(2.5f));
    }

    @Test
    void compositionMatchesApplyingBothInTurn() {
        float[] samples = {-3f, -0.5f, 0f, 0.5f, 5.9f, 6f, 6.5f, 100f};
        for (Activation first : Activation.values()) {
            for (Activation then : Activation.values()) {
                for (float x : samples) {
                    assertEquals(then.apply(first.apply(x)), first.followedBy(then).apply(x),
                            first + " then " + then + " at " + x);
                }
            }
        }
    }
}
