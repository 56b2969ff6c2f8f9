package org.mcuq.policy.resource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A policy file that exists but cannot be read as a quantization policy: empty, not XML, truncated, written
 * for another model, or holding values of the wrong type. The message names the file and says what is wrong.
 */
public final class PolicyFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private static final String HOW_TO_FIX = "Repair the file in a text editor, restore it from version control,"
      + " or create a new policy for the model.";

  private final transient Path file;
  private final String problem;

  public PolicyFormatException(Path file, String problem, Throwable cause) {
    super("Cannot read quantization policy '" + file.getFileName() + "' (" + file.toAbsolutePath() + "): "
        + problem + ". " + HOW_TO_FIX, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The file that could not be read. */
  public Path getFile() {
    return file;
  }

  /** What is wrong with the file, without the file name and the advice. */
  public String getProblem() {
    return problem;
  }
}
