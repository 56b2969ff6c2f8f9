package org.mcuq.liteengine.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperandEncodingTest {

    @Test
    void weightsUseTheFullTwosComplementRangeAndBinaryWeightsArePlusMinusOne() {
        OperandEncoding four = new OperandEncoding(4, 4, ActivationType.UNSIGNED, SignHandling.OFFSET);
        assertEquals(-8, four.minWeight());
        assertEquals(7, four.maxWeight());
        assertEquals(0, four.weightField(-8));
        assertEquals(15, four.weightField(7));

        OperandEncoding binary = new OperandEncoding(1, 4, ActivationType.UNSIGNED, SignHandling.OFFSET);
        assertFalse(binary.acceptsWeight(0));
        assertTrue(binary.acceptsWeight(-1) && binary.acceptsWeight(1));
        assertEquals(0, binary.weightField(-1));
        assertEquals(1, binary.weightField(1));
        assertEquals(2, binary.weightScale());
    }

    @Test
    void signedFieldsHoldTheValuesThemselves() {
        OperandEncoding signed = new OperandEncoding(3, 5, ActivationType.SIGNED, SignHandling.SIGNED_FIELDS);
        assertEquals(-4, signed.weightField(-4));
        assertEquals(-16, signed.activationField(-16));
        assertEquals(64, signed.maxFieldProduct());
        assertEquals(-60, signed.minFieldProduct());
    }

    @Test
    void zeroPointCorrectionRecoversTheSignedDotProduct() {
        OperandEncoding offset = new OperandEncoding(4, 4, ActivationType.SIGNED, SignHandling.OFFSET);
        // w = {-8, 7}, a = {-8, 7}: codes {0, 15} and {0, 15}, code dot 225; the true dot is 64 + 49
        assertEquals(113, offset.correct(225, 15, 15, 2));

        OperandEncoding binary = new OperandEncoding(1, 2, ActivationType.UNSIGNED, SignHandling.OFFSET);
        // w = {+1, -1, +1}, a = {3, 2, 1}: codes {1, 0, 1}, code dot 4, activation sum 6; the true dot is 2
        assertEquals(2, binary.correct(4, 2, 6, 3));
    }

    @Test
    void longestSafeDotProductKeepsTheWorstCaseInsideInt32() {
        OperandEncoding int8 = new OperandEncoding(8, 8, ActivationType.SIGNED, SignHandling.SIGNED_FIELDS);
        long length = int8.maxDotProductLength();
        assertTrue(length * 128 * 128 <= Integer.MAX_VALUE);
        assertTrue((length + 1) * 128 * 128 > Integer.MAX_VALUE);
    }
}
