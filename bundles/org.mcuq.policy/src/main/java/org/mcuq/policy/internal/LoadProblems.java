package org.mcuq.policy.internal;

import java.io.CharConversionException;

import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.mcuq.policy.PolicyPackage;
import org.xml.sax.SAXParseException;

/** Says in one phrase what went wrong while EMF parsed a policy file, with the position when known. */
final class LoadProblems {

  private LoadProblems() {
  }

  static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String text = describeKnown(cause);
      if (text != null) {
        return text;
      }
    }
    return "it could not be parsed (" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")";
  }

  private static String describeKnown(Throwable cause) {
    if (cause instanceof SAXParseException sax) {
      return "it is not well-formed XML: " + sentence(sax.getMessage()) + at(sax.getLineNumber(), sax.getColumnNumber());
    }
    if (cause instanceof PackageNotFoundException missing) {
      return "it is not an MCUQ policy: " + namespace(missing.uri()) + ", expected '" + PolicyPackage.eNS_URI + "'"
          + at(missing.getLine(), missing.getColumn());
    }
    if (cause instanceof XMIException xmi) {
      return "it does not match the policy format: " + sentence(xmi.getMessage()) + at(xmi.getLine(), xmi.getColumn());
    }
    if (cause instanceof CharConversionException encoding) {
      return "it is not a UTF-8 text file (" + sentence(encoding.getMessage()) + ")";
    }
    return null;
  }

  private static String namespace(String uri) {
    return uri == null || uri.equals("null") ? "its root element has no XML namespace" : "its namespace is '" + uri + "'";
  }

  /** The message's first sentence without its full stop; EMF appends the location as ". (uri, line, column)". */
  private static String sentence(String message) {
    String text = String.valueOf(message);
    int location = text.indexOf(". (");
    text = location < 0 ? text : text.substring(0, location);
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String at(int line, int column) {
    return line > 0 ? " (line " + line + ", column " + column + ")" : "";
  }
}
