package org.mcuq.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.pipeline.internal.LayerKinds;
import org.mcuq.pipeline.internal.Sha256;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.factory.LayerSpec;
import org.mcuq.policy.factory.PolicyFactoryHelper;
import org.mcuq.policy.resource.PolicyResources;

/** Policy files for the tests, made the way a user's tool would: one entry per layer with weights. */
final class MixedPolicies {

    private MixedPolicies() {
    }

    /** The weight-layer entries of {@code model}, all at W8A8. */
    static QuantizationPolicy uniform(Path model) throws IOException, ModelImportException {
        Network network = ModelImporter.load(model);
        List<LayerSpec> layers = network.layers().stream().filter(LayerKinds::hasWeights)
                .map(l -> new LayerSpec(l.name(), l.op().name())).toList();
        return PolicyFactoryHelper.uniform(model.toString(), Sha256.of(model), layers, 8, 8);
    }

    /** Seeded random weight and activation bits from {@code lowest} to 8 for every layer with weights. */
    static QuantizationPolicy random(Path model, long seed, int lowest) throws IOException, ModelImportException {
        QuantizationPolicy policy = uniform(model);
        Random random = new Random(seed);
        for (LayerPolicy layer : policy.getLayers()) {
            layer.setWeightBits(lowest + random.nextInt(9 - lowest));
            layer.setActivationBits(lowest + random.nextInt(9 - lowest));
        }
        return policy;
    }

    static Path save(QuantizationPolicy policy, Path file) throws IOException {
        PolicyResources.save(policy, file);
        return file;
    }
}
