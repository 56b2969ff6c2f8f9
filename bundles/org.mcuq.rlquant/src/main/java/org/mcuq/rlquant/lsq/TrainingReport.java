package org.mcuq.rlquant.lsq;

/**
 * What one {@link LsqTrainer#train} call did.
 *
 * @param steps     mini-batches trained in this call
 * @param samples   samples trained in this call
 * @param lastLoss  loss of the last mini-batch (NaN if none was trained)
 * @param seconds   wall-clock time of the call
 * @param cancelled true if the cancellation flag stopped the call early
 */
public record TrainingReport(int steps, long samples, double lastLoss, double seconds, boolean cancelled) {

    /** Training throughput of this call. */
    public double samplesPerSecond() {
        return seconds > 0 ? samples / seconds : 0;
    }
}
