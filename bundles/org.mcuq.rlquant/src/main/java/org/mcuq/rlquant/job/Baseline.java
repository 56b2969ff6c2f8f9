package org.mcuq.rlquant.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What the found policy is compared with. Each baseline costs time: the random search as much as RLQuant's. */
public enum Baseline {
    /** A random search with as many episodes as RLQuant's, through the same budgets and evaluator. */
    RANDOM("random"),
    /** Uniform W8A8 and uniform W4A4, whether or not they meet the budgets. */
    UNIFORM("uniform");

    private final String option;

    Baseline(String option) {
        this.option = option;
    }

    /** The name on the command line. */
    public String option() {
        return option;
    }

    public static Set<Baseline> all() {
        return EnumSet.allOf(Baseline.class);
    }

    /**
     * Parses {@code random,uniform}, {@code random}, {@code uniform} or {@code none}.
     *
     * @throws IllegalArgumentException naming what was not understood
     */
    public static Set<Baseline> parse(String text) {
        Set<Baseline> baselines = EnumSet.noneOf(Baseline.class);
        if (text.strip().equalsIgnoreCase("none")) {
            return baselines;
        }
        for (String name : text.split(",", -1)) {
            baselines.add(byOption(name.strip().toLowerCase(Locale.ROOT), text));
        }
        return baselines;
    }

    private static Baseline byOption(String name, String text) {
        for (Baseline baseline : values()) {
            if (baseline.option.equals(name)) {
                return baseline;
            }
        }
        throw new IllegalArgumentException("--baselines takes 'random', 'uniform', both separated by a comma, or"
                + " 'none', not '" + text + "'");
    }
}
