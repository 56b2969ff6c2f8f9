package org.mcuq.data;

import java.util.Arrays;

/**
 * The content of an IDX file of unsigned bytes (type code 0x08): its dimensions and its values in row-major order.
 * The first dimension counts records (images or labels).
 *
 * @param dims dimension sizes, at least one
 * @param data {@code product(dims)} unsigned bytes
 */
public record IdxArray(int[] dims, byte[] data) {

    /** IDX type code of unsigned bytes, the only element type this project reads or writes. */
    public static final int UNSIGNED_BYTE = 0x08;

    public IdxArray {
        dims = dims.clone();
        if (dims.length == 0 || dims.length > 255) {
            throw new IllegalArgumentException("An IDX array needs 1 to 255 dimensions, got " + dims.length);
        }
        if (elementCount(dims) != data.length) {
            throw new IllegalArgumentException("IDX dimensions " + Arrays.toString(dims) + " need "
                    + elementCount(dims) + " values, got " + data.length);
        }
    }

    /** The IDX magic number: {@code 0x0000}, type code, number of dimensions. */
    public int magic() {
        return UNSIGNED_BYTE << 8 | dims.length;
    }

    /** Number of records, the first dimension. */
    public int records() {
        return dims[0];
    }

    /** Number of values in one record (product of the other dimensions). */
    public int recordSize() {
        return Math.toIntExact(elementCount(dims) / Math.max(1, dims[0]));
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** A new array holding the first {@code n} records. */
    public IdxArray firstRecords(int n) {
        if (n < 0 || n > records()) {
            throw new IllegalArgumentException("Cannot take " + n + " records of " + records());
        }
        int[] newDims = dims.clone();
        newDims[0] = n;
        return new IdxArray(newDims, Arrays.copyOf(data, n * recordSize()));
    }

    /** Product of {@code dims} as a long, so that overflow can be detected by callers. */
    public static long elementCount(int[] dims) {
        long count = 1;
        for (int d : dims) {
            count *= d;
        }
        return count;
    }
}
