package org.mcuq.liteengine.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TensorLayoutTest {

    @Test
    void threeBitFieldsStraddleBytesLittleEndian() {
        // 1 = 001 at bits 0-2, 2 = 010 at 3-5, 3 = 011 at 6-8, 4 = 100 at 9-11, 5 = 101 at 12-14:
        // byte 0 = 0b11_010_001, byte 1 = 0b0_101_100_0.
        byte[] packed = new TensorLayout(5, 3, false).pack(new int[] {1, 2, 3, 4, 5});
        assertArrayEquals(new byte[] {(byte) 0b1101_0001, (byte) 0b0101_1000}, packed);
    }

    @Test
    void signedFieldsAreTwosComplement() {
        TensorLayout layout = new TensorLayout(4, 2, true);
        byte[] packed = layout.pack(new int[] {-2, -1, 0, 1});
        assertArrayEquals(new byte[] {(byte) 0b01_00_11_10}, packed);
        assertArrayEquals(new int[] {-2, -1, 0, 1}, layout.unpack(packed));
    }

    @Test
    void sizeIsTheCeilingOfElementsTimesBits() {
        assertEquals(1, new TensorLayout(1, 1, false).bytes());
        assertEquals(2, new TensorLayout(3, 5, false).bytes());
        assertEquals(1024, new TensorLayout(1024, 8, true).bytes());
        assertEquals(384, new TensorLayout(1024, 3, false).bytes());
    }

    @Test
    void everyWidthRoundTripsRandomValues() {
        Random random = new Random(3);
        for (int bits = 1; bits <= 8; bits++) {
            for (boolean signed : new boolean[] {false, true}) {
                TensorLayout layout = new TensorLayout(37, bits, signed);
                int[] values = new int[37];
                for (int i = 0; i < values.length; i++) {
                    values[i] = layout.min() + random.nextInt(layout.max() - layout.min() + 1);
                }
                byte[] packed = layout.pack(values);
                assertEquals((37 * bits + 7) / 8, packed.length);
                assertArrayEquals(values, layout.unpack(packed), layout.toString());
            }
        }
    }

    @Test
    void outOfRangeValuesAreRejectedWithTheirIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TensorLayout(3, 4, false).pack(new int[] {0, 16, 1}));
        assertTrue(e.getMessage().contains("16") && e.getMessage().contains("index 1"), e.getMessage());
    }
}
