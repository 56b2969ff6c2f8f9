package org.mcuq.emf.codegen;

import org.eclipse.emf.common.util.Diagnostic;

/** Renders an EMF diagnostic tree as indented lines, errors and warnings only. */
final class DiagnosticText {

  private DiagnosticText() {
  }

  static String describe(Diagnostic diagnostic) {
    StringBuilder text = new StringBuilder();
    append(text, diagnostic, "  ");
    return text.toString();
  }

  private static void append(StringBuilder text, Diagnostic diagnostic, String indent) {
    if (diagnostic.getSeverity() < Diagnostic.WARNING) {
      return;
    }
    String severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? "error" : "warning";
    text.append(indent).append(severity).append(": ").append(diagnostic.getMessage()).append('\n');
    for (Diagnostic child : diagnostic.getChildren()) {
      append(text, child, indent + "  ");
    }
  }
}
