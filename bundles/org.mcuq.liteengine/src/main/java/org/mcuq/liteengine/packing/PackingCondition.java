package org.mcuq.liteengine.packing;

/** The conditions a packing plan must satisfy to be provably overflow-free. */
public enum PackingCondition {
    SUPPORTED_BY_CORE("the instruction-set check"),
    CONSISTENT_LAYOUT("the layout check"),
    OPERANDS_FIT("condition 1 (operands fit their register)"),
    NO_CARRY_INTO_RESULT("condition 2 (no carry from the lower fields into the result field)"),
    RESULT_FIELD_HOLDS_SUM("condition 3 (the result field holds its sum)");

    private final String description;

    PackingCondition(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
