package org.mcuq.emf.codegen;

/** A problem with the generator's input that the user has to fix; the message says what and how. */
final class CodegenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CodegenException(String message) {
    super(message);
  }

  CodegenException(String message, Throwable cause) {
    super(message, cause);
  }
}
