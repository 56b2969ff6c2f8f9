package org.mcuq.policy.factory;

/**
 * A layer of the network a policy is made for: its name and IR op name (e.g. CONV2D).
 */
public record LayerSpec(String name, String op) {

  public LayerSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("layer name is empty (op " + op + "); pass the layer's name from the network");
    }
    if (op == null || op.isBlank()) {
      throw new IllegalArgumentException("layer '" + name + "' has no op; pass the IR op name, e.g. CONV2D");
    }
  }
}
