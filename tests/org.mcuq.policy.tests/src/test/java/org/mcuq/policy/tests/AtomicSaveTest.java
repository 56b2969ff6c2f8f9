package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;

/**
 * Saving must never damage the file already on disk. The failure used here is real: XML 1.0 cannot represent
 * U+0001, so EMF's serialiser throws in the middle of writing a policy whose layer name contains it.
 */
class AtomicSaveTest {

  @TempDir
  Path dir;

  @Test
  void failedSaveKeepsTheExistingFileByteForByte() throws IOException {
    Path file = dir.resolve("policy.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), file);
    byte[] before = Files.readAllBytes(file);

    IOException failure = assertThrows(IOException.class, () -> PolicyResources.save(unserialisable(), file));

    assertArrayEquals(before, Files.readAllBytes(file));
    assertTrue(EcoreUtil.equals(SamplePolicies.fullyPopulated(), PolicyResources.load(file)));
    assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
    assertTrue(failure.getMessage().contains("invalid XML character"), failure.getMessage());
  }

  @Test
  void failedSaveLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("policy.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), file);

    assertThrows(IOException.class, () -> PolicyResources.save(unserialisable(), file));

    assertEquals(List.of(file), filesIn(dir));
  }

  @Test
  void failedSaveOfANewFileCreatesNothing() throws IOException {
    Path file = dir.resolve("new.mcuq");

    assertThrows(IOException.class, () -> PolicyResources.save(unserialisable(), file));

    assertEquals(List.of(), filesIn(dir));
  }

  @Test
  void saveOntoANonEmptyFolderFailsWithoutLeftovers() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("taken.mcuq"));
    Path inside = Files.writeString(folder.resolve("keep.txt"), "keep");

    assertThrows(IOException.class, () -> PolicyResources.save(SamplePolicies.fullyPopulated(), folder));

    assertEquals(List.of(folder), filesIn(dir));
    assertEquals("keep", Files.readString(inside));
  }

  @Test
  void successfulSaveReplacesTheOldContent() throws IOException {
    Path file = dir.resolve("policy.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), file);
    QuantizationPolicy replacement = SamplePolicies.validWithLayers("a", "b", "c");

    PolicyResources.save(replacement, file);

    assertTrue(EcoreUtil.equals(replacement, PolicyResources.load(file)));
    assertEquals(List.of(file), filesIn(dir));
  }

  @Test
  void saveKeepsThePermissionsOfTheReplacedFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("policy.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    PolicyResources.save(SamplePolicies.validWithLayers("a"), file);

    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  private static QuantizationPolicy unserialisable() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getLayers().get(1).setLayerName("dense\u0001");
    return policy;
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }
}
