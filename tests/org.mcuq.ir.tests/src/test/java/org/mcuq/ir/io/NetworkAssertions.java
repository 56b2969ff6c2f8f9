package org.mcuq.ir.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;

/** Field-by-field comparison of networks; float arrays are compared by their raw bits. */
final class NetworkAssertions {

    private NetworkAssertions() {
    }

    static void assertSameNetwork(Network expected, Network actual) {
        assertEquals(expected.name(), actual.name(), "network name");
        assertEquals(expected.layers().size(), actual.layers().size(), "layer count");
        for (int i = 0; i < expected.layers().size(); i++) {
            assertSameLayer(expected.layers().get(i), actual.layers().get(i));
        }
    }

    static void assertSameLayer(Layer expected, Layer actual) {
        assertEquals(expected.getClass(), actual.getClass(), "type of " + expected.name());
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object want = value(component, expected);
            Object got = value(component, actual);
            String where = expected.name() + "." + component.getName();
            if (want instanceof float[] floats) {
                assertEquals(Arrays.toString(rawBits(floats)), Arrays.toString(rawBits((float[]) got)), where);
            } else if (want instanceof Float f) {
                assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits((Float) got), where);
            } else {
                assertEquals(want, got, where);
            }
        }
    }

    static int[] rawBits(float[] values) {
        return IntStream.range(0, values.length).map(i -> Float.floatToRawIntBits(values[i])).toArray();
    }

    private static Object value(RecordComponent component, Layer layer) {
        try {
            return component.getAccessor().invoke(layer);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
