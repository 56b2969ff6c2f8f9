package org.mcuq.rlquant.lsq.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainable variables of the graph, named by position ({@code p<n>_...}) because IR layer names may contain
 * characters SameDiff reserves; this registry maps them back to layer names.
 */
public final class ParameterSet {

    /** Variable names of one conv/depthwise/dense layer. */
    public record WeightedNames(String weights, String bias, String steps) {
    }

    private final SameDiff sd;
    private final Map<String, WeightedNames> weighted = new LinkedHashMap<>();
    private final Map<String, String> activationSteps = new LinkedHashMap<>();

    public ParameterSet(SameDiff sd) {
        this.sd = sd;
    }

    /** Weights (in {@code shape}, the IR's row-major layout), bias and per-channel steps of {@code layer}. */
    public WeightedNames addWeighted(String layer, float[] weights, long[] shape, float[] bias, float[] steps) {
        String prefix = "p" + (weighted.size() + activationSteps.size());
        WeightedNames names = new WeightedNames(prefix + "_w", prefix + "_b", prefix + "_sw");
        sd.var(names.weights(), Nd4j.create(weights.clone(), shape, 'c'));
        sd.var(names.bias(), Nd4j.createFromArray(bias.clone()));
        sd.var(names.steps(), Nd4j.createFromArray(steps.clone()));
        weighted.put(layer, names);
        return names;
    }

    /** The scalar step variable of the output tensor of {@code layer}. */
    public SDVariable addActivationStep(String layer, float step) {
        String name = "p" + (weighted.size() + activationSteps.size()) + "_sa";
        activationSteps.put(layer, name);
        return sd.var(name, Nd4j.scalar(step));
    }

    public SDVariable variable(String name) {
        return sd.getVariable(name);
    }

    /** Layer name to variable names, in graph order. */
    public Map<String, WeightedNames> weighted() {
        return weighted;
    }

    /** Layer name to step variable name, in graph order. */
    public Map<String, String> activationSteps() {
        return activationSteps;
    }

    /** Names of all weight and bias variables. */
    public List<String> weightNames() {
        List<String> names = new ArrayList<>();
        weighted.values().forEach(n -> {
            names.add(n.weights());
            names.add(n.bias());
        });
        return names;
    }

    /** Names of all step variables (weight and activation). */
    public List<String> stepNames() {
        List<String> names = new ArrayList<>();
        weighted.values().forEach(n -> names.add(n.steps()));
        names.addAll(activationSteps.values());
        return names;
    }

    /** The current array of a variable (live: updates change it). */
    public INDArray array(String name) {
        return sd.getVariable(name).getArr();
    }

    /** A copy of the current values of a variable, in row-major order. */
    public float[] values(String name) {
        return array(name).dup('c').data().asFloat();
    }
}
