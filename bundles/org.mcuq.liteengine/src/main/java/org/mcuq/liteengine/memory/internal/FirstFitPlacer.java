package org.mcuq.liteengine.memory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places buffers in one arena: largest first (longer lifetime first among equals), each at the lowest
 * 4-byte-aligned offset where it overlaps no already placed buffer whose lifetime intersects its own.
 */
public final class FirstFitPlacer {

    static final int ALIGNMENT = 4;

    private FirstFitPlacer() {
    }

    /** Places every buffer and returns the arena size (a multiple of the alignment). */
    public static int place(List<Buffer> buffers) {
        List<Buffer> order = new ArrayList<>(buffers);
        order.sort(Comparator.comparingInt(Buffer::bytes).reversed()
                .thenComparing(Comparator.comparingInt((Buffer b) -> b.end() - b.start()).reversed())
                .thenComparingInt(Buffer::start));
        List<Buffer> placed = new ArrayList<>();
        int arena = 0;
        for (Buffer buffer : order) {
            buffer.place(lowestFreeOffset(buffer, placed));
            placed.add(buffer);
            arena = Math.max(arena, align(buffer.offset() + buffer.bytes()));
        }
        return arena;
    }

    private static int lowestFreeOffset(Buffer buffer, List<Buffer> placed) {
        List<Buffer> conflicts = new ArrayList<>();
        for (Buffer other : placed) {
            if (other.overlapsInTime(buffer)) {
                conflicts.add(other);
            }
        }
        conflicts.sort(Comparator.comparingInt(Buffer::offset));
        int candidate = 0;
        for (Buffer other : conflicts) {
            if (candidate + buffer.bytes() <= other.offset()) {
                return candidate;
            }
            candidate = Math.max(candidate, align(other.offset() + other.bytes()));
        }
        return candidate;
    }

    static int align(int bytes) {
        return (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }
}
