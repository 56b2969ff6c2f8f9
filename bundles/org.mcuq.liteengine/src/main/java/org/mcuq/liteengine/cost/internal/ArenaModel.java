package org.mcuq.liteengine.cost.internal;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.liteengine.memory.MemoryPlanner;
import org.mcuq.liteengine.memory.internal.Buffer;
import org.mcuq.liteengine.memory.internal.FirstFitPlacer;

/**
 * {@link MemoryPlanner}'s arena plan over index arrays, for one policy in microseconds: tensors packed at their
 * bits, the network input outside the arena, aliases sharing their input's buffer, in-place outputs over an input
 * whose buffer ends at that step and is large enough, scratch for one step, and the same first-fit placement.
 */
public final class ArenaModel {

    /** Arena size and the bytes live in it during each step. */
    public record Plan(int arenaBytes, int[] liveBytes) {
    }

    private final Topology t;

    public ArenaModel(Topology topology) {
        this.t = topology;
    }

    public Plan plan(int[] tensorBits, int[] scratchBytes, int[][] inPlaceInputs) {
        int n = t.size();
        Buffer[] bufferOf = new Buffer[n];
        Buffer input = null;
        List<Buffer> arena = new ArrayList<>(2 * n);
        for (int step = 0; step < n; step++) {
            int bytes = bytes(step, tensorBits[step]);
            if (t.isInput(step)) {
                input = new Buffer(bytes, step, t.lastRead(step));
                bufferOf[step] = input;
            } else if (t.alias(step)) {
                bufferOf[step] = bufferOf[t.inputs(step)[0]];
            } else {
                bufferOf[step] = victim(step, bytes, bufferOf, input, inPlaceInputs[step]);
                if (bufferOf[step] == null) {
                    bufferOf[step] = new Buffer(bytes, step, t.lastRead(step));
                    arena.add(bufferOf[step]);
                }
            }
            bufferOf[step].extendTo(t.lastRead(step));
            if (scratchBytes[step] > 0) {
                arena.add(new Buffer(scratchBytes[step], step, step));
            }
        }
        int size = FirstFitPlacer.place(arena);
        return new Plan(size, live(arena, n));
    }

    private Buffer victim(int step, int bytes, Buffer[] bufferOf, Buffer input, int[] inPlace) {
        for (int position : inPlace) {
            Buffer b = bufferOf[t.inputs(step)[position]];
            if (b != input && b.end() <= step && bytes <= b.bytes()) {
                return b;
            }
        }
        return null;
    }

    private int bytes(int step, int bits) {
        return (int) (((long) t.elements(step) * bits + 7) / 8);
    }

    private static int[] live(List<Buffer> arena, int steps) {
        int[] live = new int[steps];
        for (Buffer b : arena) {
            for (int step = b.start(); step <= Math.min(b.end(), steps - 1); step++) {
                live[step] += b.bytes();
            }
        }
        return live;
    }
}
