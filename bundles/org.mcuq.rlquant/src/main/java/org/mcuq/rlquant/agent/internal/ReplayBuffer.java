package org.mcuq.rlquant.agent.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The most recent transitions, up to a fixed capacity; the oldest is overwritten first. */
public final class ReplayBuffer {

    private final Transition[] slots;
    private int next;
    private int size;

    public ReplayBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A replay buffer needs a positive capacity, got " + capacity + ".");
        }
        this.slots = new Transition[capacity];
    }

    public void add(Transition transition) {
        slots[next] = transition;
        next = (next + 1) % slots.length;
        size = Math.min(size + 1, slots.length);
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return slots.length;
    }

    /** {@code count} transitions drawn uniformly with replacement. */
    public List<Transition> sample(Random rng, int count) {
        if (size == 0) {
            throw new IllegalStateException("Cannot sample from an empty replay buffer.");
        }
        List<Transition> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(slots[rng.nextInt(size)]);
        }
        return batch;
    }

    /** The stored transitions in slot order, with the slot written next, for checkpoints. */
    public Contents contents() {
        return new Contents(Arrays.asList(slots).subList(0, size), next);
    }

    /** Replaces the contents with a snapshot taken by {@link #contents()} from a buffer of the same capacity. */
    public void restore(Contents contents) {
        if (contents.transitions().size() > slots.length || contents.next() >= slots.length) {
            throw new IllegalArgumentException("The replay snapshot (" + contents.transitions().size()
                    + " transitions) does not fit a buffer of capacity " + slots.length + ".");
        }
        Arrays.fill(slots, null);
        for (int i = 0; i < contents.transitions().size(); i++) {
            slots[i] = contents.transitions().get(i);
        }
        size = contents.transitions().size();
        next = contents.next();
    }

    /** A buffer's transitions in slot order and the index of the slot written next. */
    public record Contents(List<Transition> transitions, int next) {

        public Contents {
            transitions = List.copyOf(transitions);
        }
    }
}
