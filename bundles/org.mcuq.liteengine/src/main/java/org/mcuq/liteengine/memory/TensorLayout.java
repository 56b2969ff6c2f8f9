package org.mcuq.liteengine.memory;

import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * How LiteEngine stores one activation tensor in memory: its {@code elements} integers (NHWC order, batch dimension
 * dropped) packed as {@code bits}-bit fields, one after another, into a little-endian bit stream. Element {@code i}
 * occupies bits {@code [i*bits, (i+1)*bits)} of the stream, where bit {@code k} is bit {@code k % 8} of byte
 * {@code k / 8}; an element may straddle two bytes when {@code bits} does not divide 8. Signed tensors store two's
 * complement fields. The tensor takes {@code ceil(elements * bits / 8)} bytes; unused high bits of the last byte
 * are zero. 8-bit tensors are therefore plain int8/uint8 arrays.
 */
public record TensorLayout(int elements, int bits, boolean signed) {

    public TensorLayout {
        if (elements < 1) {
            throw new IllegalArgumentException("A tensor needs at least one element, got " + elements + ".");
        }
        if (bits < 1 || bits > 8) {
            throw new IllegalArgumentException("Tensor bit width " + bits + " is outside 1..8.");
        }
    }

    /** The layout of a tensor of {@code elements} integers quantized as {@code format}. */
    public static TensorLayout of(int elements, TensorQuantization format) {
        return new TensorLayout(elements, format.bits(), format.signed());
    }

    /** Bytes the packed tensor occupies: {@code ceil(elements * bits / 8)}. */
    public int bytes() {
        return (int) (((long) elements * bits + 7) / 8);
    }

    public int min() {
        return signed ? -(1 << (bits - 1)) : 0;
    }

    public int max() {
        return signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
    }

    /** Packs integers within {@link #min()}..{@link #max()} into this layout. */
    public byte[] pack(int[] values) {
        requireLength(values.length);
        byte[] packed = new byte[bytes()];
        int mask = (1 << bits) - 1;
        for (int i = 0; i < values.length; i++) {
            requireInRange(values[i], i);
            long field = values[i] & mask;
            long bit = (long) i * bits;
            int at = (int) (bit >>> 3);
            int shifted = (int) (field << (bit & 7));
            packed[at] |= (byte) shifted;
            if (at + 1 < packed.length) {
                packed[at + 1] |= (byte) (shifted >>> 8);
            }
        }
        return packed;
    }

    /** The integers of a packed tensor. */
    public int[] unpack(byte[] packed) {
        if (packed.length != bytes()) {
            throw new IllegalArgumentException("A packed " + this + " has " + bytes() + " bytes, got "
                    + packed.length + ".");
        }
        int[] values = new int[elements];
        for (int i = 0; i < elements; i++) {
            values[i] = element(packed, i);
        }
        return values;
    }

    private int element(byte[] packed, int i) {
        long bit = (long) i * bits;
        int at = (int) (bit >>> 3);
        int word = packed[at] & 0xFF;
        if (at + 1 < packed.length) {
            word |= (packed[at + 1] & 0xFF) << 8;
        }
        int field = (word >>> (bit & 7)) & ((1 << bits) - 1);
        return signed ? field << (32 - bits) >> (32 - bits) : field;
    }

    private void requireLength(int length) {
        if (length != elements) {
            throw new IllegalArgumentException("This " + this + " holds " + elements + " values, got " + length
                    + ".");
        }
    }

    private void requireInRange(int value, int index) {
        if (value < min() || value > max()) {
            throw new IllegalArgumentException("Value " + value + " at index " + index + " is outside the range "
                    + min() + ".." + max() + " of a " + this + ".");
        }
    }

    @Override
    public String toString() {
        return elements + " x " + (signed ? "int" : "uint") + bits + " tensor";
    }
}
