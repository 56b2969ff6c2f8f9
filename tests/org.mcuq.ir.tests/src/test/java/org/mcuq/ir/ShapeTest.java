package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void elementsIsProductOfDimensions() {
        assertEquals(32 * 32 * 3, new Shape(32, 32, 3).elements());
    }

    @Test
    void vectorHasUnitSpatialDimensions() {
        assertEquals(new Shape(1, 1, 10), Shape.vector(10));
    }

    @Test
    void rejectsNonPositiveDimensions() {
        assertThrows(IllegalArgumentException.class, () -> new Shape(0, 4, 4));
    }

    @Test
    void printsAsHeightByWidthByChannels() {
        assertEquals("32x32x3", new Shape(32, 32, 3).toString());
    }
}
