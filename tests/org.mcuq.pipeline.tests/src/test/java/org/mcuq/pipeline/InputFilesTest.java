package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.data.Dataset;
import org.mcuq.data.IdxArray;
import org.mcuq.data.IdxFile;
import org.mcuq.data.PixelScaling;
import org.mcuq.ir.Shape;
import org.mcuq.pipeline.internal.InputConvention;
import org.mcuq.pipeline.internal.InputFiles;

/** Reading --input and --data files: IDX images scaled as the model expects, raw float32, clear size errors. */
class InputFilesTest {

    private static final Shape MNIST = new Shape(28, 28, 1);

    @TempDir
    Path dir;

    private final InputConvention unit = InputConvention.of(Example.model(), MNIST);

    @Test
    void theExampleModelRecordsItsScaling() {
        assertEquals(PixelScaling.UNIT, unit.scaling());
        assertTrue(unit.description().contains("recorded in the model"), unit.description());
    }

    @Test
    void anIdxImageIsScaledLikeTheDatasetReaderDoes() throws Exception {
        Dataset digits = Example.digits();
        assertArrayEquals(digits.sample(0), InputFiles.readOne(InputRef.of(Example.images()), MNIST, unit));
        assertArrayEquals(digits.sample(17), InputFiles.readOne(Example.image(17), MNIST, unit));
        List<float[]> first = InputFiles.readMany(Example.images(), MNIST, unit, 3);
        assertEquals(3, first.size());
        assertArrayEquals(digits.sample(2), first.get(2));
    }

    @Test
    void aRawFileRoundTripsAndMustHoldExactlyOneInput() throws Exception {
        float[] values = new float[MNIST.elements()];
        values[5] = -1.5f;
        values[783] = 3e-7f;
        Path raw = dir.resolve("x.f32");
        InputFiles.writeRaw(raw, values);
        assertArrayEquals(values, InputFiles.readOne(InputRef.of(raw), MNIST, unit));
        Path longer = Files.write(dir.resolve("y.f32"), new byte[4 * 785]);
        InputFileException e = assertThrows(InputFileException.class,
                () -> InputFiles.readOne(InputRef.of(longer), MNIST, unit));
        assertTrue(e.getMessage().contains("3,140 bytes") && e.getMessage().contains("3,136 bytes"), e.getMessage());
        InputFileException indexed = assertThrows(InputFileException.class,
                () -> InputFiles.readOne(new InputRef(raw, OptionalInt.of(1)), MNIST, unit));
        assertTrue(indexed.getMessage().contains("raw float32 file, which holds a single input"),
                indexed.getMessage());
    }

    @Test
    void idxProblemsNameTheFileAndWhatWasExpected() throws Exception {
        InputFileException range = assertThrows(InputFileException.class,
                () -> InputFiles.readOne(Example.image(1000), MNIST, unit));
        assertTrue(range.getMessage().contains("holds 1,000 images, numbered 0..999"), range.getMessage());
        Path labels = Example.folder().resolve("mnist-test-1k-labels-idx1-ubyte.gz");
        InputFileException notImages = assertThrows(InputFileException.class,
                () -> InputFiles.readOne(InputRef.of(labels), MNIST, unit));
        assertTrue(notImages.getMessage().contains("not images"), notImages.getMessage());
        Path small = dir.resolve("small.idx");
        IdxFile.write(small, new IdxArray(new int[] {2, 10, 10}, new byte[200]));
        InputFileException shape = assertThrows(InputFileException.class,
                () -> InputFiles.readOne(InputRef.of(small), MNIST, unit));
        assertTrue(shape.getMessage().contains("holds 10x10x1 images but the model takes 28x28x1"),
                shape.getMessage());
    }

    @Test
    void calibrationDataMustHoldWholeInputs() throws Exception {
        Path raw = Files.write(dir.resolve("three.f32"), new byte[3 * 3136]);
        assertEquals(2, InputFiles.readMany(raw, MNIST, unit, 2).size());
        Path ragged = Files.write(dir.resolve("ragged.f32"), new byte[3136 + 8]);
        InputFileException e = assertThrows(InputFileException.class,
                () -> InputFiles.readMany(ragged, MNIST, unit, 10));
        assertTrue(e.getMessage().contains("3,144 bytes") && e.getMessage().contains("3,136 bytes each"),
                e.getMessage());
    }

    @Test
    void anInputReferenceTakesTheImageNumberAfterTheLastHash() {
        InputRef ref = InputRef.parse("digits.idx#12");
        assertEquals(Path.of("digits.idx"), ref.file());
        assertEquals(OptionalInt.of(12), ref.index());
        assertEquals(OptionalInt.empty(), InputRef.parse("digits.idx").index());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputRef.parse("digits.idx#x"));
        assertTrue(e.getMessage().contains("non-negative integer"), e.getMessage());
    }

    @Test
    void scalingRulesFromModelMetadataAreParsed() {
        assertEquals(Optional.of(new PixelScaling(128f, 255f)), InputConvention.parse("(pixel - 128) / 255"));
        assertEquals(Optional.of(PixelScaling.CENTERED), InputConvention.parse("pixel - 128"));
        assertEquals(Optional.of(PixelScaling.RAW), InputConvention.parse("pixel"));
        assertEquals(Optional.empty(), InputConvention.parse("pixel * 2"));
    }

    @Test
    void withoutMetadataMnistShapedInputsAreDividedBy255AndOthersTakeRawPixels() {
        Shape cifar = new Shape(32, 32, 3);
        InputConvention raw = InputConvention.of(Example.images(), cifar);
        assertEquals(PixelScaling.RAW, raw.scaling());
        assertEquals(0f, raw.low());
        assertEquals(255f, raw.high());
        assertEquals(PixelScaling.UNIT, InputConvention.of(Example.images(), MNIST).scaling());
    }
}
