package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;

/** The {@code mcuq-model.json} entry supplies the input shape DL4J does not save. */
class ZipMetadataTest {

    @TempDir
    Path temp;

    @Test
    void recordedInputShapeResolvesAnAmbiguousSize() throws IOException, ModelImportException {
        Path zip = ambiguousZip();
        addEntry(zip, "{\"inputShape\": [9, 8, 2], \"inputScaling\": \"none\"}");

        Network network = ModelImporter.load(zip);

        assertEquals(new Shape(9, 8, 2), network.inputLayer().shape());
        assertEquals(new Shape(3, 3, 3), network.shapeOf("pool"));
    }

    @Test
    void anExplicitShapeOverridesTheRecordedOne() throws IOException, ModelImportException {
        Path zip = ambiguousZip();
        addEntry(zip, "{\"inputShape\": [9, 9, 2]}");

        assertEquals(new Shape(8, 8, 2), ModelImporter.load(zip, new Shape(8, 8, 2)).inputLayer().shape());
    }

    @Test
    void rejectsMalformedMetadata() throws IOException {
        Path zip = ambiguousZip();
        addEntry(zip, "{\"inputShape\": [8, 0]}");

        ModelImportException e = assertThrows(ModelImportException.class, () -> ModelImporter.load(zip));

        assertEquals(zip + ": mcuq-model.json must hold \"inputShape\": [height, width, channels] with positive"
                + " integers, found [8,0]", e.getMessage());
    }

    /** A network that input sizes 8 and 9 both fit (conv 3x3 valid, then max-pool stride 2). */
    private Path ambiguousZip() throws IOException {
        return SyntheticNetworks.save(SyntheticNetworks.convPoolDense(8, 8, 2, 11), temp.resolve("net.zip"));
    }

    private static void addEntry(Path zip, String json) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Files.writeString(fs.getPath("mcuq-model.json"), json);
        }
    }
}
