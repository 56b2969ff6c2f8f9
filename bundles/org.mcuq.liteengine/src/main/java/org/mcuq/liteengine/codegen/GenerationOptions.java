package org.mcuq.liteengine.codegen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mcuq.liteengine.packing.PackingPlan;

/**
 * How to generate a project. Immutable; the {@code with...} methods return modified copies.
 * <ul>
 * <li>prefix: C identifier that starts every public symbol and file name ({@code <prefix>_run},
 * {@code <prefix>.h}); several networks with different prefixes link into one firmware. Default
 * {@code network}.</li>
 * <li>force: regenerate into a folder that holds an earlier generation (see {@link CodeGenerator}).</li>
 * <li>test input: the quantized input (NHWC integers in the input tensor's range) that {@code <prefix>_input.c}
 * holds for the generated {@code main.c}; all zeros by default.</li>
 * <li>region base: marker region of layer step k is {@code regionBase + k} (firmware contract regions).</li>
 * <li>kernel policy and per-layer plans: which dot-product kernels to use.</li>
 * </ul>
 */
public final class GenerationOptions {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,23}");
    private static final int MAX_REGION = 0x7FFE;

    private final String prefix;
    private final boolean force;
    private final int[] testInput;
    private final int regionBase;
    private final KernelPolicy policy;
    private final Map<String, PackingPlan> plans;

    private GenerationOptions(String prefix, boolean force, int[] testInput, int regionBase, KernelPolicy policy,
            Map<String, PackingPlan> plans) {
        this.prefix = prefix;
        this.force = force;
        this.testInput = testInput;
        this.regionBase = regionBase;
        this.policy = policy;
        this.plans = Collections.unmodifiableMap(plans);
    }

    public static GenerationOptions defaults() {
        return new GenerationOptions("network", false, null, 0, KernelPolicy.FASTEST, Map.of());
    }

    public GenerationOptions withPrefix(String newPrefix) {
        if (newPrefix == null || !IDENTIFIER.matcher(newPrefix).matches()) {
            throw new IllegalArgumentException("The symbol prefix '" + newPrefix + "' is not usable: use 1 to 24"
                    + " lowercase letters, digits or underscores, starting with a letter (e.g. 'kws_net').");
        }
        return new GenerationOptions(newPrefix, force, testInput, regionBase, policy, plans);
    }

    public GenerationOptions withForce(boolean overwrite) {
        return new GenerationOptions(prefix, overwrite, testInput, regionBase, policy, plans);
    }

    /** The quantized input the generated test program runs on (checked against the network when generating). */
    public GenerationOptions withTestInput(int[] quantizedInput) {
        return new GenerationOptions(prefix, force, quantizedInput.clone(), regionBase, policy, plans);
    }

    public GenerationOptions withRegionBase(int base) {
        if (base < 0 || base > MAX_REGION) {
            throw new IllegalArgumentException("Marker region base " + base + " is outside 0.." + MAX_REGION + ".");
        }
        return new GenerationOptions(prefix, force, testInput, base, policy, plans);
    }

    public GenerationOptions withKernelPolicy(KernelPolicy newPolicy) {
        return new GenerationOptions(prefix, force, testInput, regionBase, newPolicy, plans);
    }

    /** Uses {@code plan} for the conv or dense layer {@code layer}; it is verified, and refused if unsafe. */
    public GenerationOptions withPlan(String layer, PackingPlan plan) {
        Map<String, PackingPlan> copy = new LinkedHashMap<>(plans);
        copy.put(layer, plan);
        return new GenerationOptions(prefix, force, testInput, regionBase, policy, copy);
    }

    public String prefix() {
        return prefix;
    }

    public boolean force() {
        return force;
    }

    public Optional<int[]> testInput() {
        return Optional.ofNullable(testInput).map(int[]::clone);
    }

    public int regionBase() {
        return regionBase;
    }

    public KernelPolicy kernelPolicy() {
        return policy;
    }

    /** The plan forced for a layer, if any. */
    public Optional<PackingPlan> plan(String layer) {
        return Optional.ofNullable(plans.get(layer));
    }

    /** Layers with a forced plan. */
    public Map<String, PackingPlan> plans() {
        return plans;
    }
}
