package org.mcuq.liteengine.memory;

/**
 * Where one layer's output tensor lives while it is needed.
 *
 * @param layer      the layer producing the tensor
 * @param layout     how the tensor is packed
 * @param storage    the caller's input buffer (network input only) or the activation arena
 * @param offset     byte offset in the arena (0 for the network input)
 * @param firstStep  index in the execution order of the layer that writes it
 * @param lastStep   index of its last reader; the network output lives until the step after the last layer,
 *                   when it is copied out
 * @param sharing    whether the tensor has storage of its own, aliases its input (flatten, reshape, softmax) or
 *                   was computed in place over an input
 * @param sharedWith the input tensor whose storage it reuses, or null for {@link Sharing#OWN}
 */
public record TensorPlacement(String layer, TensorLayout layout, Storage storage, int offset, int firstStep,
        int lastStep, Sharing sharing, String sharedWith) {

    /** Where a tensor is stored. */
    public enum Storage {
        /** The buffer the caller passes to {@code network_run}; read only. */
        NETWORK_INPUT,
        /** The statically planned activation arena. */
        ARENA
    }

    /** How a tensor came by its storage. */
    public enum Sharing {
        OWN, ALIAS, IN_PLACE
    }

    public int bytes() {
        return layout.bytes();
    }

    /** First byte after the tensor. */
    public int end() {
        return offset + bytes();
    }

    /** Whether the tensor is needed at some step of {@code [first, last]}. */
    public boolean liveDuring(int first, int last) {
        return firstStep <= last && first <= lastStep;
    }
}
