package org.mcuq.rlquant.agent.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.mcuq.rlquant.agent.AgentConfig;

/** Agent settings in a checkpoint, field by field in record order. */
final class ConfigCodec {

    private ConfigCodec() {
    }

    static void write(DataOutputStream out, AgentConfig c) throws IOException {
        out.writeLong(c.seed());
        out.writeInt(c.warmupEpisodes());
        out.writeDouble(c.initialSigma());
        out.writeDouble(c.sigmaDecay());
        out.writeDouble(c.actorLearningRate());
        out.writeDouble(c.criticLearningRate());
        out.writeDouble(c.tau());
        out.writeInt(c.batchSize());
        out.writeDouble(c.discount());
        out.writeInt(c.replayEpisodes());
        out.writeInt(c.updatesPerStep());
        out.writeInt(c.hiddenUnits());
        out.writeDouble(c.baselineAlpha());
    }

    static AgentConfig read(DataInputStream in) throws IOException {
        return new AgentConfig(in.readLong(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readInt(), in.readDouble(), in.readInt(), in.readInt(),
                in.readInt(), in.readDouble());
    }
}
