package org.mcuq.pipeline.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.pipeline.PolicyMismatchException;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.validation.PolicyValidator;

/**
 * Checks a policy against the model before anything is quantized or written: the validator's own rules, one entry
 * for every layer with weights and none for layers the model lacks ({@link PolicyValidator#validateAgainstModel}),
 * no entries for layers that take no policy, and ops that agree with the model's.
 */
public final class PolicyCheck {

    private PolicyCheck() {
    }

    /** @throws PolicyMismatchException naming every problem, prefixed with {@code what} */
    public static void require(QuantizationPolicy policy, Network network, String what) {
        Set<String> expected = new LinkedHashSet<>(LayerKinds.weightedNames(network));
        List<String> entryProblems = new ArrayList<>();
        for (LayerPolicy entry : policy.getLayers()) {
            String name = entry.getLayerName();
            if (name != null && network.contains(name)) {
                expected.add(name); // covered below with a more precise message when it takes no policy
                entryProblem(entry, network.layer(name)).ifPresent(entryProblems::add);
            }
        }
        List<String> problems = new ArrayList<>(errors(PolicyValidator.INSTANCE.validateAgainstModel(policy,
                List.copyOf(expected))));
        problems.addAll(entryProblems);
        problems.addAll(errors(PolicyValidator.validatePolicy(policy)));
        if (!problems.isEmpty()) {
            throw new PolicyMismatchException(what, problems);
        }
    }

    private static Optional<String> entryProblem(LayerPolicy entry, Layer layer) {
        String name = "Layer '" + layer.name() + "'";
        if (!LayerKinds.ownsStep(layer)) {
            return Optional.of(name + " is a " + layer.op() + ", which keeps its input's bits and step and takes no"
                    + " policy; remove its entry.");
        }
        String op = PolicyOps.base(entry.getOp());
        if (!op.isEmpty() && !op.equals(layer.op().name())) {
            return Optional.of(name + " is a " + layer.op() + " in the model but a " + op + " in the policy;"
                    + " check that the policy was made for this model.");
        }
        Optional<String> qualifier = PolicyOps.qualifier(entry.getOp());
        boolean input = layer.op() == OpType.INPUT;
        if (qualifier.isPresent() && (!input || PolicyOps.inputSigned(entry.getOp()).isEmpty())) {
            return Optional.of(name + ": op '" + entry.getOp() + "' is not understood; only the input's op takes a"
                    + " qualifier, INPUT:" + PolicyOps.UNSIGNED + " or INPUT:" + PolicyOps.SIGNED + ".");
        }
        return Optional.empty();
    }

    private static List<String> errors(Diagnostic diagnostic) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() == Diagnostic.ERROR) {
                messages.add(child.getMessage());
            }
        }
        if (messages.isEmpty() && diagnostic.getSeverity() == Diagnostic.ERROR) {
            messages.add(diagnostic.getMessage());
        }
        return messages;
    }
}
