package org.mcuq.policy.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage.Literals;
import org.mcuq.policy.QuantizationPolicy;

/** Rules about layer names: unique within a policy, and the same set as the network's layers. */
final class LayerNameRules {

  private LayerNameRules() {
  }

  static boolean checkUnique(QuantizationPolicy policy, DiagnosticChain diagnostics) {
    boolean valid = true;
    for (Map.Entry<String, List<LayerPolicy>> entry : layersByName(policy).entrySet()) {
      List<LayerPolicy> layers = entry.getValue();
      if (layers.size() > 1) {
        valid = Problems.report(diagnostics, PolicyValidator.DUPLICATE_LAYER_NAME,
            "Layer '" + entry.getKey() + "' has " + layers.size() + " policies (positions " + positions(policy, layers)
                + "). Keep one policy per layer: remove or rename the duplicates.",
            policy, Literals.QUANTIZATION_POLICY__LAYERS, layers);
      }
    }
    return valid;
  }

  static void checkCoverage(QuantizationPolicy policy, List<String> modelLayerNames, DiagnosticChain diagnostics) {
    Map<String, List<LayerPolicy>> byName = layersByName(policy);
    for (String name : new LinkedHashSet<>(modelLayerNames)) {
      if (!byName.containsKey(name)) {
        Problems.report(diagnostics, PolicyValidator.LAYER_MISSING_FROM_POLICY,
            "Layer '" + name + "' of the model has no policy. Add a layer policy named '" + name
                + "', or create the policy again for this model.",
            policy, Literals.QUANTIZATION_POLICY__LAYERS, name);
      }
    }
    Set<String> modelNames = Set.copyOf(modelLayerNames);
    for (Map.Entry<String, List<LayerPolicy>> entry : byName.entrySet()) {
      if (!modelNames.contains(entry.getKey())) {
        Problems.report(diagnostics, PolicyValidator.LAYER_NOT_IN_MODEL,
            "Layer '" + entry.getKey() + "' of the policy does not exist in the model '" + policy.getModelFile()
                + "'. Remove this layer policy, or check that the policy belongs to this model.",
            entry.getValue().get(0), Literals.LAYER_POLICY__LAYER_NAME);
      }
    }
  }

  private static Map<String, List<LayerPolicy>> layersByName(QuantizationPolicy policy) {
    Map<String, List<LayerPolicy>> byName = new LinkedHashMap<>();
    for (LayerPolicy layer : policy.getLayers()) {
      if (layer.getLayerName() != null && !layer.getLayerName().isBlank()) { // unnamed layers: see checkName
        byName.computeIfAbsent(layer.getLayerName(), name -> new ArrayList<>()).add(layer);
      }
    }
    return byName;
  }

  private static String positions(QuantizationPolicy policy, List<LayerPolicy> layers) {
    List<String> positions = new ArrayList<>();
    for (LayerPolicy layer : layers) {
      positions.add(String.valueOf(policy.getLayers().indexOf(layer) + 1));
    }
    return String.join(", ", positions);
  }
}
