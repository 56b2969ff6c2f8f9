package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mcuq.data.Dataset;
import org.mcuq.data.IdxArray;
import org.mcuq.data.ImageShape;
import org.mcuq.data.TensorFolderReader;
import org.mcuq.ir.Shape;
import org.mcuq.pipeline.InputFileException;
import org.mcuq.pipeline.InputRef;

/**
 * Reads network inputs (NHWC float32) from the files a user gives: IDX image files (raw or gzip, e.g. MNIST's),
 * scaled by the model's {@link InputConvention}; raw little-endian float32 files; for calibration data also a
 * folder of raw tensors listed in {@code labels.txt}.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The one input {@code ref} names: the whole raw file, or image {@code #N} (default 0) of an IDX file. */
    public static float[] readOne(InputRef ref, Shape shape, InputConvention convention) {
        Path file = requireFile(ref.file());
        if (isIdx(file)) {
            IdxImages images = IdxImages.read(file, shape);
            return images.image(ref.index().orElse(0), convention.scaling());
        }
        if (ref.index().isPresent()) {
            throw new InputFileException(ref + ": '#" + ref.index().getAsInt() + "' selects an image of an IDX"
                    + " file, but " + file + " is a raw float32 file, which holds a single input; drop the '#N'.");
        }
        byte[] bytes = readBytes(file);
        if (bytes.length != 4L * shape.elements()) {
            throw new InputFileException(String.format("%s holds %,d bytes but the model takes one input of %,d"
                    + " float32 values (%s, NHWC), i.e. %,d bytes; give a raw little-endian float32 file of exactly"
                    + " that size, or an IDX image file.", file, bytes.length, shape.elements(), shape,
                    4L * shape.elements()));
        }
        return floats(file, bytes);
    }

    /** Up to {@code limit} inputs from an IDX image file, a raw float32 file of whole inputs, or a tensor folder. */
    public static List<float[]> readMany(Path source, Shape shape, InputConvention convention, int limit) {
        if (Files.isDirectory(source)) {
            return fromFolder(source, shape, limit);
        }
        Path file = requireFile(source);
        if (isIdx(file)) {
            IdxImages images = IdxImages.read(file, shape);
            List<float[]> inputs = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, images.count()); i++) {
                inputs.add(images.image(i, convention.scaling()));
            }
            return inputs;
        }
        return fromRawFile(file, shape, limit);
    }

    /** Writes {@code values} as raw little-endian float32, the format {@link #readOne} reads back. */
    public static void writeRaw(Path file, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        Files.write(file, buffer.array());
    }

    private static List<float[]> fromRawFile(Path file, Shape shape, int limit) {
        byte[] bytes = readBytes(file);
        long inputBytes = 4L * shape.elements();
        if (bytes.length == 0 || bytes.length % inputBytes != 0) {
            throw new InputFileException(String.format("%s holds %,d bytes, which is not a whole number of model"
                    + " inputs of %,d float32 values (%s, NHWC) = %,d bytes each; give raw little-endian float32"
                    + " inputs one after another, an IDX image file or a tensor folder.", file, bytes.length,
                    shape.elements(), shape, inputBytes));
        }
        float[] all = floats(file, bytes);
        List<float[]> inputs = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, all.length / shape.elements()); i++) {
            float[] input = new float[shape.elements()];
            System.arraycopy(all, i * input.length, input, 0, input.length);
            inputs.add(input);
        }
        return inputs;
    }

    private static List<float[]> fromFolder(Path folder, Shape shape, int limit) {
        try {
            Dataset data = TensorFolderReader.read(folder, new ImageShape(shape.height(), shape.width(),
                    shape.channels()));
            List<float[]> inputs = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, data.count()); i++) {
                inputs.add(data.sample(i));
            }
            return inputs;
        } catch (IOException e) {
            throw new InputFileException("Cannot read the tensor folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static float[] floats(Path file, byte[] bytes) {
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new InputFileException(file + ": float32 value " + i + " (byte offset " + 4L * i + ") is "
                        + values[i] + "; inputs must be finite numbers.");
            }
        }
        return values;
    }

    /** Gzip (IDX files may be compressed) or an IDX header of unsigned bytes with 1..4 dimensions. */
    static boolean isIdx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
            boolean idx = head.length == 4 && head[0] == 0 && head[1] == 0 && head[2] == IdxArray.UNSIGNED_BYTE
                    && head[3] >= 1 && head[3] <= 4;
            return gzip || idx;
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException("No input file at " + file.toAbsolutePath() + "; give a raw float32 file"
                    + " or an IDX image file.");
        }
        return file;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
