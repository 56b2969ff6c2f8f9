package org.mcuq.liteengine.cost;

import java.util.List;

import org.mcuq.liteengine.cost.internal.Coefficients;
import org.mcuq.liteengine.cost.internal.Metric;

/** Relative errors of fitted coefficients on a set of samples, per kernel kind (see {@link ErrorTable}). */
final class FitReport {

    private FitReport() {
    }

    static String describe(String title, Coefficients c, Metric metric, List<CalibrationSample> samples) {
        return ErrorTable.of(title + ", " + metric.key(), samples, CalibrationSample::kind,
                s -> c.apply(metric, s.features(metric)), s -> s.value(metric));
    }
}
