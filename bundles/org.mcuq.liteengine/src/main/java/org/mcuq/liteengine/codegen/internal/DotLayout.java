package org.mcuq.liteengine.codegen.internal;

import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * Operand storage of a conv or dense kernel. Weights are one row per output channel in (ky, kx, input channel)
 * order. DOT_PLAIN: int8 weights, an int16 column of K values (padded to an even count). DOT_SMLAD: weight words
 * of 4 int8 values against an int16 column padded to a multiple of 4. When the column is built from whole input
 * words with UXTB16/SXTB16 (8-bit input, channels a multiple of 4) its pairs are (x0, x2), (x1, x3) and the
 * weight bytes keep their order; otherwise the column is in order and the weight bytes are stored (w0, w2, w1, w3),
 * so that SXTB16 and SXTB16 ROR #8 always give the matching pairs. DOT_PACKED: the plan's operand words, n fields
 * each. When every pixel's channels start on a byte, the columns are built directly from groups of input bytes
 * and each pixel's C channels (a chunk) fill ceil(C / n) whole words, the last one completed with fields of raw 0
 * in both operands, which add nothing to the dot product or to the zero-point sums. That is chosen when the
 * staging it saves (about 3 instructions per field and pixel) outweighs the extra multiplies (about 2.25
 * instructions per padded word, pixel and output channel, measured on the M4); otherwise the window is packed as
 * one stream of K fields through an int16 staging column. Two columns (two output pixels) are kept.
 * DOT_PACKED weights are stored in flash in the plan's {@link DenseStore} (k register words per flash word), so
 * the multiply loop runs over the register words padded to a multiple of k, in runs of at most T rounded down to
 * a multiple of k; the columns hold those padded words (zero beyond {@code words}) and, for a corrected store, one
 * run start per run. DOT_SMLAD with 3..5-bit weights stores them densely ({@code laneBits} > 0): each flash word
 * holds 16 / b fields per 16-bit half, field t of word j (bits b*t of each half) pairing with column word
 * j * (16 / b) + t, as the code {@code w + 2^(b-1)}; the kernel unpacks a pair with one shift and AND and the
 * finish step subtracts {@code 2^(b-1)} times the column's sum.
 *
 * @param paddedLength KPAD, the column length in fields including zero padding
 * @param words        operand words per weight row and column (DOT_SMLAD: weight words; DOT_PACKED: both)
 * @param direct       whether columns are built straight from input bytes (no staging)
 * @param chunk        fields per separately padded chunk: the input channels for a direct packed column, else K
 * @param store        the flash format of packed weight words ({@link DenseStore#REGISTER} for other kinds)
 * @param runLength    register words per run between extractions (packed), else {@code Integer.MAX_VALUE}
 * @param laneBits     b, the width of densely stored DOT_SMLAD weight fields, or 0 for int8 weight bytes
 */
public record DotLayout(KernelKind kind, int length, int paddedLength, int words, boolean direct, int chunk,
        DenseStore store, int runLength, int laneBits) {

    /** Weight widths whose DOT_SMLAD weights are stored densely (6 and 7 bits would gain nothing over bytes). */
    static final int MIN_LANE_BITS = 3;
    static final int MAX_LANE_BITS = 5;

    /** Most bytes one group of the direct packed path reads into a register. */
    static final int MAX_GROUP_BYTES = 4;

    /** Instructions a direct column saves per field and pixel, against the staged one. */
    private static final double SAVED_PER_FIELD = 3.0;

    /** Instructions an extra operand word costs per pixel and output channel in the 2x2 blocks. */
    private static final double COST_PER_WORD = 2.25;

    public static DotLayout of(KernelKind kind, ConvGeometry g, PackingPlan plan, TensorQuantization input) {
        int length = g.dotLength();
        int channels = g.in().channels();
        return switch (kind) {
            case DOT_SMLAD -> smlad(length, plan, input.bits() == 8 && channels % 4 == 0);
            case DOT_PACKED -> packed(g, plan, input.bits());
            default -> new DotLayout(kind, length, roundUp(length, 2), roundUp(length, 2), false, length,
                    DenseStore.REGISTER, Integer.MAX_VALUE, 0);
        };
    }

    private static DotLayout smlad(int length, PackingPlan plan, boolean direct) {
        int bits = plan == null ? 8 : plan.weightBits();
        if (bits < MIN_LANE_BITS || bits > MAX_LANE_BITS) {
            return new DotLayout(KernelKind.DOT_SMLAD, length, roundUp(length, 4), roundUp(length, 4) / 4, direct,
                    length, DenseStore.REGISTER, Integer.MAX_VALUE, 0);
        }
        int perWord = 2 * (16 / bits);
        int padded = roundUp(length, perWord);
        return new DotLayout(KernelKind.DOT_SMLAD, length, padded, padded / perWord, direct, length,
                DenseStore.REGISTER, Integer.MAX_VALUE, bits);
    }

    /** Fields per 16-bit half of a dense DOT_SMLAD weight word. */
    public int laneFields() {
        return laneBits == 0 ? 2 : 16 / laneBits;
    }

    /** The offset added to dense DOT_SMLAD weights (and subtracted with the column sum), else 0. */
    public int laneOffset() {
        return laneBits == 0 ? 0 : 1 << (laneBits - 1);
    }

    private static DotLayout packed(ConvGeometry g, PackingPlan plan, int bits) {
        int n = plan.operandsPerMultiply();
        DenseStore store = DenseStore.of(plan).orElse(DenseStore.REGISTER);
        int run = plan.maxAccumulations() / store.perWord() * store.perWord();
        int channels = g.in().channels();
        int chunkWords = (channels + n - 1) / n;
        boolean byteRows = channels * bits % 8 == 0;
        boolean smallGroups = groupFields(n, bits) * bits / 8 <= MAX_GROUP_BYTES;
        int chunked = g.kernelH() * g.kernelW() * chunkWords;
        int streamed = (g.dotLength() + n - 1) / n;
        double saved = SAVED_PER_FIELD * g.dotLength();
        double extra = COST_PER_WORD * (chunked - streamed) * g.out().channels();
        if (byteRows && smallGroups && saved > extra) {
            return new DotLayout(KernelKind.DOT_PACKED, g.dotLength(), chunked * n, chunked, true, channels, store,
                    run, 0);
        }
        return new DotLayout(KernelKind.DOT_PACKED, g.dotLength(), streamed * n, streamed, false, g.dotLength(),
                store, run, 0);
    }

    /** L = lcm(n, fields per whole byte): the fewest fields that fill whole words and whole bytes. */
    static int groupFields(int n, int bits) {
        int perByteGroup = 8 / gcd(8, bits);
        return n / gcd(n, perByteGroup) * perByteGroup;
    }

    /** Bytes of the int16 staging column of a staged DOT_PACKED kernel, rounded to whole words. */
    public int stagingBytes() {
        return kind == KernelKind.DOT_PACKED && !direct ? roundUp(paddedLength * 2, 4) : 0;
    }

    /** Register words the packed multiply loop runs over: {@code words} padded to a multiple of k. */
    public int loopWords() {
        return roundUp(words, store.perWord());
    }

    /** 32-bit flash words per packed weight row. */
    public int storeWords() {
        return loopWords() / store.perWord();
    }

    /** Runs of the packed multiply loop, each followed by an extraction. */
    public int runs() {
        return (loopWords() + runLength - 1) / runLength;
    }

    /** 32-bit words of one packed column: the loop words, then one run start per run for a corrected store. */
    public int columnWords() {
        return loopWords() + (store.corrected() ? runs() : 0);
    }

    /** Bytes of one column (int16 values, or operand words for DOT_PACKED). */
    public int columnBytes() {
        return kind == KernelKind.DOT_PACKED ? columnWords() * 4 : paddedLength * 2;
    }

    /** Staging plus two columns. */
    public int scratchBytes() {
        return stagingBytes() + 2 * columnBytes();
    }

    /** Flash bytes of one weight row. */
    public int rowBytes() {
        return switch (kind) {
            case DOT_SMLAD -> words * 4;
            case DOT_PACKED -> storeWords() * 4;
            default -> length;
        };
    }

    static int roundUp(int value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
