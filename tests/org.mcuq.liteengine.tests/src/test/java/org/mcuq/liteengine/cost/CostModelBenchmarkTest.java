package org.mcuq.liteengine.cost;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mcuq.liteengine.packing.Core;

/** The benchmark runs and reports a rate; how fast is for the report, not for an assertion. */
class CostModelBenchmarkTest {

    @Test
    void benchmarkReportsEvaluationsPerSecondOnResnet8() {
        NetworkCostModel model = NetworkCostModel.of(CostNetworks.resnet8(), Core.CORTEX_M4,
                CostNetworks.inputs(CostNetworks.resnet8(), 1));
        CostModelBenchmark.run(model, 0.3, 1);
        CostModelBenchmark.Result result = CostModelBenchmark.run(model, 1.0, 2);
        System.out.println("ResNet-8 cost model: " + result.describe());
        assertTrue(result.evaluations() >= 1024, result.describe());
        assertTrue(result.perSecond() > 0 && Double.isFinite(result.perSecond()), result.describe());
        assertTrue(result.checksum() > 0, result.describe());
    }
}
