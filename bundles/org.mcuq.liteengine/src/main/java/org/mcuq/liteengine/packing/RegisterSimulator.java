package org.mcuq.liteengine.packing;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Computes a dot product the way LiteEngine's generated C does for a plan: operands encoded into fields, packed
 * into 32-bit words, multiplied with the exact wrap-around semantics of MUL/MLA, UMLAL/SMLAL or SMLAD, T
 * multiplies accumulated per run, the result field extracted and added to a 32-bit total, and the zero-point
 * terms subtracted. It simulates any plan, safe or not, so it also shows what an unsafe plan would compute;
 * {@link PackingPlanner#verify(PackingPlan)} is the gate for plans that go into generated code.
 */
public final class RegisterSimulator {
    private final PackingPlan plan;
    private final OperandEncoding encoding;
    private final OperandPacker packer;
    private final MultiplyUnit unit;

    public RegisterSimulator(PackingPlan plan) {
        PlanChecks.requireNonNull(plan, "plan");
        LayoutRules.firstViolation(plan).ifPresent(v -> {
            throw new UnsafePackingException(v.condition(), "Cannot simulate " + plan.describe() + ": " + v.detail());
        });
        this.plan = plan;
        this.encoding = plan.encoding();
        this.packer = new OperandPacker(plan);
        this.unit = new MultiplyUnit(plan);
    }

    /** The dot product of signed weights and activations in the plan's ranges, as a 32-bit integer. */
    public int dotProduct(int[] weights, int[] activations) {
        if (weights.length != activations.length) {
            throw new IllegalArgumentException("weights and activations differ in length: " + weights.length
                    + " vs " + activations.length);
        }
        int[] weightFields = weightFields(weights);
        int[] activationFields = activationFields(activations);
        int fieldDot = accumulate(packer.pack(weightFields, true), packer.pack(activationFields, false));
        return encoding.correct(fieldDot, sum(weightFields), sum(activationFields), weights.length);
    }

    /** The weight words the generated code stores in flash (zero-padded to a multiple of n). */
    public int[] packedWeights(int[] weights) {
        return packer.pack(weightFields(weights), true);
    }

    /** The activation words the generated code packs at run time (zero-padded to a multiple of n). */
    public int[] packedActivations(int[] activations) {
        return packer.pack(activationFields(activations), false);
    }

    private int accumulate(int[] weightWords, int[] activationWords) {
        int total = 0;
        int t = plan.maxAccumulations();
        for (int start = 0; start < weightWords.length; start += t) {
            int end = (int) Math.min((long) start + t, weightWords.length);
            long acc = unit.start();
            for (int j = start; j < end; j++) {
                acc = unit.multiplyAccumulate(acc, activationWords[j], weightWords[j]);
            }
            total += unit.extract(acc);
        }
        return total;
    }

    private int[] weightFields(int[] weights) {
        for (int i = 0; i < weights.length; i++) {
            if (!encoding.acceptsWeight(weights[i])) {
                String binary = plan.weightBits() == 1 ? "; binary weights are -1 or +1" : "";
                throw new IllegalArgumentException(outOfRange("weights", i, weights[i], plan.weightBits(),
                        encoding.minWeight(), encoding.maxWeight()) + binary);
            }
        }
        return fields(weights, encoding::weightField);
    }

    private int[] activationFields(int[] activations) {
        for (int i = 0; i < activations.length; i++) {
            if (!encoding.acceptsActivation(activations[i])) {
                throw new IllegalArgumentException(outOfRange("activations", i, activations[i],
                        plan.activationBits(), encoding.minActivation(), encoding.maxActivation()));
            }
        }
        return fields(activations, encoding::activationField);
    }

    private static String outOfRange(String what, int index, int value, int bits, int min, int max) {
        return what + "[" + index + "] = " + value + " is outside the " + bits + "-bit range [" + min + ", " + max
                + "] of this plan";
    }

    /** Encodes values into fields, zero-padded to whole multiplies (zero fields add nothing to any sum). */
    private int[] fields(int[] values, IntUnaryOperator encode) {
        int n = plan.operandsPerMultiply();
        int[] fields = new int[(values.length + n - 1) / n * n];
        for (int i = 0; i < values.length; i++) {
            fields[i] = encode.applyAsInt(values[i]);
        }
        return fields;
    }

    private static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }
}
