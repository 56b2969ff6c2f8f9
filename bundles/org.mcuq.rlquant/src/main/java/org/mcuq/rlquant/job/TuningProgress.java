package org.mcuq.rlquant.job;

import java.util.Locale;

import org.mcuq.pipeline.Progress;
import org.mcuq.rlquant.lsq.TrainingListener;

/**
 * Progress of a long fine-tune: a line at every tenth of its mini-batches with the share done, the mean loss since
 * the previous line and the elapsed time.
 */
final class TuningProgress implements TrainingListener {

    private final Progress progress;
    private final String name;
    private final int totalSteps;
    private final long start = System.nanoTime();
    private int tenthsReported;
    private double lossSum;
    private int losses;

    TuningProgress(Progress progress, String name, int totalSteps) {
        this.progress = progress;
        this.name = name;
        this.totalSteps = Math.max(1, totalSteps);
    }

    @Override
    public void onStep(int step, double loss) {
        lossSum += loss;
        losses++;
        int tenths = (int) Math.min(10, 10L * step / totalSteps);
        if (tenths > tenthsReported) {
            tenthsReported = tenths;
            progress.step(String.format(Locale.ROOT, "fine-tuning %s: %d %% of %,d mini-batches, mean loss %.4f, %s",
                    name, 10 * tenths, totalSteps, lossSum / losses,
                    ReportText.elapsed((System.nanoTime() - start) / 1e9)));
            lossSum = 0;
            losses = 0;
        }
    }
}
