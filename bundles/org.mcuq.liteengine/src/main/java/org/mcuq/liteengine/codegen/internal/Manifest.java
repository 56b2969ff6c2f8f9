package org.mcuq.liteengine.codegen.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mcuq.liteengine.codegen.CodeGenerationException;

/**
 * The {@code .mcuq-manifest} of a generated project: one line {@code <sha256>  <relative path>} per file the
 * generator wrote, so that a later regeneration can tell its own untouched files from edited or foreign ones.
 */
public final class Manifest {

    public static final String FILE_NAME = ".mcuq-manifest";
    private static final String HEADER = "# Files written by MCUQ LiteEngine and their SHA-256 at generation time."
            + " Do not edit.\n";

    private final Map<String, String> hashes;

    public Manifest(Map<String, String> hashes) {
        this.hashes = new LinkedHashMap<>(hashes);
    }

    public static Manifest read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        Map<String, String> hashes = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new Manifest(hashes);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("  ", 2);
                if (parts.length != 2 || parts[0].length() != 64) {
                    throw new CodeGenerationException("The manifest " + file + " has a malformed line '" + line
                            + "'; restore it, or delete it and regenerate into an empty folder");
                }
                hashes.put(parts[1], parts[0]);
            }
        } catch (IOException e) {
            throw new CodeGenerationException("Could not read the manifest " + file + ": " + e.getMessage(), e);
        }
        return new Manifest(hashes);
    }

    public Map<String, String> hashes() {
        return hashes;
    }

    public boolean lists(String path) {
        return hashes.containsKey(path);
    }

    /** Whether the file on disk still has the content the generator wrote. */
    public boolean unchanged(Path directory, String path) {
        return hashes.get(path).equals(sha256(directory.resolve(path)));
    }

    public String render() {
        StringBuilder text = new StringBuilder(HEADER);
        hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CodeGenerationException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
