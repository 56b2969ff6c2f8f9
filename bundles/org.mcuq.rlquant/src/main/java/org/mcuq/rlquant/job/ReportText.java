package org.mcuq.rlquant.job;

import java.util.Locale;

import org.mcuq.rlquant.agent.CostKind;
import org.mcuq.rlquant.search.EpisodeResult;
import org.mcuq.rlquant.search.SearchOutcome;

/** The job's report as Markdown: printed by the command line and saved as {@code report.md}. */
public final class ReportText {

    private ReportText() {
    }

    public static String markdown(QuantizeReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# mcuq quantize: ").append(report.request().model().getFileName()).append(" on ")
                .append(report.request().board().id()).append("\n\n");
        md.append(f("Budgets: %s. Accuracies on %s; float model: **%.2f %%**.%n%n", budgets(report),
                report.evaluatedOn(), 100 * report.floatAccuracy()));
        md.append("| policy | accuracy | vs float | mean W / A bits (layers) | W bits per param | A bits per value |"
                + " est. cycles | RAM (B) | flash (B) | in budget | bits per layer (W/A) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ComparedPolicy p : report.compared()) {
            md.append(f("| %s | %.2f %% | %+.2f pt | %.2f / %.2f | %.2f | %.2f | %,d | %,d | %,d | %s | %s |%n",
                    p.name(), 100 * p.accuracy(), 100 * (p.accuracy() - report.floatAccuracy()),
                    p.policy().meanWeightBits(), p.policy().meanActivationBits(), p.weighted().perParameter(),
                    p.weighted().perActivation(), p.cost().cycles(), p.cost().ramBytes(), p.cost().flashBytes(),
                    p.withinBudget() ? "yes" : "no", p.policy().summary()));
        }
        md.append(f("%nThe integer engine (what the firmware computes) scores **%.2f %%** with RLQuant's policy.%n",
                100 * report.engineAccuracy()));
        md.append(searches(report)).append(board(report)).append(files(report));
        return md.toString();
    }

    /** One progress line per episode. */
    public static String episodeLine(String searcher, EpisodeResult r, int total, double seconds) {
        return f("%-7s episode %3d/%d  bits %s  (W %.2f A %.2f)  acc %6.2f %%  est. %,d cycles  RAM %,d B  flash %,d B"
                + "  reward %+.3f%s  %s", searcher, r.episode(), total, r.policy().summary(),
                r.policy().meanWeightBits(), r.policy().meanActivationBits(), 100 * r.accuracy(),
                r.costs().latencyCycles(), r.costs().ramBytes(), r.costs().flashBytes(), r.reward(),
                r.cached() ? " (cached)" : "", elapsed(seconds));
    }

    private static String searches(QuantizeReport report) {
        String random = report.random().map(r -> f("%d random-search episodes in %s, best reward %s",
                r.episodes().size(), elapsed(r.seconds()), bestReward(r))).orElse("no random search (--baselines)");
        return f("%nSearch (seed %d): %d RLQuant episodes in %s, best reward %s; %s.%n", report.request().seed(),
                report.rlquant().episodes().size(), elapsed(report.rlquant().seconds()), bestReward(report.rlquant()),
                random);
    }

    private static String board(QuantizeReport report) {
        var profile = report.profile();
        return f("%nOn %s: bit-exact %s; %,d instructions, about %,d cycles (Cortex-M4 model) per inference; "
                + "firmware peak RAM %,d B, flash %,d B. Per layer:%n%n```%n%s%n```%n", report.run().board().id(),
                report.run().bitExact() ? "yes" : "NO", profile.totalInstructions(), profile.totalCycles(),
                profile.peakRam(), profile.flash(), profile.toText().stripTrailing());
    }

    private static String files(QuantizeReport report) {
        return f("%nFiles: policy `%s`, fine-tuned model `%s`, C project `%s`.%n", report.policyFile(),
                report.modelFile(), report.project());
    }

    private static String budgets(QuantizeReport report) {
        StringBuilder text = new StringBuilder();
        for (CostKind kind : CostKind.values()) {
            report.budgets().limit(kind).ifPresent(limit -> text.append(text.isEmpty() ? "" : ", ")
                    .append(kind.label()).append(f(" %,d ", limit)).append(kind.unit()));
        }
        return text.isEmpty() ? "none" : text.toString();
    }

    private static String bestReward(SearchOutcome outcome) {
        return outcome.best().map(b -> f("%+.3f (%.2f %%)", b.reward(), 100 * b.accuracy())).orElse("-");
    }

    /** Minutes and seconds, as in the episode lines. */
    static String elapsed(double seconds) {
        long s = Math.round(seconds);
        return f("%d:%02d", s / 60, s % 60);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
