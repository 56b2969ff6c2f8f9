package org.mcuq.policy.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;

/** Builds the validator's error diagnostics and the layer labels used in their messages. */
final class Problems {

  private Problems() {
  }

  /** Adds an ERROR to {@code diagnostics} (which may be null when only the verdict is wanted); returns false. */
  static boolean report(DiagnosticChain diagnostics, int code, String message, Object... data) {
    if (diagnostics != null) {
      diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, PolicyValidator.DIAGNOSTIC_SOURCE, code, message, data));
    }
    return false;
  }

  /** "Layer 'conv1'", or "Layer #3 (no name)" when the name is missing. */
  static String label(LayerPolicy layer) {
    if (layer.getLayerName() != null && !layer.getLayerName().isBlank()) {
      return "Layer '" + layer.getLayerName() + "'";
    }
    return layer.eContainer() instanceof QuantizationPolicy policy
        ? "Layer #" + (policy.getLayers().indexOf(layer) + 1) + " (no name)"
        : "Layer (no name)";
  }
}
