package org.mcuq.ir;

import java.util.List;

/**
 * One node of a {@link Network}. Layers refer to their producers by name; a {@link Network} resolves the names,
 * orders the layers and infers their shapes. Weight arrays are not copied: treat them as immutable.
 */
public sealed interface Layer permits InputLayer, SingleInputLayer, FusedActivationLayer {

    /** Unique name of this layer within its network. */
    String name();

    OpType op();

    /** Names of the layers whose outputs this layer consumes, in operand order. */
    List<String> inputs();

    /** A copy of this layer reading from other producers (same count as {@link #inputs()}). */
    Layer withInputs(List<String> newInputs);
}
