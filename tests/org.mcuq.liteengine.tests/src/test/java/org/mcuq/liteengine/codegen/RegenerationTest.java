package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.pipeline.BoardFirmware;

/** The output-folder policy: manifest, force, edited and foreign files. */
class RegenerationTest {

    private static final Target M4 = BoardFirmware.target(Board.QEMU_M4);
    private static final GenerationOptions FORCE = GenerationOptions.defaults().withForce(true);

    @TempDir
    Path dir;

    @Test
    void aNonEmptyFolderIsRefusedWithoutForce() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CodeGenerationException e = assertThrows(CodeGenerationException.class,
                () -> CodeGenerator.generate(ops(1), M4, dir));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("force"), e.getMessage());
        assertEquals(List.of("notes.txt"), listing());
    }

    @Test
    void everyWrittenFileIsInTheManifestWithItsHash() throws IOException {
        GeneratedProject project = CodeGenerator.generate(ops(1), M4, dir);
        String manifest = Files.readString(dir.resolve(".mcuq-manifest"));
        for (String file : project.files()) {
            String hash = sha256(Files.readAllBytes(dir.resolve(file)));
            assertTrue(manifest.contains(hash + "  " + file + "\n"), file + " missing from the manifest");
        }
        assertTrue(project.files().containsAll(List.of("network.c", "network.h", "network_layers.h", "main.c",
                "network_input.c", "Makefile", "mcuq.ld", "mcuq.h", "liteengine_ops.h")), project.files().toString());
    }

    @Test
    void forceReplacesUnchangedFilesDeletesStaleOnesAndLeavesForeignFilesAlone() throws IOException {
        GeneratedProject first = CodeGenerator.generate(ops(1), M4, dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        String before = Files.readString(dir.resolve("network.c"));
        GeneratedProject second = CodeGenerator.generate(small(2), M4, dir, FORCE);
        assertNotEquals(before, Files.readString(dir.resolve("network.c")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        List<String> stale = first.files().stream().filter(f -> !second.files().contains(f)).toList();
        assertFalse(stale.isEmpty(), "the smaller network should drop layer files");
        assertEquals(stale, second.deleted());
        stale.forEach(f -> assertFalse(Files.exists(dir.resolve(f)), f));
    }

    @Test
    void anEditedNetworkFileIsRefusedByNameAndNothingIsWritten() throws IOException {
        CodeGenerator.generate(ops(1), M4, dir);
        Path layer = firstLayerFile();
        Files.writeString(layer, Files.readString(layer) + "\n/* my change */\n");
        String header = Files.readString(dir.resolve("network.h"));
        CodeGenerationException e = assertThrows(CodeGenerationException.class,
                () -> CodeGenerator.generate(ops(7), M4, dir, FORCE));
        assertTrue(e.getMessage().contains(layer.getFileName() + " was edited"), e.getMessage());
        assertEquals(header, Files.readString(dir.resolve("network.h")));
        assertTrue(Files.readString(layer).contains("my change"));
    }

    @Test
    void anEditedMainIsKeptAsTheUsersAndStaysKept() throws IOException {
        CodeGenerator.generate(ops(1), M4, dir);
        Files.writeString(dir.resolve("main.c"), "int main(void) { return 0; }\n");
        GeneratedProject again = CodeGenerator.generate(ops(7), M4, dir, FORCE);
        assertEquals(List.of("main.c"), again.kept());
        assertEquals("int main(void) { return 0; }\n", Files.readString(dir.resolve("main.c")));
        assertFalse(Files.readString(dir.resolve(".mcuq-manifest")).contains("  main.c\n"));
        assertEquals(List.of("main.c"), CodeGenerator.generate(ops(8), M4, dir, FORCE).kept());
    }

    @Test
    void aForeignFileInTheWayOfAGeneratedOneIsRefused() throws IOException {
        Files.writeString(dir.resolve("network.c"), "/* somebody else's */\n");
        CodeGenerationException e = assertThrows(CodeGenerationException.class,
                () -> CodeGenerator.generate(ops(1), M4, dir, FORCE));
        assertTrue(e.getMessage().contains("network.c exists but was not written by the generator"), e.getMessage());
    }

    @Test
    void theTestInputMustFitTheInputTensor() {
        QuantizedNetwork q = ops(1);
        CodeGenerationException length = assertThrows(CodeGenerationException.class, () -> CodeGenerator
                .generate(q, M4, dir, GenerationOptions.defaults().withTestInput(new int[5])));
        assertTrue(length.getMessage().contains("243"), length.getMessage());
        int[] input = new int[OpsNetwork.INPUT.elements()];
        input[4] = 1000;
        CodeGenerationException range = assertThrows(CodeGenerationException.class, () -> CodeGenerator
                .generate(q, M4, dir, GenerationOptions.defaults().withTestInput(input)));
        assertTrue(range.getMessage().contains("1000"), range.getMessage());
    }

    @Test
    void aNetworkLargerThanTheTargetsRamIsRefused() {
        Target tiny = new Target(M4.core(), new TargetMemory(0, 1 << 20, 0x2000_0000L, 800, 512), M4.firmware());
        CodeGenerationException e = assertThrows(CodeGenerationException.class,
                () -> CodeGenerator.generate(ops(1), tiny, dir));
        assertTrue(e.getMessage().contains("RAM") && e.getMessage().contains("has 800"), e.getMessage());
    }

    private Path firstLayerFile() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("network_l")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    private List<String> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static QuantizedNetwork ops(long seed) {
        return quantize(OpsNetwork.build(seed), seed);
    }

    private static QuantizedNetwork small(long seed) {
        return Quantizer.quantize(TestNetworks.mixed(seed), QuantizationSpec.uniform(4, 4),
                TestNetworks.inputs(new Random(seed), 3, new org.mcuq.ir.Shape(10, 10, 2), 0, 1));
    }

    private static QuantizedNetwork quantize(Network network, long seed) {
        return Quantizer.quantize(network, QuantizationSpec.uniform(4, 4),
                TestNetworks.inputs(new Random(seed), 3, OpsNetwork.INPUT, -1, 1));
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
