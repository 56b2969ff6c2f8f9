package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaddingTest {

    @Test
    void sameOutputIsCeilOfInputOverStride() {
        assertEquals(32, Padding.SAME.outputSize(32, 3, 1));
        assertEquals(16, Padding.SAME.outputSize(32, 3, 2));
        assertEquals(3, Padding.SAME.outputSize(5, 3, 2));
        assertEquals(4, Padding.SAME.outputSize(7, 1, 2));
    }

    @Test
    void validOutputCountsWholeWindows() {
        assertEquals(30, Padding.VALID.outputSize(32, 3, 1));
        assertEquals(2, Padding.VALID.outputSize(5, 3, 2));
        assertEquals(2, Padding.VALID.outputSize(6, 3, 2));
        assertEquals(0, Padding.VALID.outputSize(2, 3, 1));
    }

    @Test
    void oddTotalSamePadPutsTheExtraElementAfter() {
        // in 4, k 3, s 2: out 2, total pad (2-1)*2+3-4 = 1 -> 0 before, 1 after
        assertEquals(1, Padding.SAME.totalPad(4, 3, 2));
        assertEquals(0, Padding.SAME.padBefore(4, 3, 2));
        // in 224, k 3, s 2: out 112, total pad 111*2+3-224 = 1 -> 0 before (TF's MobileNet stem)
        assertEquals(0, Padding.SAME.padBefore(224, 3, 2));
        // in 32, k 3, s 1: total 2 -> 1 before, 1 after
        assertEquals(2, Padding.SAME.totalPad(32, 3, 1));
        assertEquals(1, Padding.SAME.padBefore(32, 3, 1));
        // in 8, k 4, s 1: total 3 -> 1 before, 2 after
        assertEquals(1, Padding.SAME.padBefore(8, 4, 1));
    }

    @Test
    void samePadIsNeverNegative() {
        // in 7, k 1, s 2: out 4, (4-1)*2+1-7 = 0
        assertEquals(0, Padding.SAME.totalPad(7, 1, 2));
        // in 8, k 1, s 3: out 3, (3-1)*3+1-8 = -1 -> 0
        assertEquals(0, Padding.SAME.totalPad(8, 1, 3));
    }

    @Test
    void validNeverPads() {
        assertEquals(0, Padding.VALID.totalPad(5, 3, 1));
        assertEquals(0, Padding.VALID.padBefore(5, 3, 1));
    }
}
