package org.mcuq.liteengine.packing;

/** A packing plan that cannot be proved overflow-free; {@link #condition()} names the violated condition. */
public class UnsafePackingException extends PackingException {
    private static final long serialVersionUID = 1L;

    private final PackingCondition condition;

    public UnsafePackingException(PackingCondition condition, String message) {
        super(message);
        this.condition = condition;
    }

    public PackingCondition condition() {
        return condition;
    }
}
