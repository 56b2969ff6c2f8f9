package org.mcuq.policy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file in one step: content goes to a temporary sibling, is forced to disk and then renamed over the
 * target. Readers see either the old or the new file, never a partial one; on failure the sibling is removed.
 */
public final class AtomicFileWriter {

  /** Writes the new content; may throw, in which case the target is left alone. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path target;

  public AtomicFileWriter(Path target) {
    this.target = target.toAbsolutePath();
  }

  public void write(Content content) throws IOException {
    Path temp = createSibling();
    boolean replaced = false;
    try {
      writeAndForce(temp, content);
      keepPermissionsOfTarget(temp);
      replaceTarget(temp);
      replaced = true;
    } finally {
      if (!replaced) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private Path createSibling() throws IOException {
    String name = "." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
    // createFile, not createTempFile, so the file gets the usual umask permissions rather than 0600.
    return Files.createFile(target.resolveSibling(name));
  }

  private static void writeAndForce(Path temp, Content content) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      content.writeTo(out);
      out.flush();
      channel.force(true);
    }
  }

  private void keepPermissionsOfTarget(Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null && Files.isRegularFile(target)) {
      Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
    }
  }

  private void replaceTarget(Path temp) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
