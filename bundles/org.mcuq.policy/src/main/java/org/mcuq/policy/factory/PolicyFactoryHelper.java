package org.mcuq.policy.factory;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyFactory;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.validation.PolicyValidator;

/** Ready-made policies. */
public final class PolicyFactoryHelper {

  private PolicyFactoryHelper() {
  }

  /**
   * A policy giving every layer the same bit widths, with steps left to calibration and nothing locked. The
   * target has the model's defaults (Cortex-M4, no budgets); set it before searching.
   *
   * @param modelFile path of the model as given by the user
   * @param sha256 hex SHA-256 of the model file
   * @param layers the network's layers, in network order; names must be unique
   * @throws IllegalArgumentException if a bit width is outside 1..8 or a layer name repeats
   */
  public static QuantizationPolicy uniform(String modelFile, String sha256, List<LayerSpec> layers, int weightBits,
      int activationBits) {
    Objects.requireNonNull(layers, "layers");
    requireBits("weightBits", weightBits);
    requireBits("activationBits", activationBits);
    requireUniqueNames(layers);
    QuantizationPolicy policy = PolicyFactory.eINSTANCE.createQuantizationPolicy();
    policy.setModelFile(modelFile);
    policy.setModelSha256(sha256);
    policy.setTarget(PolicyFactory.eINSTANCE.createTarget());
    for (LayerSpec spec : layers) {
      policy.getLayers().add(layer(spec, weightBits, activationBits));
    }
    return policy;
  }

  private static LayerPolicy layer(LayerSpec spec, int weightBits, int activationBits) {
    LayerPolicy layer = PolicyFactory.eINSTANCE.createLayerPolicy();
    layer.setLayerName(spec.name());
    layer.setOp(spec.op());
    layer.setWeightBits(weightBits);
    layer.setActivationBits(activationBits);
    return layer;
  }

  private static void requireBits(String name, int bits) {
    if (bits < PolicyValidator.MIN_BITS || bits > PolicyValidator.MAX_BITS) {
      throw new IllegalArgumentException(name + " is " + bits + "; pass a bit width from "
          + PolicyValidator.MIN_BITS + " to " + PolicyValidator.MAX_BITS);
    }
  }

  private static void requireUniqueNames(List<LayerSpec> layers) {
    Set<String> seen = new HashSet<>();
    for (LayerSpec layer : layers) {
      if (!seen.add(layer.name())) {
        throw new IllegalArgumentException("layer name '" + layer.name() + "' appears more than once;"
            + " each layer of the network needs a unique name");
      }
    }
  }
}
