package org.mcuq.boards;

/** A firmware needs more flash or RAM than its board has; {@link #report()} holds the full memory report. */
public class MemoryOverflowException extends BoardException {

    private static final long serialVersionUID = 1L;

    private final transient MemoryReport report;

    public MemoryOverflowException(MemoryReport report) {
        super(report.describe());
        this.report = report;
    }

    public MemoryReport report() {
        return report;
    }
}
