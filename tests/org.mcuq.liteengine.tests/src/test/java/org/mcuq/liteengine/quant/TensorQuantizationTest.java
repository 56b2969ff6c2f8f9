package org.mcuq.liteengine.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TensorQuantizationTest {

    @Test
    void unsignedRangesStartAtZero() {
        assertEquals(1, new TensorQuantization(1, false, 1f).max());
        assertEquals(15, new TensorQuantization(4, false, 1f).max());
        assertEquals(255, new TensorQuantization(8, false, 1f).max());
        assertEquals(0, new TensorQuantization(8, false, 1f).min());
    }

    @Test
    void signedRangesFollowLsq() {
        assertEquals(-1, new TensorQuantization(1, true, 1f).min());
        assertEquals(0, new TensorQuantization(1, true, 1f).max());
        assertEquals(-8, new TensorQuantization(4, true, 1f).min());
        assertEquals(7, new TensorQuantization(4, true, 1f).max());
        assertEquals(-128, new TensorQuantization(8, true, 1f).min());
        assertEquals(128, new TensorQuantization(8, true, 1f).maxMagnitude());
    }

    @Test
    void quantizesWithRoundHalfEvenAndClamps() {
        TensorQuantization q = new TensorQuantization(4, true, 0.5f);
        assertArrayEquals(new int[] {1, 2, 2, -2, -4, 7, -8, 0},
                q.quantize(new float[] {0.6f, 1.25f, 0.75f, -0.75f, -1.9f, 100f, -100f, 0.25f}));
    }

    @Test
    void dequantizesByStep() {
        assertArrayEquals(new float[] {-1f, 0f, 3.75f}, new TensorQuantization(8, true, 0.25f)
                .dequantize(new int[] {-4, 0, 15}));
    }

    @Test
    void rejectsBadWidthsStepsAndValues() {
        assertThrows(IllegalArgumentException.class, () -> new TensorQuantization(0, true, 1f));
        assertThrows(IllegalArgumentException.class, () -> new TensorQuantization(9, false, 1f));
        assertThrows(IllegalArgumentException.class, () -> new TensorQuantization(8, false, 0f));
        assertThrows(IllegalArgumentException.class, () -> new TensorQuantization(8, false, Float.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new TensorQuantization(8, false, 1f).quantize(new float[] {1f, Float.NaN}));
    }

    @Test
    void weightsOfOneBitAreBinary() {
        assertEquals(1, WeightFormat.quantize(0.01f, 0.5f, 1));
        assertEquals(1, WeightFormat.quantize(0f, 0.5f, 1));
        assertEquals(-1, WeightFormat.quantize(-3f, 0.5f, 1));
        assertEquals(-1, WeightFormat.min(1));
        assertEquals(1, WeightFormat.max(1));
    }

    @Test
    void weightsOfSeveralBitsUseTheSignedRange() {
        assertEquals(-8, WeightFormat.min(4));
        assertEquals(7, WeightFormat.max(4));
        assertEquals(-2, WeightFormat.quantize(-1f, 0.5f, 2));
        assertEquals(1, WeightFormat.quantize(1f, 0.5f, 2));
        assertEquals(-2, WeightFormat.quantize(-1.25f, 0.5f, 4)); // -2.5 to even
        assertEquals(127, WeightFormat.quantize(1e6f, 0.5f, 8));
    }
}
