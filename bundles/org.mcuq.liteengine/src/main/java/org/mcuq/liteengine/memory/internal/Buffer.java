package org.mcuq.liteengine.memory.internal;

/**
 * A block of arena bytes needed from step {@code start} to step {@code end} (inclusive) by one or more tensors
 * (a tensor, its aliases and the outputs computed in place over it) or by one layer's scratch.
 */
public final class Buffer {

    private final int bytes;
    private final int start;
    private int end;
    private int offset = -1;

    public Buffer(int bytes, int start, int end) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
    }

    public int bytes() {
        return bytes;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Keeps the buffer alive until at least {@code step}. */
    public void extendTo(int step) {
        end = Math.max(end, step);
    }

    public boolean overlapsInTime(Buffer other) {
        return start <= other.end && other.start <= end;
    }

    public int offset() {
        if (offset < 0) {
            throw new IllegalStateException("buffer not placed yet");
        }
        return offset;
    }

    void place(int at) {
        offset = at;
    }

    boolean placed() {
        return offset >= 0;
    }
}
