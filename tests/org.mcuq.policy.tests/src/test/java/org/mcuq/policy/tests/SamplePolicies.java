package org.mcuq.policy.tests;

import org.mcuq.policy.CoreKind;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.LayerProfile;
import org.mcuq.policy.PolicyFactory;
import org.mcuq.policy.ProfileResults;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.SearchProvenance;
import org.mcuq.policy.Target;

/** Policies for the tests, every feature set to a value that differs from its default. */
final class SamplePolicies {

  private static final PolicyFactory FACTORY = PolicyFactory.eINSTANCE;

  private SamplePolicies() {
  }

  static QuantizationPolicy fullyPopulated() {
    QuantizationPolicy policy = FACTORY.createQuantizationPolicy();
    policy.setModelFile("models/lenet5 & co <v2>.h5");
    policy.setModelSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    policy.setTarget(target());
    policy.getLayers().add(layer("conv1", "CONV2D", 4, 6, new float[] {0.0125f, 0.0125f, 3.5e-4f}, 0.031f, true));
    policy.getLayers().add(layer("dense_1", "DENSE", 2, 8, new float[0], 0f, false));
    policy.setProvenance(provenance());
    policy.setProfile(profile());
    return policy;
  }

  static Target target() {
    Target target = FACTORY.createTarget();
    target.setCore(CoreKind.CORTEX_M7);
    target.setBoard("qemu-m7");
    target.setRamBudgetBytes(262_144L);
    target.setFlashBudgetBytes(4_294_967_296L);
    target.setLatencyBudgetCycles(12_000_000L);
    return target;
  }

  static LayerPolicy layer(String name, String op, int weightBits, int activationBits, float[] steps,
      float activationStep, boolean locked) {
    LayerPolicy layer = FACTORY.createLayerPolicy();
    layer.setLayerName(name);
    layer.setOp(op);
    layer.setWeightBits(weightBits);
    layer.setActivationBits(activationBits);
    for (float step : steps) {
      layer.getWeightSteps().add(step);
    }
    layer.setActivationStep(activationStep);
    layer.setLocked(locked);
    return layer;
  }

  /** A valid policy with the given layer names, 8 bits everywhere. */
  static QuantizationPolicy validWithLayers(String... names) {
    QuantizationPolicy policy = FACTORY.createQuantizationPolicy();
    policy.setModelFile("model.h5");
    policy.setTarget(FACTORY.createTarget());
    for (String name : names) {
      policy.getLayers().add(layer(name, "CONV2D", 8, 8, new float[] {0.5f}, 0f, false));
    }
    return policy;
  }

  private static SearchProvenance provenance() {
    SearchProvenance provenance = FACTORY.createSearchProvenance();
    provenance.setSeed(-7_355_608L);
    provenance.setEpisodes(300);
    provenance.setBestReward(0.987_654_321_012_345);
    provenance.setAlgorithm("DDPG");
    provenance.setTimestamp("2026-11-25T03:40:00Z");
    return provenance;
  }

  private static ProfileResults profile() {
    ProfileResults profile = FACTORY.createProfileResults();
    profile.setBoard("qemu-m7");
    profile.setAccuracy(0.9871);
    profile.getLayerProfiles().add(layerProfile("conv1", 120_000L, 150_000L, 4_096L, 300L));
    profile.getLayerProfiles().add(layerProfile("dense_1", 80_000L, 90_000L, 1_024L, 20_000L));
    profile.setTotal(layerProfile("total", 200_000L, 240_000L, 5_120L, 20_300L));
    return profile;
  }

  private static LayerProfile layerProfile(String name, long instructions, long cycles, long ram, long flash) {
    LayerProfile profile = FACTORY.createLayerProfile();
    profile.setLayerName(name);
    profile.setInstructions(instructions);
    profile.setEstimatedCycles(cycles);
    profile.setRamBytes(ram);
    profile.setFlashBytes(flash);
    return profile;
  }
}
