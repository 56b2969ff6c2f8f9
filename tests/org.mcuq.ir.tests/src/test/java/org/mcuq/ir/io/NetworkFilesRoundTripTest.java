package org.mcuq.ir.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcuq.ir.io.NetworkAssertions.assertSameNetwork;
import static org.mcuq.ir.io.NetworkAssertions.rawBits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.ir.Activation;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Fixtures;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;

/** Networks written with {@link NetworkFiles} read back equal in every field and every weight bit. */
class NetworkFilesRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void everyLayerTypeRoundTripsExactly() throws IOException {
        Network network = AllLayersNetwork.build(1);
        Set<OpType> ops = network.layers().stream().map(Layer::op).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(OpType.class), ops, "the fixture covers every layer type");

        Network read = writeAndRead(network, "all.mcuqnet");

        assertSameNetwork(network, read);
        assertEquals(network.toString(), read.toString());
    }

    @Test
    void floatInferenceIsBitIdenticalAfterTheRoundTrip() throws IOException {
        Network network = AllLayersNetwork.build(2);
        Network read = writeAndRead(network, "all.mcuqnet");
        Random random = new Random(3);
        for (int i = 0; i < 5; i++) {
            float[] input = Fixtures.uniform(random, AllLayersNetwork.INPUT.elements(), 2);

            assertArrayEquals(rawBits(FloatInference.run(network, input)), rawBits(FloatInference.run(read, input)),
                    "input " + i);
        }
    }

    @Test
    void specialFloatValuesKeepTheirExactBits() throws IOException {
        float[] weights = {-0f, 0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY,
            Float.POSITIVE_INFINITY, Float.intBitsToFloat(0x7fc01234), Float.intBitsToFloat(0xffa00001), 1e-38f,
            0.1f, (float) Math.PI};
        Network network = new Network("specials", List.of(new InputLayer("in", new Shape(1, 1, 1)),
                new Conv2D("conv", "in", 1, 1, 1, 1, Padding.VALID, 12, weights, weights.clone(), Activation.NONE),
                new BatchNorm("bn", "conv", weights, weights, weights, weights, Float.MIN_VALUE)));

        Network read = writeAndRead(network, "specials.mcuqnet");

        assertSameNetwork(network, read);
        assertEquals(Float.floatToRawIntBits(Float.MIN_VALUE),
                Float.floatToRawIntBits(((BatchNorm) read.layer("bn")).epsilon()));
    }

    @Test
    void theSameNetworkGivesByteIdenticalFiles() throws IOException {
        Path first = temp.resolve("first.mcuqnet");
        Path second = temp.resolve("second.mcuqnet");
        NetworkFiles.write(AllLayersNetwork.build(4), Map.of("inputScaling", "pixel / 255"), first);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            NetworkFiles.write(AllLayersNetwork.build(4), Map.of("inputScaling", "pixel / 255"), second);
        } finally {
            TimeZone.setDefault(zone);
        }

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        NetworkFiles.write(NetworkFiles.read(first), NetworkFiles.readMetadata(first), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "written again after reading");
    }

    @Test
    void metadataRoundTripsAndUsesTheEntryOfMcuqModelZips() throws IOException {
        Path file = temp.resolve("tuned.mcuqnet");
        Map<String, String> metadata = Map.of(NetworkFiles.INPUT_SCALING, "pixel / 255", "source",
                "lenet5 \"fine-tuned\"\n(LSQ)");

        NetworkFiles.write(AllLayersNetwork.build(5), metadata, file);

        assertEquals(metadata, NetworkFiles.readMetadata(file));
        assertEquals(List.of("inputScaling", "source"), List.copyOf(NetworkFiles.readMetadata(file).keySet()));
        assertTrue(entry(file, "mcuq-model.json").contains("\"inputScaling\": \"pixel / 255\""),
                "the pipeline's InputConvention looks for this field in mcuq-model.json");
    }

    @Test
    void aFileWithoutMetadataHasAnEmptyMap() throws IOException {
        Path file = temp.resolve("plain.mcuqnet");
        NetworkFiles.write(AllLayersNetwork.build(6), file);

        assertEquals(Map.of(), NetworkFiles.readMetadata(file));
    }

    @Test
    void theFileHoldsReadableJsonAndOneFloat32EntryPerTensor() throws IOException {
        Path file = temp.resolve("all.mcuqnet");
        Network network = AllLayersNetwork.build(7);
        NetworkFiles.write(network, file);

        String json = entry(file, "network.json");
        assertTrue(json.contains("\"formatVersion\": 1"), json);
        assertTrue(json.contains("{\"type\": \"CONV2D\", \"name\": \"conv\", \"inputs\": [\"pad\"], \"activation\":"
                + " \"RELU\", \"kernel\": [3, 2], \"stride\": [1, 1], \"padding\": \"VALID\", \"outChannels\": 4,"
                + " \"weights\": {\"entry\": \"tensors/2-weights.f32\", \"shape\": [3, 2, 3, 4]}, \"bias\":"
                + " {\"entry\": \"tensors/2-bias.f32\", \"shape\": [4]}}"), json);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(2 + 3 * 2 + 4, zip.stream().count(), "JSON entries + 2 per weighted layer + 4 for bn");
            float[] weights = ((Conv2D) network.layer("conv")).weights();
            assertEquals(4L * weights.length, zip.getEntry("tensors/2-weights.f32").getSize());
        }
    }

    @Test
    void isNetworkFileKnowsByNameOrContent() throws IOException {
        Path named = Files.writeString(temp.resolve("junk.mcuqnet"), "junk");
        Path content = temp.resolve("network.zip");
        NetworkFiles.write(AllLayersNetwork.build(8), content);
        Path other = Files.writeString(temp.resolve("other.zip"), "junk");

        assertTrue(NetworkFiles.isNetworkFile(named));
        assertTrue(NetworkFiles.isNetworkFile(content));
        assertEquals(false, NetworkFiles.isNetworkFile(other));
    }

    private Network writeAndRead(Network network, String name) throws IOException {
        Path file = temp.resolve(name);
        NetworkFiles.write(network, file);
        return NetworkFiles.read(file);
    }

    static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
