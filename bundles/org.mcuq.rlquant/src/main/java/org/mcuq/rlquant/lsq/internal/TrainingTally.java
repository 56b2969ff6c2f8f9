package org.mcuq.rlquant.lsq.internal;

import org.mcuq.rlquant.lsq.TrainingReport;

/** What a training call has done so far, and whether it must stop. */
public final class TrainingTally {

    private final long start = System.nanoTime();
    private int steps;
    private long samples;
    private double lastLoss = Double.NaN;
    private boolean stopped;
    private boolean cancelled;

    public void add(int batchSize, double loss) {
        steps++;
        samples += batchSize;
        lastLoss = loss;
    }

    public int steps() {
        return steps;
    }

    public boolean stopped() {
        return stopped;
    }

    public void stop(boolean byCancellation) {
        stopped = true;
        cancelled = byCancellation;
    }

    public TrainingReport report() {
        return new TrainingReport(steps, samples, lastLoss, (System.nanoTime() - start) / 1e9, cancelled);
    }
}
