package org.mcuq.liteengine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class FixedPointMultiplierTest {

    @Test
    void normalisesPowersOfTwoTo31Bits() {
        assertEquals(new FixedPointMultiplier(1 << 30, 31), FixedPointMultiplier.of(0.5));
        assertEquals(new FixedPointMultiplier(1 << 30, 30), FixedPointMultiplier.of(1.0));
        assertEquals(new FixedPointMultiplier(1 << 30, 28), FixedPointMultiplier.of(4.0));
    }

    @Test
    void keepsThirtyOneSignificantBits() {
        assertEquals(new FixedPointMultiplier(3 << 29, 31), FixedPointMultiplier.of(0.75));
        // 0.1 * 2^34 = 1717986918.4
        assertEquals(new FixedPointMultiplier(1717986918, 34), FixedPointMultiplier.of(0.1));
    }

    @Test
    void renormalisesWhenRoundingReaches2To31() {
        // (1 - 2^-40) * 2^30 rounds to 2^30 over shift 30, not to 2^31 over shift 31
        assertEquals(new FixedPointMultiplier(1 << 30, 30), FixedPointMultiplier.of(1 - 0x1p-40));
    }

    @Test
    void capsTheShiftForTinyFactors() {
        assertEquals(new FixedPointMultiplier(1 << 22, 62), FixedPointMultiplier.of(0x1p-40));
        assertEquals(new FixedPointMultiplier(0, 62), FixedPointMultiplier.of(0x1p-70));
    }

    @Test
    void rejectsFactorsOutsideTheRepresentableRange() {
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(0));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(-0.5));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(0x1p30));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new FixedPointMultiplier(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FixedPointMultiplier(1, 63));
    }

    @Test
    void representsFactorsWithinHalfAUnitInTheLastPlace() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double real = Math.scalb(1 + random.nextDouble(), random.nextInt(50) - 30);
            FixedPointMultiplier m = FixedPointMultiplier.of(real);
            assertTrue(m.multiplier() >= 1 << 30, () -> "not normalised: " + m);
            assertTrue(Math.abs(m.real() - real) <= Math.scalb(0.5, -m.shift()), () -> real + " as " + m);
        }
    }

    @Test
    void appliesTheFactorWithRounding() {
        FixedPointMultiplier third = FixedPointMultiplier.of(1.0 / 3);
        assertEquals(33, third.apply(100)); // 33.33
        assertEquals(-33, third.apply(-100));
        assertEquals(67, third.apply(200)); // 66.67
        // multiplier round(2^32 / 3) = 1431655765 over shift 32: -2^31 * 1431655765 / 2^32 = -715827882.5, up
        assertEquals(new FixedPointMultiplier(1431655765, 32), third);
        assertEquals(-715827882, third.apply(Integer.MIN_VALUE));
    }

    @Test
    void sharesAGivenShift() {
        assertEquals(new FixedPointMultiplier(1 << 29, 31), FixedPointMultiplier.withShift(0.25, 31));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.withShift(1.0, 31));
    }
}
