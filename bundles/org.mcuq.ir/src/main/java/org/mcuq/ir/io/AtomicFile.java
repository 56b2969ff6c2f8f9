package org.mcuq.ir.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file in one step: the content is written to a hidden temporary file in the same folder, forced to
 * disk and renamed over the target. Readers see the old file or the new one, never a partial one; if anything
 * fails the temporary file is deleted and the target is left as it was. Every MCUQ module that saves a user's
 * file goes through here.
 */
public final class AtomicFile {

    /** Produces the file's content; may fail, in which case nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createSibling(absolute);
        try {
            writeAndForce(temp, content);
            replace(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code text} as UTF-8, creating the file's folder if needed. */
    public static void writeString(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** createFile rather than createTempFile, so the new file gets the usual permissions, not 0600. */
    private static Path createSibling(Path target) throws IOException {
        String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp"));
    }

    private static void writeAndForce(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
