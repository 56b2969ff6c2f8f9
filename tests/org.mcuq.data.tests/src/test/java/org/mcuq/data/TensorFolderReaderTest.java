package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorFolderReaderTest {

    private static final ImageShape SHAPE = new ImageShape(1, 2, 2);

    @TempDir
    Path folder;

    @Test
    void readsListedTensorsInListingOrder() throws IOException {
        writeTensor("b.bin", 1.5f, -2f, 3.25f, 1e-3f);
        writeTensor("a.bin", 0f, 0f, 0f, 42f);
        Files.writeString(folder.resolve("labels.txt"), "# file label\nb.bin 4\n\na.bin   1\n");

        Dataset data = TensorFolderReader.read(folder, SHAPE);

        assertEquals(2, data.count());
        assertEquals(5, data.classCount());
        assertArrayEquals(new float[] {1.5f, -2f, 3.25f, 1e-3f}, data.sample(0));
        assertEquals(4, data.label(0));
        assertArrayEquals(new float[] {0f, 0f, 0f, 42f}, data.sample(1));
        assertEquals(1, data.label(1));
    }

    @Test
    void reportsATensorOfTheWrongSize() throws IOException {
        writeTensor("a.bin", 1f, 2f, 3f);
        Files.writeString(folder.resolve("labels.txt"), "a.bin 0\n");

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> TensorFolderReader.read(folder, SHAPE));

        assertEquals(folder.resolve("a.bin") + ", offset 12: expected 16 bytes (1x2x2 float32 little-endian),"
                + " found 12", e.getMessage());
    }

    @Test
    void reportsAMalformedListingLine() throws IOException {
        writeTensor("a.bin", 1f, 2f, 3f, 4f);
        Files.writeString(folder.resolve("labels.txt"), "a.bin 0\na.bin seven\n");

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> TensorFolderReader.read(folder, SHAPE));

        assertEquals(folder.resolve("labels.txt") + ": line 2: label 'seven' is not a non-negative integer",
                e.getMessage());
    }

    @Test
    void reportsNonFiniteValues() throws IOException {
        writeTensor("a.bin", 1f, Float.NaN, 3f, 4f);
        Files.writeString(folder.resolve("labels.txt"), "a.bin 0\n");

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> TensorFolderReader.read(folder, SHAPE));

        assertEquals(folder.resolve("a.bin") + ", offset 4: value NaN is not finite", e.getMessage());
    }

    @Test
    void reportsAMissingListing() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> TensorFolderReader.read(folder, SHAPE));

        assertTrue(e.getMessage().contains("a tensor folder needs labels.txt"), e.getMessage());
    }

    private void writeTensor(String name, float... values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putFloat(v);
        }
        Files.write(folder.resolve(name), buffer.array());
    }
}
