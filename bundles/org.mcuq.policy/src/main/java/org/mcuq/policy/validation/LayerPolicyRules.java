package org.mcuq.policy.validation;

import static org.mcuq.policy.validation.PolicyValidator.MAX_BITS;
import static org.mcuq.policy.validation.PolicyValidator.MIN_BITS;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage.Literals;

/** Per-layer rules: a name, bit widths in range, weight steps positive, activation step not negative. */
final class LayerPolicyRules {

  private LayerPolicyRules() {
  }

  static boolean checkName(LayerPolicy layer, DiagnosticChain diagnostics) {
    if (layer.getLayerName() != null && !layer.getLayerName().isBlank()) {
      return true;
    }
    return Problems.report(diagnostics, PolicyValidator.MISSING_LAYER_NAME,
        Problems.label(layer) + ": layerName is empty. Set it to the name of the model layer this policy is for.",
        layer, Literals.LAYER_POLICY__LAYER_NAME);
  }

  static boolean checkBits(LayerPolicy layer, DiagnosticChain diagnostics) {
    return checkBits(layer, Literals.LAYER_POLICY__WEIGHT_BITS, layer.getWeightBits(), diagnostics)
        & checkBits(layer, Literals.LAYER_POLICY__ACTIVATION_BITS, layer.getActivationBits(), diagnostics);
  }

  private static boolean checkBits(LayerPolicy layer, EAttribute field, int bits, DiagnosticChain diagnostics) {
    if (bits >= MIN_BITS && bits <= MAX_BITS) {
      return true;
    }
    return Problems.report(diagnostics, PolicyValidator.BITS_OUT_OF_RANGE,
        Problems.label(layer) + ": " + field.getName() + " is " + bits + ", outside the supported range "
            + MIN_BITS + ".." + MAX_BITS + ". Set " + field.getName() + " to a value from " + MIN_BITS + " to "
            + MAX_BITS + ".",
        layer, field);
  }

  static boolean checkSteps(LayerPolicy layer, DiagnosticChain diagnostics) {
    return checkWeightSteps(layer, diagnostics) & checkActivationStep(layer, diagnostics);
  }

  private static boolean checkWeightSteps(LayerPolicy layer, DiagnosticChain diagnostics) {
    List<String> bad = new ArrayList<>();
    List<Float> steps = layer.getWeightSteps();
    for (int channel = 0; channel < steps.size(); channel++) {
      if (!(steps.get(channel) > 0f)) {
        bad.add("[" + channel + "] = " + steps.get(channel));
      }
    }
    if (bad.isEmpty()) {
      return true;
    }
    return Problems.report(diagnostics, PolicyValidator.NON_POSITIVE_WEIGHT_STEP,
        Problems.label(layer) + ": weightSteps has " + bad.size() + " step(s) that are not positive: "
            + String.join(", ", bad.subList(0, Math.min(5, bad.size()))) + (bad.size() > 5 ? ", ..." : "")
            + ". Each output channel's step must be > 0; fix those values or clear weightSteps to calibrate.",
        layer, Literals.LAYER_POLICY__WEIGHT_STEPS);
  }

  private static boolean checkActivationStep(LayerPolicy layer, DiagnosticChain diagnostics) {
    float step = layer.getActivationStep();
    if (step >= 0f) {
      return true;
    }
    return Problems.report(diagnostics, PolicyValidator.INVALID_ACTIVATION_STEP,
        Problems.label(layer) + ": activationStep is " + step + ". Set it to a positive step, or to 0 to calibrate.",
        layer, Literals.LAYER_POLICY__ACTIVATION_STEP);
  }
}
