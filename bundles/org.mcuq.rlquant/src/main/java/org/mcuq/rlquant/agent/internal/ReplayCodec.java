package org.mcuq.rlquant.agent.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A replay buffer's contents in a checkpoint: slot written next, then each transition in slot order. */
final class ReplayCodec {

    private ReplayCodec() {
    }

    static void write(DataOutputStream out, ReplayBuffer.Contents contents) throws IOException {
        out.writeInt(contents.next());
        out.writeInt(contents.transitions().size());
        for (Transition t : contents.transitions()) {
            writeVector(out, t.stateView());
            out.writeDouble(t.action());
            out.writeDouble(t.reward());
            writeVector(out, t.nextStateView());
            out.writeBoolean(t.terminal());
        }
    }

    static ReplayBuffer.Contents read(DataInputStream in) throws IOException {
        int next = in.readInt();
        int n = CheckpointCodec.count(in);
        List<Transition> transitions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] state = readVector(in);
            double action = in.readDouble();
            double reward = in.readDouble();
            transitions.add(new Transition(state, action, reward, readVector(in), in.readBoolean()));
        }
        return new ReplayBuffer.Contents(transitions, next);
    }

    private static void writeVector(DataOutputStream out, double[] v) throws IOException {
        out.writeInt(v.length);
        for (double x : v) {
            out.writeDouble(x);
        }
    }

    private static double[] readVector(DataInputStream in) throws IOException {
        double[] v = new double[CheckpointCodec.count(in)];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }
}
