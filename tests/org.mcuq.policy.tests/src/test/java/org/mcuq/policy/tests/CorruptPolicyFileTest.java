package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.policy.resource.PolicyFormatException;
import org.mcuq.policy.resource.PolicyResources;

/** Each broken file must give a PolicyFormatException that names the file and says what is wrong. */
class CorruptPolicyFileTest {

  @TempDir
  Path dir;

  private byte[] goodPolicy;

  @BeforeEach
  void saveAGoodPolicy() throws IOException {
    Path good = dir.resolve("good.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), good);
    goodPolicy = Files.readAllBytes(good);
  }

  @Test
  void emptyFile() throws IOException {
    PolicyFormatException e = loadBroken("empty.mcuq", new byte[0]);

    assertEquals("the file is empty", e.getProblem());
  }

  @Test
  void truncatedXmi() throws IOException {
    PolicyFormatException e = loadBroken("truncated.mcuq", Arrays.copyOf(goodPolicy, goodPolicy.length / 2));

    assertTrue(e.getProblem().startsWith("it is not well-formed XML"), e.getProblem());
    assertTrue(e.getProblem().contains("(line "), e.getProblem());
  }

  @Test
  void randomBytes() throws IOException {
    byte[] noise = new byte[4096];
    new Random(20261125L).nextBytes(noise);

    PolicyFormatException e = loadBroken("noise.mcuq", noise);

    assertTrue(e.getProblem().startsWith("it is not"), e.getProblem());
  }

  @Test
  void plainTextIsNotXml() throws IOException {
    PolicyFormatException e = loadBroken("notes.mcuq", "weightBits = 4\n".getBytes(StandardCharsets.UTF_8));

    assertTrue(e.getProblem().startsWith("it is not well-formed XML"), e.getProblem());
  }

  @Test
  void xmlOfAnotherModel() throws IOException {
    String ecore = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<other:Thing xmi:version=\"2.0\""
        + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:other=\"http://example.org/other\"/>\n";

    PolicyFormatException e = loadBroken("other.mcuq", ecore.getBytes(StandardCharsets.UTF_8));

    assertTrue(e.getProblem().contains("'http://example.org/other'"), e.getProblem());
    assertTrue(e.getProblem().contains("http://mcuq.org/policy/1.0"), e.getProblem());
  }

  @Test
  void valueOfTheWrongType() throws IOException {
    PolicyFormatException e = loadBroken("bad-value.mcuq", edited("weightBits=\"4\"", "weightBits=\"four\""));

    assertTrue(e.getProblem().contains("four"), e.getProblem());
    assertTrue(e.getProblem().contains("(line "), e.getProblem());
  }

  @Test
  void unknownAttribute() throws IOException {
    PolicyFormatException e = loadBroken("unknown.mcuq", edited("weightBits=\"4\"", "weightBits=\"4\" shadowBits=\"3\""));

    assertTrue(e.getProblem().contains("shadowBits"), e.getProblem());
  }

  @Test
  void missingFileIsNotAFormatProblem() {
    Path missing = dir.resolve("missing.mcuq");

    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> PolicyResources.load(missing));

    assertTrue(e.getMessage().contains("missing.mcuq"), e.getMessage());
  }

  private byte[] edited(String from, String to) {
    String xml = new String(goodPolicy, StandardCharsets.UTF_8);
    assertTrue(xml.contains(from), "sample file no longer contains " + from);
    return xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  private PolicyFormatException loadBroken(String name, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve(name), content);

    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyResources.load(file));

    assertEquals(file, e.getFile());
    assertTrue(e.getMessage().startsWith("Cannot read quantization policy '" + name + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(e.getProblem()), e.getMessage());
    assertTrue(e.getMessage().contains("restore it from version control"), e.getMessage());
    return e;
  }
}
