package org.mcuq.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the pipeline reported, for assertions and for the test log. */
final class RecordingProgress implements Progress {

    final List<String> steps = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void step(String message) {
        steps.add(message);
        System.out.println("  step: " + message);
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
        System.out.println("  warning: " + message);
    }
}
