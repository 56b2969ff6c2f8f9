package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcuq.policy.CoreKind;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.factory.LayerSpec;
import org.mcuq.policy.factory.PolicyFactoryHelper;
import org.mcuq.policy.validation.PolicyValidator;

class PolicyFactoryHelperTest {

  private static final List<LayerSpec> LENET = List.of(new LayerSpec("conv1", "CONV2D"),
      new LayerSpec("pool1", "MAXPOOL2D"), new LayerSpec("conv2", "CONV2D"), new LayerSpec("fc1", "DENSE"));

  @Test
  void uniformPolicyGivesEveryLayerTheSameBitsInNetworkOrder() {
    QuantizationPolicy policy = PolicyFactoryHelper.uniform("lenet.h5", "abc123", LENET, 4, 6);

    assertEquals("lenet.h5", policy.getModelFile());
    assertEquals("abc123", policy.getModelSha256());
    assertEquals(List.of("conv1", "pool1", "conv2", "fc1"), policy.getLayers().stream().map(LayerPolicy::getLayerName).toList());
    assertEquals(List.of("CONV2D", "MAXPOOL2D", "CONV2D", "DENSE"), policy.getLayers().stream().map(LayerPolicy::getOp).toList());
    for (LayerPolicy layer : policy.getLayers()) {
      assertEquals(4, layer.getWeightBits());
      assertEquals(6, layer.getActivationBits());
      assertTrue(layer.getWeightSteps().isEmpty(), "steps are left to calibration");
      assertEquals(0f, layer.getActivationStep());
      assertFalse(layer.isLocked());
    }
  }

  @Test
  void uniformPolicyHasADefaultTargetWithoutBudgets() {
    QuantizationPolicy policy = PolicyFactoryHelper.uniform("m.h5", "00", LENET, 8, 8);

    assertEquals(CoreKind.CORTEX_M4, policy.getTarget().getCore());
    assertEquals(0L, policy.getTarget().getRamBudgetBytes());
    assertEquals(0L, policy.getTarget().getFlashBudgetBytes());
    assertEquals(0L, policy.getTarget().getLatencyBudgetCycles());
  }

  @Test
  void uniformPolicyIsValidAndMatchesItsModel() {
    QuantizationPolicy policy = PolicyFactoryHelper.uniform("m.h5", "00", LENET, 2, 8);

    assertEquals(Diagnostic.OK, PolicyValidator.validatePolicy(policy).getSeverity());
    Diagnostic coverage = PolicyValidator.INSTANCE.validateAgainstModel(policy,
        LENET.stream().map(LayerSpec::name).toList());
    assertEquals(Diagnostic.OK, coverage.getSeverity());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9})
  void bitWidthsOutsideOneToEightAreRejected(int bits) {
    IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
        () -> PolicyFactoryHelper.uniform("m.h5", "00", LENET, bits, 8));
    IllegalArgumentException activation = assertThrows(IllegalArgumentException.class,
        () -> PolicyFactoryHelper.uniform("m.h5", "00", LENET, 8, bits));

    assertEquals("weightBits is " + bits + "; pass a bit width from 1 to 8", weight.getMessage());
    assertEquals("activationBits is " + bits + "; pass a bit width from 1 to 8", activation.getMessage());
  }

  @Test
  void repeatedLayerNamesAreRejected() {
    List<LayerSpec> layers = List.of(new LayerSpec("conv1", "CONV2D"), new LayerSpec("conv1", "RELU"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolicyFactoryHelper.uniform("m.h5", "00", layers, 8, 8));

    assertTrue(e.getMessage().contains("'conv1' appears more than once"), e.getMessage());
  }

  @Test
  void layerSpecNeedsANameAndAnOp() {
    assertThrows(IllegalArgumentException.class, () -> new LayerSpec(" ", "CONV2D"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LayerSpec("conv1", null));

    assertTrue(e.getMessage().contains("'conv1' has no op"), e.getMessage());
  }
}
