package org.mcuq.ir.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Float tensors as little-endian IEEE 754 float32 bytes, bit for bit (NaN payloads included). */
public final class TensorCodec {

    private TensorCodec() {
    }

    public static byte[] encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putInt(Float.floatToRawIntBits(v));
        }
        return bytes.array();
    }

    /** The floats in {@code bytes}, whose length must be a multiple of four. */
    public static float[] decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = Float.intBitsToFloat(buffer.getInt());
        }
        return values;
    }
}
