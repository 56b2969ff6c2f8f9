package org.mcuq.rlquant.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BitRangeTest {

    @Test
    void splitsTheActionIntervalIntoEqualSharesPerWidth() {
        BitRange range = BitRange.DEFAULT;

        // HAQ: round(8a + 0.5); width b owns [(b - 1)/8, b/8).
        assertEquals(1, range.bits(0.0));
        assertEquals(1, range.bits(0.124));
        assertEquals(2, range.bits(0.126));
        assertEquals(4, range.bits(0.499));
        assertEquals(8, range.bits(0.876));
        assertEquals(8, range.bits(1.0));
    }

    @Test
    void narrowRangeUsesItsOwnShares() {
        BitRange range = new BitRange(2, 6);

        // round(5a + 1.5): width b owns [(b - 2)/5, (b - 1)/5).
        assertEquals(2, range.bits(0.19));
        assertEquals(3, range.bits(0.21));
        assertEquals(6, range.bits(0.81));
        assertEquals(6, range.bits(1.0));
    }

    @Test
    void actionOfAWidthMapsBackToIt() {
        for (BitRange range : new BitRange[] {BitRange.DEFAULT, new BitRange(2, 6), new BitRange(4, 4)}) {
            for (int bits = range.min(); bits <= range.max(); bits++) {
                double action = range.action(bits);
                assertTrue(action > 0 && action < 1, range + " " + bits + " -> " + action);
                assertEquals(bits, range.bits(action), range + " " + bits);
            }
        }
    }

    @Test
    void rejectsRangesOutsideOneToEightBits() {
        var error = assertThrows(IllegalArgumentException.class, () -> new BitRange(0, 8));
        assertTrue(error.getMessage().contains("0..8"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BitRange(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new BitRange(2, 9));
    }
}
