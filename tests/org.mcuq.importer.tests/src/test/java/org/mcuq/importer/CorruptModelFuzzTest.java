package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.ir.Network;

/**
 * Truncated and bit-flipped copies of the real models (30 variants, seeded): each must import to a valid network
 * or fail with a one-line {@link ModelImportException}, never another exception, never hang.
 */
class CorruptModelFuzzTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final int HEADER_REGION = 4096;

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> truncatedAndBitFlippedModelsFailCleanly() throws IOException {
        List<DynamicTest> cases = new ArrayList<>();
        cases.addAll(variants(TestModels.resnet8(), "resnet8", 1));
        cases.addAll(variants(TestModels.lenetZip(), "lenet", 2));
        return cases.stream();
    }

    private static List<DynamicTest> variants(Path model, String name, long seed) throws IOException {
        byte[] original = Files.readAllBytes(model);
        int n = original.length;
        List<DynamicTest> cases = new ArrayList<>();
        for (int length : new int[] {7, 512, HEADER_REGION, n / 4, n / 2, 3 * n / 4, n - 64, n - 1}) {
            cases.add(importCase(name + " truncated to " + length + " bytes", name + "-cut" + length,
                    Arrays.copyOf(original, length)));
        }
        Random random = new Random(seed);
        for (int i = 0; i < 7; i++) {
            int region = i % 2 == 0 ? Math.min(HEADER_REGION, n) : n;
            byte[] flipped = original.clone();
            int offset = random.nextInt(region);
            int bit = random.nextInt(8);
            flipped[offset] ^= (byte) (1 << bit);
            cases.add(importCase(name + " with bit " + bit + " of byte " + offset + " flipped",
                    name + "-flip" + i, flipped));
        }
        return cases;
    }

    private static DynamicTest importCase(String display, String fileStem, byte[] content) {
        return DynamicTest.dynamicTest(display, () -> {
            Path file = Files.write(temp.resolve(fileStem + ".bin"), content);
            assertTimeoutPreemptively(TIME_LIMIT, () -> importOrFailCleanly(file));
        });
    }

    private static void importOrFailCleanly(Path file) {
        try {
            Network network = ModelImporter.load(file);
            assertTrue(network.layers().size() > 1, "imported a network with layers");
        } catch (ModelImportException e) {
            String message = e.getMessage();
            assertTrue(message != null && message.contains(file.toString()) || message.startsWith("Layer"),
                    "names the file: " + message);
            assertFalse(message.contains("\n"), "one line: " + message);
        }
    }
}
