package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistErrorsTest {

    @TempDir
    Path temp;

    @Test
    void rejectsImageAndLabelFilesOfDifferentLengths() throws IOException {
        Path labels = temp.resolve("labels.gz");
        IdxFile.write(labels, IdxFile.read(SharedData.mnist("t10k-labels-idx1-ubyte.gz")).firstRecords(1000));
        Path images = SharedData.mnist("t10k-images-idx3-ubyte.gz");

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> MnistReader.read(images, labels, PixelScaling.UNIT));

        assertEquals(images + " holds 10000 images but " + labels + " holds 1000 labels; use the label file that"
                + " belongs to the images", e.getMessage());
    }

    @Test
    void rejectsSwappedFiles() {
        Path images = SharedData.mnist("t10k-images-idx3-ubyte.gz");
        Path labels = SharedData.mnist("t10k-labels-idx1-ubyte.gz");

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> MnistReader.read(labels, images, PixelScaling.UNIT));

        assertEquals(labels + ", offset 0: expected an MNIST image file (magic 0x00000803, 3 dimensions), found"
                + " magic 0x00000801", e.getMessage());
    }

    @Test
    void rejectsLabelsOutsideTheTenDigits() throws IOException {
        Path images = temp.resolve("images");
        Path labels = temp.resolve("labels");
        IdxFile.write(images, new IdxArray(new int[] {3, 2, 2}, new byte[12]));
        IdxFile.write(labels, new IdxArray(new int[] {3}, new byte[] {4, 9, 12}));

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> MnistReader.read(images, labels, PixelScaling.RAW));

        assertEquals(labels + ", offset 10: label 12 of record 2 is out of range, expected 0..9", e.getMessage());
    }

    @Test
    void namesBothCandidatesWhenAFolderLacksTheFiles() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> MnistReader.readFolder(temp, "train", PixelScaling.UNIT));

        assertTrue(e.getMessage().contains("neither train-images-idx3-ubyte.gz nor train-images-idx3-ubyte exists"),
                e.getMessage());
    }
}
