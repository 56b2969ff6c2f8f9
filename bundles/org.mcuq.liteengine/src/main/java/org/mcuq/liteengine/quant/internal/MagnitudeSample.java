package org.mcuq.liteengine.quant.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The exact largest magnitude of the values offered plus a uniform random sample of at most {@code capacity}
 * magnitudes (reservoir sampling with a fixed seed, so calibration is reproducible).
 */
public final class MagnitudeSample {

    private final float[] reservoir;
    private final SplittableRandom random;
    private long seen;
    private float maxAbs;

    public MagnitudeSample(int capacity, long seed) {
        this.reservoir = new float[capacity];
        this.random = new SplittableRandom(seed);
    }

    public void offer(float[] values) {
        for (float v : values) {
            offer(Math.abs(v));
        }
    }

    private void offer(float magnitude) {
        maxAbs = Math.max(maxAbs, magnitude);
        if (seen < reservoir.length) {
            reservoir[(int) seen] = magnitude;
        } else {
            long slot = random.nextLong(seen + 1);
            if (slot < reservoir.length) {
                reservoir[(int) slot] = magnitude;
            }
        }
        seen++;
    }

    /** Largest magnitude offered (0 if none). */
    public float maxAbs() {
        return maxAbs;
    }

    /** The sampled magnitudes (a copy). */
    public float[] values() {
        return Arrays.copyOf(reservoir, (int) Math.min(seen, reservoir.length));
    }
}
