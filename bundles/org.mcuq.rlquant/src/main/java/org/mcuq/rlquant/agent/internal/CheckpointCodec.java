package org.mcuq.rlquant.agent.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.AgentCheckpointException;
import org.mcuq.rlquant.agent.AgentConfig;
import org.mcuq.rlquant.agent.BitWidthPolicy;

/** The binary layout of an agent checkpoint (big-endian, versioned); reading checks sizes and the end marker. */
public final class CheckpointCodec {

    private static final byte[] MAGIC = "MCUQ-DDPG-BIT-WIDTH-AGENT\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int END = 0x454e4421;
    private static final int MAX_COUNT = 100_000_000;

    private CheckpointCodec() {
    }

    public static void write(DataOutputStream out, AgentSnapshot s) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        ConfigCodec.write(out, s.config());
        writeStrings(out, s.layers());
        out.writeInt(s.episodes());
        out.writeDouble(s.sigma());
        out.writeDouble(s.baseline());
        writeBytes(out, s.random());
        writeBest(out, s.bestPolicy(), s.bestReward());
        writeNetworks(out, s.networks());
        out.writeInt(s.replayCapacity());
        ReplayCodec.write(out, s.replay());
        out.writeInt(END);
    }

    public static AgentSnapshot read(DataInputStream in) throws IOException {
        requireHeader(in);
        AgentConfig config = ConfigCodec.read(in);
        List<String> layers = readStrings(in);
        int episodes = in.readInt();
        double sigma = in.readDouble();
        double baseline = in.readDouble();
        byte[] random = readBytes(in);
        boolean hasBest = in.readBoolean();
        double bestReward = hasBest ? in.readDouble() : Double.NaN;
        BitWidthPolicy best = hasBest ? readPolicy(in) : null;
        NetworkState networks = readNetworks(in);
        int capacity = in.readInt();
        ReplayBuffer.Contents replay = ReplayCodec.read(in);
        if (in.readInt() != END) {
            throw new AgentCheckpointException("The checkpoint has no end marker: it is damaged or incomplete.");
        }
        return new AgentSnapshot(config, layers, episodes, sigma, baseline, random, best, bestReward, networks,
                replay, capacity);
    }

    private static void requireHeader(DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        int version;
        try {
            in.readFully(magic);
            version = in.readInt();
        } catch (EOFException e) {
            throw new AgentCheckpointException("Not an MCUQ bit-width agent checkpoint (too short).", e);
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new AgentCheckpointException("Not an MCUQ bit-width agent checkpoint.");
        }
        if (version != VERSION) {
            throw new AgentCheckpointException("Checkpoint format version " + version + " is not supported (this "
                    + "version reads " + VERSION + ").");
        }
    }

    private static void writeBest(DataOutputStream out, BitWidthPolicy best, double reward) throws IOException {
        out.writeBoolean(best != null);
        if (best != null) {
            out.writeDouble(reward);
            writeStrings(out, best.layers());
            for (String layer : best.layers()) {
                out.writeByte(best.bits(layer).weightBits());
                out.writeByte(best.bits(layer).activationBits());
            }
        }
    }

    private static BitWidthPolicy readPolicy(DataInputStream in) throws IOException {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (String layer : readStrings(in)) {
            bits.put(layer, new LayerBits(in.readByte(), in.readByte()));
        }
        return BitWidthPolicy.of(bits);
    }

    private static void writeNetworks(DataOutputStream out, NetworkState state) throws IOException {
        out.writeInt(state.actorIterations());
        out.writeInt(state.criticIterations());
        out.writeBoolean(state.singlePrecision());
        for (double[] array : state.arrays()) {
            out.writeInt(array.length);
            for (double v : array) {
                if (state.singlePrecision()) {
                    out.writeFloat((float) v);
                } else {
                    out.writeDouble(v);
                }
            }
        }
    }

    private static NetworkState readNetworks(DataInputStream in) throws IOException {
        int actorIterations = in.readInt();
        int criticIterations = in.readInt();
        boolean single = in.readBoolean();
        List<double[]> arrays = new ArrayList<>();
        for (int i = 0; i < NetworkState.ARRAYS; i++) {
            double[] array = new double[count(in)];
            for (int j = 0; j < array.length; j++) {
                array[j] = single ? in.readFloat() : in.readDouble();
            }
            arrays.add(array);
        }
        return new NetworkState(actorIterations, criticIterations, single, arrays);
    }

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return bytes;
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new AgentCheckpointException("The checkpoint is damaged: implausible element count " + n + ".");
        }
        return n;
    }
}
