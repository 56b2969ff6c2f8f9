package org.mcuq.liteengine.codegen;

import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.TensorLayout;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/** Refuses a network whose planned RAM or constants exceed the target before any file is written. */
final class FitCheck {

    private FitCheck() {
    }

    static void require(QuantizedNetwork network, TargetMemory target, MemoryPlan plan, TensorLayout output) {
        long ram = (long) plan.arenaBytes() + output.bytes() + target.stackBytes();
        if (ram > target.ramBytes()) {
            throw new CodeGenerationException(String.format("Network '%s' needs %,d bytes of RAM (arena %,d,"
                    + " output buffer %,d, stack %,d) but the target has %,d; use narrower activations, a smaller"
                    + " network or a board with more RAM", network.network().name(), ram, plan.arenaBytes(),
                    output.bytes(), target.stackBytes(), target.ramBytes()));
        }
        if (plan.constantBytes() > target.flashBytes()) {
            throw new CodeGenerationException(String.format("Network '%s' has %,d bytes of weights and constants"
                    + " but the target has %,d bytes of flash; use narrower weights or a board with more flash",
                    network.network().name(), plan.constantBytes(), target.flashBytes()));
        }
    }
}
