package org.mcuq.liteengine.cost.internal;

import org.mcuq.liteengine.codegen.KernelKind;

/**
 * Everything one layer costs at every setting of the bits it depends on, computed once: a layer with weights is
 * indexed by (weight bits, input bits, output bits), 512 entries; any other layer by the bits of its inputs (its
 * output's follow from them). Evaluating a policy is then one array lookup per layer.
 */
public final class LayerTable {

    /** What the layer costs at one setting. */
    public record Entry(KernelKind kind, double instructions, double cycles, double codeBytes, long constantBytes,
            int scratchBytes, int[] inPlaceInputs) {
    }

    /** Computes the entry of a setting: weight bits (0 without weights) and every tensor's bits. */
    public interface Source {
        Entry entry(int weightBits, int[] tensorBits);
    }

    private static final int WIDTHS = 8;

    private final int[] keySteps;
    private final boolean weighted;
    private final int policyIndex;
    private final Entry[] entries;

    /**
     * @param keySteps    the steps whose tensor bits select the entry (inputs, then the layer's own if weighted)
     * @param policyIndex the layer's position in the policy if it has weights, else -1
     */
    public LayerTable(int[] keySteps, int policyIndex, int size, Source source) {
        this.keySteps = keySteps;
        this.policyIndex = policyIndex;
        this.weighted = policyIndex >= 0;
        int dims = keySteps.length + (weighted ? 1 : 0);
        this.entries = new Entry[(int) Math.pow(WIDTHS, dims)];
        int[] bits = new int[size];
        for (int key = 0; key < entries.length; key++) {
            int weightBits = decode(key, bits);
            entries[key] = source.entry(weightBits, bits);
        }
    }

    /** Writes the key's bits into {@code bits}; returns the weight bits (0 without weights). */
    private int decode(int key, int[] bits) {
        int rest = key;
        for (int i = keySteps.length - 1; i >= 0; i--) {
            bits[keySteps[i]] = rest % WIDTHS + 1;
            rest /= WIDTHS;
        }
        return weighted ? rest + 1 : 0;
    }

    public Entry entry(int[] weightBits, int[] tensorBits) {
        int key = weighted ? weightBits[policyIndex] - 1 : 0;
        for (int step : keySteps) {
            key = key * WIDTHS + tensorBits[step] - 1;
        }
        return entries[key];
    }
}
