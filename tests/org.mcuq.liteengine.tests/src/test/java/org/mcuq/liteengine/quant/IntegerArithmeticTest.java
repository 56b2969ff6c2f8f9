package org.mcuq.liteengine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntegerArithmeticTest {

    @Test
    void roundingShiftRoundsHalvesUp() {
        assertEquals(3, IntegerArithmetic.roundingShiftRight(5, 1)); // 2.5
        assertEquals(-2, IntegerArithmetic.roundingShiftRight(-5, 1)); // -2.5
        assertEquals(-1, IntegerArithmetic.roundingShiftRight(-6, 2)); // -1.5
        assertEquals(0, IntegerArithmetic.roundingShiftRight(-2, 2)); // -0.5
        assertEquals(-1, IntegerArithmetic.roundingShiftRight(-3, 1)); // -1.5
    }

    @Test
    void roundingShiftRoundsOtherFractionsToNearest() {
        assertEquals(2, IntegerArithmetic.roundingShiftRight(7, 2)); // 1.75
        assertEquals(-2, IntegerArithmetic.roundingShiftRight(-7, 2)); // -1.75
        assertEquals(1, IntegerArithmetic.roundingShiftRight(5, 2)); // 1.25
        assertEquals(-1, IntegerArithmetic.roundingShiftRight(-5, 2)); // -1.25
    }

    @Test
    void roundingShiftHandlesTheLargestShiftAndMagnitudes() {
        long almost = (1L << 62) - 1;
        assertEquals(1, IntegerArithmetic.roundingShiftRight(almost, 62)); // just under 1
        assertEquals(0, IntegerArithmetic.roundingShiftRight((1L << 61) - 1, 62)); // just under 0.5
        assertEquals(-1, IntegerArithmetic.roundingShiftRight(-almost, 62)); // just above -1
        assertEquals(0, IntegerArithmetic.roundingShiftRight(-(1L << 61), 62)); // exactly -0.5
    }

    @Test
    void requantizesExtremeAccumulators() {
        int m = Integer.MAX_VALUE; // 1 - 2^-31 with shift 31
        // (2^31-1)^2 / 2^31 = 2^31 - 2 + 2^-31, rounds to 2^31 - 2
        assertEquals(2147483646L, IntegerArithmetic.requantize(Integer.MAX_VALUE, m, 31));
        // -2^31 (2^31-1) / 2^31 = -(2^31 - 1) exactly
        assertEquals(-2147483647L, IntegerArithmetic.requantize(Integer.MIN_VALUE, m, 31));
        // factor 2^29 (multiplier 2^30, shift 1): -2^31 * 2^29 = -2^60, beyond int32 before the clamp
        assertEquals(-(1L << 60), IntegerArithmetic.requantize(Integer.MIN_VALUE, 1 << 30, 1));
        assertEquals(-128, IntegerArithmetic.clamp(IntegerArithmetic.requantize(Integer.MIN_VALUE, 1 << 30, 1),
                -128, 127));
    }

    @Test
    void requantizesHalfwayAccumulatorsUp() {
        int half = 1 << 30; // 0.5 with shift 31
        assertEquals(2, IntegerArithmetic.requantize(3, half, 31)); // 1.5
        assertEquals(-1, IntegerArithmetic.requantize(-3, half, 31)); // -1.5
        assertEquals(0, IntegerArithmetic.requantize(-1, half, 31)); // -0.5
        assertEquals(-1073741823, IntegerArithmetic.requantize(-2147483647, half, 31)); // -(2^30 - 0.5)
    }

    @Test
    void clampsToBothBounds() {
        assertEquals(0, IntegerArithmetic.clamp(-5, 0, 255));
        assertEquals(255, IntegerArithmetic.clamp(300, 0, 255));
        assertEquals(-8, IntegerArithmetic.clamp(Long.MIN_VALUE / 4, -8, 7));
        assertEquals(7, IntegerArithmetic.clamp(Long.MAX_VALUE / 4, -8, 7));
        assertEquals(3, IntegerArithmetic.clamp(3, -8, 7));
    }

    @Test
    void roundedDivideRoundsHalvesAwayFromZero() {
        assertEquals(3, IntegerArithmetic.roundedDivide(5, 2)); // 2.5
        assertEquals(-3, IntegerArithmetic.roundedDivide(-5, 2)); // -2.5
        assertEquals(-1, IntegerArithmetic.roundedDivide(-2, 4)); // -0.5
        assertEquals(1, IntegerArithmetic.roundedDivide(2, 4)); // 0.5
    }

    @Test
    void roundedDivideRoundsOtherQuotientsToNearest() {
        assertEquals(2, IntegerArithmetic.roundedDivide(7, 3)); // 2.33
        assertEquals(3, IntegerArithmetic.roundedDivide(8, 3)); // 2.67
        assertEquals(-2, IntegerArithmetic.roundedDivide(-7, 3)); // -2.33
        assertEquals(-3, IntegerArithmetic.roundedDivide(-8, 3)); // -2.67
        assertEquals(0, IntegerArithmetic.roundedDivide(0, 9));
        assertEquals(-128, IntegerArithmetic.roundedDivide(-128 * 1024, 1024));
    }
}
